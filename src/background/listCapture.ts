import browser from 'webextension-polyfill';
import type { CaptureResult, ListJob, ListOutcome } from '../messaging/protocol';
import { captureTab, waitForLoad } from './capture';

/**
 * "采集所选" on a list page: the chosen articles captured one at a time, each in a background tab
 * opened for it and closed after, through the popup's own capture path (`captureTab`). The job
 * lives here, not in the popup: the popup closes when the user turns to the page, and the history
 * page shows the same progress (`listProgress`). One job at a time; a new one replaces a finished one.
 */

/** The pause between two pages: one reader's pace, not a crawler's, on a government server. */
export const LIST_PAUSE_MS = 1_500;
/** How long a background tab may take to load before its page is read as it is. */
const TAB_LOAD_MS = 15_000;

let job: ListJob | null = null;
let stop: AbortController | null = null;

/** A copy: the caller's answer must not change under it while the job goes on. */
export function listProgress(): ListJob | null {
  return job ? { ...job, outcomes: job.outcomes.map((o) => ({ ...o })) } : null;
}

export function cancelList(): ListJob | null {
  if (job?.running) {
    job.cancelled = true;
    stop?.abort();
  }
  return listProgress();
}

export type CaptureUrl = (url: string) => Promise<CaptureResult>;

/** Starts the job and answers at once with its first state; a job still running is answered instead. */
export function startListCapture(
  items: readonly { url: string; title: string }[],
  capture: CaptureUrl = captureInBackgroundTab,
  pauseMs = LIST_PAUSE_MS,
): ListJob {
  if (job?.running) return listProgress()!;
  const seen = new Set<string>();
  const outcomes: ListOutcome[] = [];
  for (const { url, title } of items) {
    if (seen.has(url)) continue;
    seen.add(url);
    outcomes.push({ url, title, status: 'waiting', message: '' });
  }
  job = { running: true, cancelled: false, startedAt: new Date().toISOString(), outcomes };
  stop = new AbortController();
  void run(job, stop.signal, capture, pauseMs);
  return listProgress()!;
}

async function run(current: ListJob, signal: AbortSignal, capture: CaptureUrl, pauseMs: number): Promise<void> {
  for (const [i, o] of current.outcomes.entries()) {
    if (signal.aborted) break;
    if (i > 0) await pause(pauseMs, signal);
    if (signal.aborted) break;
    o.status = 'working';
    try {
      const result = await capture(o.url);
      o.title = result.record.title ?? o.title;
      if (!result.unsaved) o.recordId = result.record.id;
      o.status = !result.record.isArticle ? 'not-article' : result.duplicate ? 'duplicate' : 'saved';
      o.message = result.record.isArticle ? '' : (result.record.notArticleReason ?? '');
    } catch (e) {
      const code = (e as { code?: string }).code;
      // As for "capture all tabs": a page no extension may read is skipped, anything else failed.
      o.status = code === 'restricted-page' || code === 'no-tab' ? 'skipped' : 'failed';
      o.message = (e as Error)?.message ?? String(e);
      if (code) o.code = code;
    }
  }
  for (const o of current.outcomes) {
    if (o.status === 'waiting') Object.assign(o, { status: 'skipped', message: 'cancelled', code: 'cancelled' });
  }
  current.running = false;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Opens the page in a tab the user does not see, captures it as the popup would, and closes it. */
async function captureInBackgroundTab(url: string): Promise<CaptureResult> {
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) throw new Error('no tab');
  try {
    await waitForLoad(tab.id, TAB_LOAD_MS);
    return await captureTab(tab.id);
  } finally {
    await browser.tabs.remove(tab.id).catch(() => undefined);
  }
}
