import type { CaptureResult } from '../messaging/protocol';

/**
 * Captures under way, per tab. A popup that opens while the context menu's capture is still
 * running joins it instead of starting a second one (which would store the page twice).
 */
const running = new Map<number, Promise<CaptureResult>>();

export function track(tabId: number, work: Promise<CaptureResult>): Promise<CaptureResult> {
  running.set(tabId, work);
  const clear = () => {
    if (running.get(tabId) === work) running.delete(tabId);
  };
  work.then(clear, clear);
  return work;
}

export function runningFor(tabId: number): Promise<CaptureResult> | undefined {
  return running.get(tabId);
}
