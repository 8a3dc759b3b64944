import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaptureStore, StorageFullError, siteOf } from '../../../src/background/db';
import { saveDuplicateChoice, asSeparateCapture } from '../../../src/background/dbDuplicates';
import { CURRENT_DB_VERSION } from '../../../src/background/dbMigrations';
import { contentHashInput, sha256Hex } from '../../../src/core/hash';
import { validateRecord } from '../../../src/core/validateRecord';
import { sampleRecord } from '../export/sampleRecord';
import { applyCorrections } from '../../../src/core/corrections';

let n = 0;
const stores: CaptureStore[] = [];
function freshStore(): CaptureStore {
  const s = new CaptureStore(`test-db-${process.pid}-${++n}`);
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** Makes every write fail the way a full disk does, below Dexie (DBCore), as IndexedDB would. */
function failWrites(store: CaptureStore, when: (call: number) => boolean, name = 'QuotaExceededError') {
  let call = 0;
  store.db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const t = down.table(tableName);
        return {
          ...t,
          mutate: (req) => (when(++call) ? Promise.reject(new DOMException('simulated', name)) : t.mutate(req)),
        };
      },
    }),
  });
}

describe('capture store', () => {
  test('saves and reads back a record unchanged', async () => {
    const s = freshStore();
    const r = sampleRecord();
    await s.saveCapture(r);
    expect(await s.getCapture(r.id)).toEqual(r);
    expect(await s.getCapture('missing')).toBeUndefined();
    expect(await s.countCaptures()).toBe(1);
  });

  test('lists newest first, searches text case-insensitively, filters site and dates', async () => {
    const s = freshStore();
    await s.saveCapture(sampleRecord({ id: 'a', capturedAt: '2024-03-01T10:00:00.000Z', title: '春耕 Report', siteName: '甲市' }));
    await s.saveCapture(
      sampleRecord({ id: 'b', capturedAt: '2024-03-02T10:00:00.000Z', title: '防汛', siteName: '乙市', body: [{ text: '防汛抗旱', kind: 'paragraph' }] }),
    );
    await s.saveCapture(
      sampleRecord({
        id: 'c',
        capturedAt: '2024-03-03T23:59:00.000Z',
        title: '其他',
        siteName: null,
        url: 'https://news.example.test/x.html',
        body: [{ text: '无关', kind: 'paragraph' }],
      }),
    );
    expect((await s.listCaptures()).map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect((await s.listCaptures({ text: 'report' })).map((r) => r.id)).toEqual(['a']);
    expect((await s.listCaptures({ text: '抗旱' })).map((r) => r.id)).toEqual(['b']);
    expect((await s.listCaptures({ site: '乙市' })).map((r) => r.id)).toEqual(['b']);
    expect((await s.listCaptures({ site: 'news.example.test' })).map((r) => r.id)).toEqual(['c']);
    expect((await s.listCaptures({ from: '2024-03-02', to: '2024-03-03' })).map((r) => r.id)).toEqual(['c', 'b']);
    expect((await s.listCaptures({ to: '2024-03-01' })).map((r) => r.id)).toEqual(['a']);
    expect((await s.listCaptures({ limit: 2 })).map((r) => r.id)).toEqual(['c', 'b']);
    expect(await s.listSites()).toEqual([
      { site: 'news.example.test', count: 1 },
      { site: '乙市', count: 1 },
      { site: '甲市', count: 1 },
    ]);
  });

  test('site counts come from the indexes, including rows without a site name or URL', async () => {
    const s = freshStore();
    await s.saveCapture(sampleRecord({ id: '1', siteName: '甲', url: null }));
    await s.saveCapture(sampleRecord({ id: '2', siteName: '甲', url: 'http://a.test/1' }));
    await s.saveCapture(sampleRecord({ id: '3', siteName: null, url: 'http://a.test/2' }));
    await s.saveCapture(sampleRecord({ id: '4', siteName: '', url: 'http://a.test/3' }));
    await s.saveCapture(sampleRecord({ id: '5', siteName: null, url: null }));
    expect(await s.listSites()).toEqual([
      { site: 'a.test', count: 2 },
      { site: '甲', count: 2 },
      { site: '(unknown)', count: 1 },
    ]);
    for (const { site, count } of await s.listSites()) expect(await s.listCaptures({ site })).toHaveLength(count);
  });

  test('ids of a query, newest first, with and without filters', async () => {
    const s = freshStore();
    await s.saveCapture(sampleRecord({ id: 'a', capturedAt: '2024-03-01T10:00:00.000Z', title: 'ALPHA' }));
    await s.saveCapture(sampleRecord({ id: 'b', capturedAt: '2024-03-02T10:00:00.000Z', title: 'beta' }));
    await s.saveCapture(sampleRecord({ id: 'c', capturedAt: '2024-03-03T10:00:00.000Z', title: 'alpha two' }));
    expect(await s.listCaptureIds()).toEqual(['c', 'b', 'a']);
    expect(await s.listCaptureIds({ from: '2024-03-02' })).toEqual(['c', 'b']);
    expect(await s.listCaptureIds({ text: 'alpha' })).toEqual(['c', 'a']);
    expect(await s.listCaptureIds({ limit: 1 })).toEqual(['c']);
  });

  test('the search index follows every write: save, correction, replace, delete, import', async () => {
    const s = freshStore();
    await s.saveCapture(sampleRecord({ id: 'x', title: '旧标题', corrections: undefined }));
    expect(await s.listCaptureIds({ text: '旧标题' })).toEqual(['x']);
    await s.saveCapture(applyCorrections(sampleRecord({ id: 'x', title: '旧标题', corrections: undefined, extracted: undefined }), { title: '用户更正' }));
    expect(await s.listCaptureIds({ text: '用户更正' })).toEqual(['x']);
    // What the page said before the correction is still found.
    expect(await s.listCaptureIds({ text: '旧标题' })).toEqual(['x']);
    await s.replaceCapture('x', sampleRecord({ id: 'y', title: '新标题', siteName: '新站' }));
    expect(await s.listCaptureIds({ text: '旧标题' })).toEqual([]);
    expect(await s.listCaptureIds({ site: '新站' })).toEqual(['y']);
    await s.importCaptures([sampleRecord({ id: 'z', title: '导入的', siteName: '新站' })]);
    expect(await s.listSites()).toEqual([{ site: '新站', count: 2 }]);
    await s.deleteCaptures(['y', 'z']);
    expect(await s.listSites()).toEqual([]);
    expect(await s.listCaptureIds({ text: '标题' })).toEqual([]);
  });

  test('deletes many at once', async () => {
    const s = freshStore();
    for (const id of ['a', 'b', 'c']) await s.saveCapture(sampleRecord({ id }));
    await s.deleteCaptures(['a', 'c', 'not-there']);
    expect((await s.listCaptures()).map((r) => r.id)).toEqual(['b']);
  });

  test('finds an earlier capture by URL and content hash, preferring both', async () => {
    const s = freshStore();
    const h1 = '1'.repeat(64);
    const h2 = '2'.repeat(64);
    await s.saveCapture(sampleRecord({ id: 'old-same', url: 'http://127.0.0.1/p', contentHash: h1, capturedAt: '2024-01-01T00:00:00.000Z' }));
    await s.saveCapture(sampleRecord({ id: 'new-changed', url: 'http://127.0.0.1/p', contentHash: h2, capturedAt: '2024-02-01T00:00:00.000Z' }));
    await s.saveCapture(sampleRecord({ id: 'mirror', url: 'http://127.0.0.1/mirror', contentHash: '3'.repeat(64) }));
    expect(await s.findDuplicateMatch('http://127.0.0.1/p', h1)).toMatchObject({ match: 'url+content', record: { id: 'old-same' } });
    expect(await s.findDuplicateMatch('http://127.0.0.1/p', '9'.repeat(64))).toMatchObject({ match: 'url', record: { id: 'new-changed' } });
    expect(await s.findDuplicateMatch(null, '3'.repeat(64))).toMatchObject({ match: 'content', record: { id: 'mirror' } });
    expect(await s.findDuplicate('http://127.0.0.1/other', '8'.repeat(64))).toBeUndefined();
  });

  test('of many earlier captures of a page, only the newest is read whole', async () => {
    const s = freshStore();
    for (let i = 1; i <= 5; i++) {
      await s.saveCapture(
        sampleRecord({ id: `c${i}`, url: 'http://127.0.0.1/big', contentHash: String(i).repeat(64), capturedAt: `2024-0${i}-01T00:00:00.000Z` }),
      );
    }
    const get = jest.spyOn(s.db.captures, 'get');
    const bulkGet = jest.spyOn(s.db.captures, 'bulkGet');
    expect(await s.findDuplicateMatch('http://127.0.0.1/big', '9'.repeat(64))).toMatchObject({ match: 'url', record: { id: 'c5' } });
    expect(await s.findDuplicateMatch('http://127.0.0.1/big', '2'.repeat(64))).toMatchObject({ match: 'url+content', record: { id: 'c2' } });
    expect(get.mock.calls.map((c) => c[0])).toEqual(['c5', 'c2']);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  test('keep both stores a second row; replace swaps the old one out', async () => {
    const s = freshStore();
    const first = sampleRecord({ capturedAt: '2024-01-01T00:00:00.000Z' });
    await s.saveCapture(first);
    const again = sampleRecord({ capturedAt: '2024-05-05T05:05:05.000Z' });
    const kept = await saveDuplicateChoice(s, again, first, 'keep-both');
    expect(kept.id).not.toBe(first.id);
    expect(asSeparateCapture(again, first).id).toBe(kept.id);
    expect(await s.countCaptures()).toBe(2);
    const replacement = sampleRecord({ id: 'new-id', title: '更正后的标题' });
    await saveDuplicateChoice(s, replacement, first, 'replace');
    expect(await s.getCapture(first.id)).toBeUndefined();
    expect((await s.getCapture('new-id'))?.title).toBe('更正后的标题');
    expect(await s.countCaptures()).toBe(2);
  });

  test('three captures of an unchanged page stay three records', async () => {
    const s = freshStore();
    const at = (t: string) => sampleRecord({ capturedAt: t, corrections: undefined });
    for (const t of ['2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z', '2024-01-03T00:00:00.000Z']) {
      const r = at(t);
      const dup = await s.findDuplicateMatch(r.url, r.contentHash);
      await s.saveCapture(dup ? asSeparateCapture(r, dup.record) : r);
    }
    expect((await s.listCaptures()).map((r) => r.capturedAt)).toEqual(['2024-01-03T00:00:00.000Z', '2024-01-02T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
  });

  test('quota exceeded gives a typed error carrying the record, and stores nothing', async () => {
    const s = freshStore();
    failWrites(s, () => true);
    const r = sampleRecord();
    const err = await s.saveCapture(r).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as StorageFullError).record).toEqual(r);
    expect((err as Error).message).toMatch(/Storage is full/);
    expect(await s.countCaptures()).toBe(0);
  });

  test('a replace that fails half-way leaves the old record in place (one transaction)', async () => {
    const s = freshStore();
    // Middleware must be in place before the database opens. Calls 1-2 are the first save (record
    // and index row), 3-4 the replace's deletes, 5 its put of the new record, which fails.
    failWrites(s, (call) => call === 5, 'UnknownError');
    const old = sampleRecord({ id: 'old' });
    await s.saveCapture(old);
    await expect(s.replaceCapture('old', sampleRecord({ id: 'new' }))).rejects.toThrow(/Could not replace/);
    expect(await s.getCapture('old')).toEqual(old);
    expect(await s.getCapture('new')).toBeUndefined();
    expect(await s.listCaptureIds({ text: old.title! })).toEqual(['old']);
  });

  test('import upgrades old records, skips known ids unless told to replace, rejects bad ones', async () => {
    const s = freshStore();
    await s.saveCapture(sampleRecord({ id: 'known', title: 'stored' }));
    const res = await s.importCaptures([
      sampleRecord({ id: 'known', title: 'imported' }),
      { id: 'legacy', capturedAt: '2020-01-01T00:00:00Z', body: ['一段文字'] },
      { id: 'future', schemaVersion: 99, capturedAt: '2020-01-01T00:00:00Z' },
      'nonsense',
    ]);
    expect(res).toMatchObject({ added: 1, replaced: 0, skipped: 1 });
    expect(res.rejected).toHaveLength(2);
    expect((await s.getCapture('known'))?.title).toBe('stored');
    const legacy = await s.getCapture('legacy');
    expect(legacy?.contentHash).toBe(await sha256Hex('一段文字'));
    expect(validateRecord(legacy)).toMatchObject({ ok: true });
    const again = await s.importCaptures([sampleRecord({ id: 'known', title: 'imported' })], { replace: true });
    expect(again).toMatchObject({ added: 0, replaced: 1 });
    expect((await s.getCapture('known'))?.title).toBe('imported');
  });

  test('siteOf falls back to the host, then to a placeholder', () => {
    expect(siteOf({ siteName: '某网', url: 'http://a.test/' })).toBe('某网');
    expect(siteOf({ siteName: null, url: 'http://a.test:8080/x' })).toBe('a.test:8080');
    expect(siteOf({ siteName: null, url: 'not a url' })).toBe('(unknown)');
  });
});

describe('stored-data migration', () => {
  test('a database written by layout v1 upgrades to the current layout without losing rows', async () => {
    const name = `test-db-v1-${process.pid}`;
    const fixture = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'stored-v1.json'), 'utf8')) as { rows: Record<string, unknown>[] };
    const v1 = new Dexie(name);
    v1.version(1).stores({ captures: 'id, url, capturedAt' });
    await v1.table('captures').bulkAdd(fixture.rows);
    v1.close();

    const s = new CaptureStore(name);
    stores.push(s);
    expect(await s.countCaptures()).toBe(2);
    expect(s.db.verno).toBe(CURRENT_DB_VERSION);
    for (const r of await s.listCaptures()) {
      const v = validateRecord(r);
      expect(v.ok ? [] : v.errors).toEqual([]);
    }
    const one = await s.getCapture('v1-0001');
    expect(one?.body).toEqual([
      { text: '1月13日下午，区长主持召开防汛工作会议。', kind: 'paragraph' },
      { text: '会议强调，要压实责任。', kind: 'paragraph' },
    ]);
    expect(one?.editor).toBe('张三');
    expect(one?.contentHash).toBe(await sha256Hex('1月13日下午，区长主持召开防汛工作会议。\n会议强调，要压实责任。'));
    // The new indexes work on migrated rows: duplicates, search, sites.
    expect((await s.listCaptures({ text: '压实责任' })).map((r) => r.id)).toEqual(['v1-0001']);
    expect(await s.listSites()).toEqual([{ site: '127.0.0.1', count: 2 }]);
    expect((await s.findDuplicate('http://127.0.0.1/a/2021/0113/one.html', one!.contentHash))?.id).toBe('v1-0001');
    expect((await s.getCapture('v1-0002'))?.isArticle).toBe(false);
    // The unreadable row is kept aside, not dropped.
    const quarantined = await s.db.table('quarantine').toArray();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0].row.id).toBe('v1-0003');
    expect(quarantined[0].error).toMatch(/capturedAt/);
  });
  test('v4 rehashes records stored in a converted script, leaving original-script ones alone', async () => {
    const name = `test-db-v3-${process.pid}`;
    const converted = {
      ...sampleRecord(),
      id: 'conv-1',
      script: { detected: 'traditional' as const, output: 'simplified' as const },
      contentHash: 'a'.repeat(64),
    };
    const original = { ...sampleRecord(), id: 'orig-1', url: 'http://127.0.0.1/b.html', contentHash: 'b'.repeat(64) };
    const v3 = new Dexie(name);
    v3.version(1).stores({ captures: 'id, url, capturedAt' });
    v3.version(2).stores({ captures: 'id, url, contentHash, capturedAt, siteName', quarantine: '++key' });
    v3.version(3).stores({ captureIndex: 'id, capturedAt, site' });
    await v3.table('captures').bulkAdd([converted, original]);
    v3.close();

    const s = new CaptureStore(name);
    stores.push(s);
    const c = await s.getCapture('conv-1');
    expect(c?.contentHash).toBe(await sha256Hex(contentHashInput(converted)));
    expect(c?.contentHash).not.toBe('a'.repeat(64));
    expect((await s.getCapture('orig-1'))?.contentHash).toBe('b'.repeat(64));
  });

  test('v5 settles corrections stored the older way and indexes the publication day', async () => {
    const name = `test-db-v4-${process.pid}`;
    const old = { ...sampleRecord({ corrections: { source: '示例电视台' }, extracted: undefined }), id: 'old-1' };
    const v4 = new Dexie(name);
    v4.version(1).stores({ captures: 'id, url, capturedAt' });
    v4.version(2).stores({ captures: 'id, url, contentHash, capturedAt, siteName', quarantine: '++key' });
    v4.version(3).stores({ captureIndex: 'id, capturedAt, site' });
    v4.version(4).stores({});
    await v4.table('captures').add(old);
    await v4.table('captureIndex').add({ id: 'old-1', capturedAt: old.capturedAt, site: '示例市人民政府', text: '' });
    v4.close();

    const s = new CaptureStore(name);
    stores.push(s);
    const r = await s.getCapture('old-1');
    expect(r?.source).toBe('示例电视台');
    expect(r?.extracted).toEqual({ source: '示例日报' });
    expect(await s.listCaptureIds({ dateField: 'published', from: '2024-03-14', to: '2024-03-14' })).toEqual(['old-1']);
    expect((await s.listCaptures({ text: '示例电视台' })).map((x) => x.id)).toEqual(['old-1']);
  });
});

