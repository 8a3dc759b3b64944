import { callBackground } from '../src/messaging/client';
import type { ListJob } from '../src/messaging/protocol';
import { drawJob } from '../popup/listPanel';
import { h } from '../popup/dom';
import { t } from '../popup/i18n';

/** How often the history page asks after a list capture (the popup's "采集所选"), which the background runs. */
const POLL_MS = 1_000;

/**
 * Shows the list capture started from the popup, with its progress and one result per page, and
 * refreshes the history as pages are saved. Polls only while the page is visible.
 */
export function watchListJob(section: HTMLElement, into: HTMLElement, onSaved: () => void): void {
  let savedSeen = -1;
  const cancel = h('button', { text: t('listCancel'), attrs: { type: 'button', 'data-action': 'cancel-list' } });
  cancel.addEventListener('click', () => {
    cancel.disabled = true;
    void callBackground({ type: 'cancelList' });
  });
  const tick = async () => {
    if (document.visibilityState === 'visible') {
      const job: ListJob | null = await callBackground({ type: 'listProgress' }).catch(() => null);
      if (job) {
        section.hidden = false;
        cancel.disabled = !job.running;
        drawJob(job, into, job.running ? cancel : null);
        const saved = job.outcomes.filter((o) => o.recordId).length;
        if (saved !== savedSeen) {
          if (savedSeen >= 0 || !job.running) onSaved();
          savedSeen = saved;
        }
      }
    }
    setTimeout(() => void tick(), POLL_MS);
  };
  void tick();
}
