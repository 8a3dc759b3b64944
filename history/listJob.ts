import { callBackground } from '../src/messaging/client';
import type { ListJob } from '../src/messaging/protocol';
import { drawJob } from '../popup/listPanel';
import { h } from '../popup/dom';
import { t } from '../popup/i18n';

/** How often the history page asks after a running list capture (the popup's "采集所选"), which the background runs. */
const POLL_MS = 1_000;

/**
 * Shows the list capture started from the popup, with its progress and one result per page, and
 * refreshes the history as pages are saved. The background is asked when the page opens and each
 * time it is shown again (the popup that starts a job hides this tab), then every second while a
 * job runs: asking all the time would keep the service worker awake for as long as the page is open.
 */
export function watchListJob(section: HTMLElement, into: HTMLElement, onSaved: () => void): void {
  let savedSeen = -1;
  let polling = false;
  const cancel = h('button', { text: t('listCancel'), attrs: { type: 'button', 'data-action': 'cancel-list' } });
  cancel.addEventListener('click', () => {
    cancel.disabled = true;
    void callBackground({ type: 'cancelList' });
  });
  const tick = async () => {
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
    polling = !!job?.running && document.visibilityState === 'visible';
    if (polling) setTimeout(() => void tick(), POLL_MS);
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !polling) void tick();
  });
  void tick();
}