describe('date filters', () => {
  test("by publication day (the page's calendar) or by capture time, as asked", async () => {
    const s = freshStore();
    // Published late on the 14th China time (the 14th is the page's day, though UTC says the 14th 15:59).
    await s.saveCapture(sampleRecord({ id: 'p14', publishedAt: '2024-03-14T23:59:00+08:00', capturedAt: '2024-05-01T10:00:00.000Z' }));
    await s.saveCapture(sampleRecord({ id: 'p02', publishedAt: '2024-03-02', capturedAt: '2024-03-15T10:00:00.000Z' }));
    await s.saveCapture(sampleRecord({ id: 'none', publishedAt: null, capturedAt: '2024-03-14T10:00:00.000Z' }));
    const published = (from?: string, to?: string) => s.listCaptures({ dateField: 'published', from, to }).then((rs) => rs.map((r) => r.id));
    const captured = (from?: string, to?: string) => s.listCaptures({ dateField: 'captured', from, to }).then((rs) => rs.map((r) => r.id));
    expect(await published('2024-03-14', '2024-03-14')).toEqual(['p14']);
    expect(await published('2024-03-01', '2024-03-31')).toEqual(['p14', 'p02']);
    expect(await published(undefined, '2024-03-10')).toEqual(['p02']);
    expect(await captured('2024-03-14', '2024-03-15')).toEqual(['p02', 'none']);
    // No bound: no date filter, whatever the field.
    expect(await published()).toEqual(['p14', 'p02', 'none']);
    expect(await s.listCaptureIds({ dateField: 'published', from: '2024-03-14', text: '常务会议' })).toEqual(['p14']);
  });
});
