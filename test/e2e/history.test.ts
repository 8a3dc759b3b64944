import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { importRecords } from '../../src/core/export';
import type { CaptureRecord } from '../../src/core/types';
import { validateRecord } from '../../src/core/validateRecord';
import { sampleRecord } from '../unit/export/sampleRecord';
import {
  ROOT,
  artifactPath,
  extensionUrl,
  launchExtension,
  screenshot,
  serve,
  type LoadedExtension,
  type TestServer,
  lastDownloadId,
  latestDownload,
} from './helpers';

/**
 * The history page in real Chromium on the built extension: captures are seeded through its own
 * import, then searched, filtered, exported through the downloads API (files read back from
 * disk and checked against the schema), deleted, opened and captured again.
 */
let ext: LoadedExtension;
let server: TestServer;
let history: Page;
let tmp: string;

const ARTICLE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>区政府召开专题会议_示例区政府网</title></head>
<body><div class="article"><h1>区政府召开专题会议</h1><p class="info">发布时间：2024-04-02 09:30 来源：示例区政府办</p>
<p>4月1日下午，区长主持召开专题会议，研究部署城市更新工作。会议听取了有关部门的工作汇报。</p>
<p>会议强调，要坚持规划引领，统筹推进老旧小区改造，切实改善群众居住条件，确保各项任务按期完成。</p>
<p>会议要求，各部门要加强协作配合，形成工作合力，推动城市更新工作取得实效。</p></div></body></html>`;

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">标题<script>window.__pwned=2</script>';

function seedRecords(): CaptureRecord[] {
  const sites = ['甲市人民政府', '乙省发展改革委', '丙县融媒体中心'];
  const out: CaptureRecord[] = [];
  for (let i = 0; i < 30; i++) {
    out.push(
      sampleRecord({
        id: `seed-${String(i).padStart(2, '0')}`,
        title: i === 7 ? '关于独一无二关键词的通知' : `第${i}号 工作动态`,
        siteName: sites[i % 3],
        url: `http://127.0.0.1/seed/${i}.html`,
        capturedAt: new Date(Date.UTC(2024, 2, 1 + i, 8)).toISOString(),
        contentHash: i.toString(16).padStart(2, '0').repeat(32),
        corrections: undefined,
        extracted: undefined,
      }),
    );
  }
  out.push(
    sampleRecord({
      id: 'hostile',
      title: HOSTILE_TITLE,
      siteName: '甲市人民政府',
      url: 'javascript:alert(1)',
      capturedAt: '2024-05-01T00:00:00.000Z',
      body: [{ text: '<b>粗体</b><iframe src="javascript:parent.__pwned=3"></iframe>\u202e反向', kind: 'paragraph' }],
      contentHash: 'e'.repeat(64),
      corrections: undefined,
    }),
  );
  return out;
}

const rowIds = () => history.$$eval('#list li.item', (lis) => lis.map((li) => li.getAttribute('data-id')));
const plain = (r: CaptureRecord) => JSON.parse(JSON.stringify(r)) as CaptureRecord;

/**
 * The top of the page down to `last` (filters, toolbar, status, batch list), for the README: the
 * rows below hold the tests' own seeds, which tell a reader nothing.
 */
async function topShot(name: string, last: string): Promise<void> {
  // Earlier clicks scrolled the list; the box is measured from the top of the viewport.
  await history.evaluate(() => window.scrollTo(0, 0));
  const box = await history.locator(last).boundingBox();
  if (!box) throw new Error(`${last} is not visible`);
  const width = history.viewportSize()?.width ?? 1200;
  const path = artifactPath(name);
  await history.screenshot({ path, clip: { x: 0, y: 0, width, height: Math.ceil(box.y + box.height + 12) } });
  mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
  copyFileSync(path, join(ROOT, 'docs/screenshots', name));
}

async function waitForRows(n: number) {
  await history.waitForFunction((count) => document.querySelectorAll('#list li.item').length === count, n, { timeout: 10_000 });
}

