import { cancelList, listProgress, startListCapture, type CaptureUrl } from '../../../src/background/listCapture';
import type { CaptureResult } from '../../../src/messaging/protocol';
import { CaptureError } from '../../../src/messaging/errors';
import type { CaptureRecord } from '../../../src/core/types';

const record = (url: string, isArticle = true) =>
  ({
    id: `id-${url.slice(-6)}`,
    url,
    title: `标题 ${url.slice(-6)}`,
    isArticle,
    notArticleReason: isArticle ? null : 'no text found',
  }) as unknown as CaptureRecord;

async function finished(): Promise<NonNullable<ReturnType<typeof listProgress>>> {
  for (let i = 0; i < 200; i++) {
    const job = listProgress();
    if (job && !job.running) return job;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the job did not finish');
}

const items = [
  'http://www.example.gov.cn/a1.html',
  'http://www.example.gov.cn/a2.html',
  'http://www.example.gov.cn/a3.html',
  'http://www.example.gov.cn/a4.html',
].map((url) => ({ url, title: url }));

describe('the list capture job', () => {
  it('captures the pages one at a time, in order, with a result per page', async () => {
    let inFlight = 0;
    let most = 0;
    const order: string[] = [];
    const capture: CaptureUrl = async (url) => {
      inFlight++;
      most = Math.max(most, inFlight);
      order.push(url);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      if (url.endsWith('a2.html')) return { record: record(url), duplicate: { id: 'old', match: 'url', capturedAt: '', title: null } } as CaptureResult;
      if (url.endsWith('a3.html')) return { record: record(url, false), duplicate: null, unsaved: 'not-article' } as CaptureResult;
      if (url.endsWith('a4.html')) throw new CaptureError('restricted-page', 'no extension may read it');
      return { record: record(url), duplicate: null } as CaptureResult;
    };
    const first = startListCapture([...items, items[0]], capture, 1);
    expect(first.running).toBe(true);
    expect(first.outcomes).toHaveLength(4);
    const job = await finished();
    expect(most).toBe(1);
    expect(order).toEqual(items.map((i) => i.url));
    expect(job.outcomes.map((o) => o.status)).toEqual(['saved', 'duplicate', 'not-article', 'skipped']);
    expect(job.outcomes[0].recordId).toBe(record(items[0].url).id);
    expect(job.outcomes[2].recordId).toBeUndefined();
    expect(job.outcomes[0].title).toBe(record(items[0].url).title);
  });

  it('stops at cancel: the pages not yet read are skipped as cancelled', async () => {
    let calls = 0;
    const capture: CaptureUrl = async (url) => {
      calls++;
      return { record: record(url), duplicate: null } as CaptureResult;
    };
    startListCapture(items, capture, 50);
    await new Promise((r) => setTimeout(r, 10));
    cancelList();
    const job = await finished();
    expect(calls).toBe(1);
    expect(job.cancelled).toBe(true);
    expect(job.outcomes.map((o) => o.status)).toEqual(['saved', 'skipped', 'skipped', 'skipped']);
    expect(job.outcomes[1].code).toBe('cancelled');
  });

  it('answers a second start while one runs with the running job', async () => {
    const slow: CaptureUrl = async (url) => {
      await new Promise((r) => setTimeout(r, 20));
      return { record: record(url), duplicate: null } as CaptureResult;
    };
    startListCapture(items.slice(0, 1), slow, 1);
    const second = startListCapture(items.slice(1), slow, 1);
    expect(second.outcomes.map((o) => o.url)).toEqual([items[0].url]);
    await finished();
  });

  it('pauses between pages', async () => {
    const at: number[] = [];
    const capture: CaptureUrl = async (url) => {
      at.push(Date.now());
      return { record: record(url), duplicate: null } as CaptureResult;
    };
    startListCapture(items.slice(0, 2), capture, 60);
    await finished();
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(55);
  });
});
