import browser from 'webextension-polyfill';
import { callBackground } from '../src/messaging/client';
import type { CaptureResult, ListJob, ListOutcome } from '../src/messaging/protocol';
import { lacksHostAccess } from '../history/captureAll';
import { h } from './dom';
import { t } from './i18n';

/**
 * A list page's articles with checkboxes, "select all" and "采集所选" (capture the chosen ones).
 * The pages are captured by the background (src/background/listCapture.ts), so the job goes on
 * when the popup closes; this panel polls its progress while it is open.
 */

type Items = NonNullable<CaptureResult['listItems']>;

/** How often the open popup asks how the job is going. */
const POLL_MS = 400;

/** The host access the chosen pages need: their sites only, asked for inside the click. */
export function originsOf(urls: readonly string[]): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    try {
      const { protocol, hostname } = new URL(u);
      if (protocol === 'http:' || protocol === 'https:') out.add(`${protocol}//${hostname}/*`);
    } catch {
      // Not an address: the background refuses it too.
    }
  }
  return [...out];
}

export function renderListPanel(items: Items, running: ListJob | null): HTMLElement {
  const progress = h('div', { class: 'list-progress', attrs: { 'data-list-progress': '' } });
  const note = h('p', { class: 'action-note', attrs: { role: 'status' } });
  const boxes = items.map((item) => h('input', { attrs: { type: 'checkbox', 'data-url': item.url } }));
  const selectAll = h('input', { attrs: { type: 'checkbox', 'data-action': 'list-select-all' } });
  selectAll.addEventListener('change', () => {
    for (const b of boxes) b.checked = selectAll.checked;
  });
  for (const b of boxes)
    b.addEventListener('change', () => {
      selectAll.checked = boxes.every((x) => x.checked);
    });
  const start = h('button', { class: 'primary', text: t('listCaptureSelected'), attrs: { type: 'button', 'data-action': 'capture-selected' } });
  start.addEventListener('click', () => {
    const chosen = items.filter((_, i) => boxes[i].checked);
    if (!chosen.length) {
      note.textContent = t('listNothingSelected');
      return;
    }
    start.disabled = true;
    // The permission request comes first: browsers grant it only inside the user's click.
    browser.permissions
      .request({ origins: originsOf(chosen.map((c) => c.url)) })
      .then((granted) => {
        if (!granted) throw new Error(t('listNeedsAccess'));
        return callBackground({ type: 'captureList', items: chosen.map(({ url, title }) => ({ url, title })) });
      })
      .then(
        (job) => follow(job, progress, start),
        (e: unknown) => {
          note.textContent = String((e as Error)?.message ?? e);
          start.disabled = false;
        },
      );
  });
  const list = h(
    'ul',
    { class: 'list-items' },
    items.map((item, i) =>
      h('li', { attrs: { 'data-captured': String(item.captured) } }, [
        h('label', {}, [
          boxes[i],
          h('span', { class: 'list-title', text: item.title }),
          item.date ? h('span', { class: 'list-date', text: item.date }) : null,
          item.captured ? h('span', { class: 'list-captured', text: t('listCaptured') }) : null,
        ]),
      ]),
    ),
  );
  const panel = h('section', { class: 'list-panel', attrs: { 'data-list-items': String(items.length) } }, [
    h('h2', { text: t('listItemsHeading', [String(items.length)]) }),
    h('label', { class: 'list-select-all' }, [selectAll, t('listSelectAll')]),
    list,
    start,
    note,
    progress,
  ]);
  if (running?.running) {
    start.disabled = true;
    void follow(running, progress, start);
  }
  return panel;
}

/** Draws the job, then asks again until it ends. */
async function follow(first: ListJob, into: HTMLElement, start: HTMLButtonElement): Promise<void> {
  let job: ListJob | null = first;
  const cancel = h('button', { text: t('listCancel'), attrs: { type: 'button', 'data-action': 'cancel-list' } });
  cancel.addEventListener('click', () => {
    cancel.disabled = true;
    void callBackground({ type: 'cancelList' });
  });
  while (job) {
    drawJob(job, into, job.running ? cancel : null);
    if (!job.running) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
    job = await callBackground({ type: 'listProgress' }).catch(() => null);
  }
  start.disabled = false;
}

export function outcomeText(o: ListOutcome): string {
  const key = `histTab${o.status.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`;
  const needsAccess = lacksHostAccess({ status: o.status === 'failed' || o.status === 'skipped' ? o.status : 'saved', message: o.message });
  return needsAccess ? `${t(key)}: ${t('listNeedsAccess')}` : t(key);
}

/** The job's progress bar and one line per page; the history page draws it too. */
export function drawJob(job: ListJob, into: HTMLElement, cancel: HTMLButtonElement | null): void {
  const done = job.outcomes.filter((o) => o.status !== 'waiting' && o.status !== 'working').length;
  const bar = h('progress', { attrs: { max: String(Math.max(1, job.outcomes.length)), value: String(done) } });
  into.dataset.running = String(job.running);
  into.replaceChildren(
    h('p', {
      class: 'list-count',
      text: t(job.running ? 'listProgress' : job.cancelled ? 'listCancelled' : 'listDone', [String(done), String(job.outcomes.length)]),
    }),
    bar,
    ...(cancel ? [cancel] : []),
    h(
      'ol',
      { class: 'list-outcomes' },
      job.outcomes.map((o) =>
        h('li', { attrs: { 'data-status': o.status } }, [
          h('span', { class: 'list-title', text: o.title }),
          h('span', { class: 'state', text: outcomeText(o), title: o.message || undefined }),
        ]),
      ),
    ),
  );
}