beforeAll(async () => {
  server = await serve(null, {
    '/article.html': ARTICLE,
    '/second.html': ARTICLE.replace(/区政府召开专题会议/g, '市政府召开第二次专题会议').replace('城市更新', '乡村振兴'),
  });
  ext = await launchExtension();
  tmp = mkdtempSync(join(tmpdir(), 'gnc-history-'));
  history = await ext.context.newPage();
  await history.goto(extensionUrl(ext, 'history/history.html'));
  await history.waitForSelector('body[data-sites="true"]');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/**
 * Plausible captures for the README picture (invented places, offices and text; no real page):
 * the hostile record the tests below need would otherwise be the first thing a reader sees.
 */
function showcaseRecords(): CaptureRecord[] {
  const rows: [string, string, string, string, string[]][] = [
    [
      '示例市召开优化营商环境工作推进会',
      '示例市人民政府',
      '2024-05-20T10:00:00+08:00',
      '示例市政府办公室',
      [
        '5月20日上午，示例市召开优化营商环境工作推进会，总结前一阶段工作，部署下一步重点任务。',
        '会议指出，要持续深化“放管服”改革，推动更多政务服务事项网上办、掌上办、一次办。',
        '会议要求，各部门要对照任务清单逐项抓好落实，确保各项举措见到实效。',
      ],
    ],
    [
      '关于开展夏季大气污染防治攻坚行动的通知',
      '示例省生态环境厅',
      '2024-05-18T16:30:00+08:00',
      '示例省生态环境厅',
      [
        '各市生态环境局：为持续改善夏季空气质量，经研究，决定在全省开展夏季大气污染防治攻坚行动。',
        '一、加强挥发性有机物治理。二、强化扬尘污染管控。三、严格移动源监管。',
      ],
    ],
    [
      '示例县召开防汛抗旱工作会议 部署汛期安全工作',
      '示例县人民政府',
      '2024-05-16T09:00:00+08:00',
      '示例县融媒体中心',
      ['5月16日，示例县召开防汛抗旱工作会议，安排部署今年汛期各项工作。', '会议强调，要压实防汛责任，做好隐患排查和物资储备，确保安全度汛。'],
    ],
    [
      '示例市一季度经济运行总体平稳',
      '示例市发展和改革委员会',
      '2024-04-25T11:20:00+08:00',
      '示例市统计局',
      ['一季度，全市地区生产总值同比增长，主要经济指标保持在合理区间。', '规模以上工业增加值、社会消费品零售总额等指标稳中有升。'],
    ],
    [
      '示例省政府常务会议研究推进数字政府建设',
      '示例省人民政府',
      '2024-04-12T18:00:00+08:00',
      '示例省人民政府办公厅',
      ['4月12日，示例省政府召开常务会议，研究推进数字政府建设等工作。', '会议指出，要加快政务数据共享，提升一网通办、一网统管水平。'],
    ],
    [
      '示例县启动“安全生产月”集中宣传活动',
      '示例县人民政府',
      '2024-04-08T15:00:00+08:00',
      '示例县应急管理局',
      ['4月8日，示例县“安全生产月”集中宣传活动在县城广场启动。', '活动现场设置咨询台和展板，向群众普及安全生产和应急避险知识。'],
    ],
  ];
  return rows.map(([title, siteName, publishedAt, source, paragraphs], i) => {
    const url = `https://news.example.org/${publishedAt.slice(0, 10).replace(/-/g, '')}/${i + 1}.html`;
    return sampleRecord({
      id: `showcase-${i}`,
      title,
      siteName,
      url,
      canonicalUrl: url,
      publishedAt,
      source,
      editor: null,
      authors: [],
      deck: [],
      // Captured a day or so after publication, at office hours (UTC in the test browser).
      capturedAt: new Date(Date.parse(publishedAt) + 26 * 3600_000).toISOString(),
      body: paragraphs.map((text) => ({ text, kind: 'paragraph' as const })),
      summary: [paragraphs[0]],
      keywords: [],
      meeting: null,
      documents: [],
      contentHash: (0xa0 + i).toString(16).repeat(32),
      corrections: undefined,
      extracted: undefined,
      // The reader's own labels and note, on the first two captures only.
      tags: i === 0 ? ['营商环境', '待核实'] : i === 1 ? ['大气污染防治'] : undefined,
      note: i === 0 ? '与上月的工作方案对照。' : undefined,
      provenance: {},
    });
  });
}

test('README picture: realistic captures, one opened, one exported by date and title', async () => {
  const file = join(tmp, 'showcase.jsonl');
  const records = showcaseRecords();
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
  await history.setInputFiles('#import-file', file);
  await waitForRows(records.length);
  expect(await rowIds()).toEqual(records.map((r) => r.id));

  await history.click('li[data-id="showcase-0"] summary');
  await history.waitForSelector('li[data-id="showcase-0"] details h3');
  await history.check('li[data-id="showcase-1"] input[type="checkbox"]');
  await history.waitForSelector('#selected:has-text("1")');
  await history.selectOption('#format', 'markdown');
  const before = await lastDownloadId(ext);
  await history.click('#export');
  expect((await latestDownload(ext, before)).state).toBe('complete');
  expect(await history.textContent('#status')).toContain('2024-05-18 关于开展夏季大气污染防治攻坚行动的通知.md');
  await history.selectOption('#format', 'json');
  await screenshot(history, 'history.png', { docs: true, fullPage: false });

  // Leave the page empty for the tests below.
  await history.check('#select-all');
  await history.waitForSelector(`#selected:has-text("${records.length}")`);
  history.once('dialog', (d) => void d.accept());
  await history.click('#delete');
  await waitForRows(0);
  await history.uncheck('#select-all');
});

test('seeded through import, the list shows every capture as inert text', async () => {
  expect(await history.textContent('#list')).toMatch(/还没有采集记录|No captures yet/);
  const seeds = [
    ...seedRecords(),
    sampleRecord({
      id: 'recapture-me',
      url: server.url('/article.html'),
      title: '区政府召开专题会议（旧）',
      capturedAt: '2024-01-01T00:00:00.000Z',
      contentHash: 'd'.repeat(64),
    }),
  ];
  const file = join(tmp, 'seed.jsonl');
  writeFileSync(file, seeds.map((r) => JSON.stringify(r)).join('\n'));
  await history.setInputFiles('#import-file', file);
  await waitForRows(32);
  expect(await history.textContent('#status')).toMatch(/32/);

  // Newest first; the hostile title is shown as its literal characters, nothing of it ran or rendered.
  expect((await rowIds())[0]).toBe('hostile');
  expect(await history.textContent('li[data-id="hostile"] .title')).toContain(HOSTILE_TITLE);
  await history.click('li[data-id="hostile"] summary');
  // The details are filled on the toggle event, a task after the click.
  await history.waitForSelector('li[data-id="hostile"] details h3');
  expect(await history.textContent('li[data-id="hostile"] details')).toContain('<iframe');
  expect(await history.locator('#list img, #list script, #list iframe, #list b').count()).toBe(0);
  expect(await history.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // A javascript: URL gets no open or re-capture button.
  expect(await history.locator('li[data-id="hostile"] [data-action="open"], li[data-id="hostile"] [data-action="recapture"]').count()).toBe(0);
  // Bidi overrides are not allowed to reorder what the reader sees.
  expect(await history.textContent('li[data-id="hostile"] details')).toContain('反向');
  expect(await history.textContent('li[data-id="hostile"] details')).not.toContain('\u202e');
  // Evidence for a reader of the test run only: the README shows the page on plausible captures.
  await history.screenshot({ path: artifactPath('history-hostile.png'), fullPage: false });
});

test('search and site/date filters narrow the list', async () => {
  await history.fill('#q', '独一无二');
  await waitForRows(1);
  expect(await rowIds()).toEqual(['seed-07']);
  await history.fill('#q', '');
  await waitForRows(32);

  await history.selectOption('#site', '乙省发展改革委');
  await waitForRows(10);
  expect((await rowIds()).every((id) => ['1', '4', '7'].includes(id!.slice(-1)) || Number(id!.slice(-2)) % 3 === 1)).toBe(true);
  // The date filter reads the publication date unless told otherwise, and says which it reads.
  expect(await history.inputValue('#date-field')).toBe('published');
  expect(await history.textContent('label:has(#date-field)')).toMatch(/日期筛选.*发布日期/s);
  await history.fill('#from', '2024-03-10');
  await history.fill('#to', '2024-03-13');
  await history.dispatchEvent('#to', 'change');
  // Every seed was published on 2024-03-14 (captured 1..30 March): none before the 14th.
  await waitForRows(0);
  await history.fill('#to', '2024-03-14');
  await history.dispatchEvent('#to', 'change');
  await waitForRows(10);
  await history.selectOption('#date-field', 'captured');
  await history.fill('#to', '2024-03-15');
  await history.dispatchEvent('#to', 'change');
  // Captured on days 10..15 (seed-09 .. seed-14), site index 1 → seed-10 and seed-13.
  await waitForRows(2);
  expect(await rowIds()).toEqual(['seed-13', 'seed-10']);
  await history.selectOption('#date-field', 'published');
  await history.fill('#from', '');
  await history.fill('#to', '');
  await history.selectOption('#site', '');
  await waitForRows(32);
});

test('selected captures export as JSONL and CSV that read back equal and schema-valid', async () => {
  const seeds = new Map(seedRecords().map((r) => [r.id, plain(r)]));
  await history.selectOption('#site', '甲市人民政府');
  await waitForRows(11);
  await history.check('#select-all');
  await history.waitForSelector('#selected:has-text("11")');

  for (const format of ['jsonl', 'csv'] as const) {
    const before = await lastDownloadId(ext);
    await history.selectOption('#format', format);
    await history.click('#export');
    const item = await latestDownload(ext, before);
    expect(item.state).toBe('complete');
    // Playwright stores downloads under generated names; the name the page asked for is in the status.
    expect(await history.textContent('#status')).toMatch(new RegExp(`captures_\\d{4}-\\d{2}-\\d{2}_11\\.${format}`));
    const back = await importRecords(readFileSync(item.filename, 'utf8'), item.filename);
    expect(back.errors).toEqual([]);
    expect(back.records).toHaveLength(11);
    for (const r of back.records) {
      const v = validateRecord(r);
      expect(v.ok ? [] : v.errors).toEqual([]);
      expect(r).toEqual(seeds.get(r.id));
    }
  }

  // One record as JSON: named from its date and title.
  await history.uncheck('#select-all');
  await history.selectOption('#site', '');
  await waitForRows(32);
  await history.check('li[data-id="seed-07"] input[type="checkbox"]');
  const before = await lastDownloadId(ext);
  await history.selectOption('#format', 'json');
  await history.click('#export');
  const item = await latestDownload(ext, before);
  expect(await history.textContent('#status')).toContain('2024-03-14 关于独一无二关键词的通知.json');
  const one = JSON.parse(readFileSync(item.filename, 'utf8'));
  expect(validateRecord(one).ok).toBe(true);
  expect(one).toEqual(seeds.get('seed-07'));
  await history.uncheck('li[data-id="seed-07"] input[type="checkbox"]');
});

/** Page snapshots by record id, read (or, with `seed`, first written) in the snapshot database. */
function snapshotsOf(ids: string[], seed = false): Promise<string[]> {
  return history.evaluate(
    async ({ ids, seed }) => {
      // The layout snapshots.ts declares (Dexie stores its version 1 as IndexedDB version 10).
      const open = indexedDB.open('gov-news-capture-snapshots', 10);
      open.onupgradeneeded = () => open.result.createObjectStore('snapshots', { keyPath: 'recordId' }).createIndex('takenAt', 'takenAt');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const tx = db.transaction('snapshots', seed ? 'readwrite' : 'readonly');
      const store = tx.objectStore('snapshots');
      if (seed) for (const id of ids) store.put({ recordId: id, url: null, takenAt: '2024-03-01T08:00:00.000Z', html: `<p>${id}</p>` });
      const found = await Promise.all(
        ids.map(
          (id) =>
            new Promise<string | null>((res) => {
              const req = store.get(id);
              req.onsuccess = () => res(req.result ? id : null);
            }),
        ),
      );
      await new Promise((res) => {
        tx.oncomplete = res;
      });
      db.close();
      return found.filter((x): x is string => x !== null);
    },
    { ids, seed },
  );
}

test('delete removes the selected captures after confirmation, and their page snapshots', async () => {
  expect(await snapshotsOf(['seed-00', 'seed-01', 'seed-02'], true)).toEqual(['seed-00', 'seed-01', 'seed-02']);
  await history.check('li[data-id="seed-00"] input[type="checkbox"]');
  await history.check('li[data-id="seed-01"] input[type="checkbox"]');
  history.once('dialog', (d) => void d.accept());
  await history.click('#delete');
  await waitForRows(30);
  expect(await rowIds()).not.toContain('seed-00');
  const stillStored = await history.evaluate(async () => {
    const open = indexedDB.open('gov-news-capture');
    const db: IDBDatabase = await new Promise((res) => {
      open.onsuccess = () => res(open.result);
    });
    const req = db.transaction('captures').objectStore('captures').count();
    return new Promise<number>((res) => {
      req.onsuccess = () => res(req.result);
    });
  });
  expect(stillStored).toBe(30);
  // A deleted capture's snapshot goes with it; another capture's stays.
  expect(await snapshotsOf(['seed-00', 'seed-01', 'seed-02'])).toEqual(['seed-02']);
});

test('open the original page, capture it again, then replace the old capture', async () => {
  const opened = ext.context.waitForEvent('page', (p) => p.url() === server.url('/article.html'));
  await history.click('li[data-id="recapture-me"] [data-action="open"]');
  await (await opened).close();

  await history.click('li[data-id="recapture-me"] [data-action="recapture"]');
  await history.waitForSelector('#status [data-action="replace"]', { timeout: 20_000 });
  expect(await history.textContent('#status')).toContain('区政府召开专题会议');
  await waitForRows(31);
  await topShot('history-duplicate.png', '#status');
  const titles = async () =>
    history.evaluate(async () => {
      const open = indexedDB.open('gov-news-capture');
      const db: IDBDatabase = await new Promise((res) => {
        open.onsuccess = () => res(open.result);
      });
      const req = db.transaction('captures').objectStore('captures').getAll();
      const all: { url: string | null; title: string | null }[] = await new Promise((res) => {
        req.onsuccess = () => res(req.result);
      });
      return all
        .filter((r) => r.url?.endsWith('/article.html'))
        .map((r) => r.title)
        .sort();
    });
  expect(await titles()).toEqual(['区政府召开专题会议', '区政府召开专题会议（旧）']);

  await history.click('#status [data-action="replace"]');
  await waitForRows(30);
  expect(await rowIds()).not.toContain('recapture-me');
  expect(await titles()).toEqual(['区政府召开专题会议']);
});

test('capture all tabs in this window: progress and a result per tab', async () => {
  const windowOf = async (p: Page) => (await ext.sw(async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.windowId, p.url())) as number;
  const pages: Page[] = [];
  for (const path of ['/second.html', '/article.html']) {
    const p = await ext.context.newPage();
    await p.goto(server.url(path));
    pages.push(p);
  }
  const historyWindow = await windowOf(history);
  const sameWindow = (await Promise.all(pages.map(windowOf))).every((w) => w === historyWindow);
  // Every tab in the window except the history page itself is tried, whatever else is open there.
  const expected = (await ext.sw(async (w: number) => (await chrome.tabs.query({ windowId: w })).length, historyWindow)) as number;

  const storedCount = () =>
    history.evaluate(async () => {
      const open = indexedDB.open('gov-news-capture');
      const db: IDBDatabase = await new Promise((res) => {
        open.onsuccess = () => res(open.result);
      });
      const req = db.transaction('captures').objectStore('captures').count();
      return new Promise<number>((res) => {
        req.onsuccess = () => res(req.result);
      });
    });
  const before = await storedCount();
  await history.bringToFront();
  // Capture again what was captured before (the default leaves those tabs alone: ux.test.ts).
  await history.check('#include-captured');
  await history.click('#capture-all');
  await history.waitForSelector('#capture-all:not([disabled])', { timeout: 30_000 });
  const rows = await history.$$eval('#batch-list li', (lis) => lis.map((li) => ({ status: li.getAttribute('data-status'), text: li.textContent })));
  expect(rows).toHaveLength(expected - 1);
  expect(await history.getAttribute('#batch-progress', 'value')).toBe(String(expected - 1));
  expect(sameWindow).toBe(true);
  expect(rows.find((r) => r.text?.includes('市政府召开第二次专题会议'))?.status).toBe('saved');
  // The first page was captured (and replaced) in the test before: this capture is a repeat.
  expect(rows.find((r) => r.text?.startsWith('区政府召开专题会议'))?.status).toBe('duplicate');
  expect(rows.every((r) => r.status !== 'waiting' && r.status !== 'working')).toBe(true);
  // Every capture that reported success is its own stored record: a repeat never overwrites another.
  // (A page judged not an article is not stored: capture all tabs asks no one to keep it.)
  const stored = rows.filter((r) => ['saved', 'duplicate'].includes(r.status ?? '')).length;
  expect(await storedCount()).toBe(before + stored);
  expect(await history.textContent('#status')).toMatch(/完成|Done/);
  await topShot('history-capture-all.png', '#batch');
  await history.uncheck('#include-captured');
  for (const p of pages) await p.close();
});
