import Dexie, { type Table } from 'dexie';
import type { CaptureRecord } from '../core/types';
import { sha256Hex } from '../core/hash';
import { CaptureError } from '../messaging/errors';
import { contentHashInput, needsContentHash, upgradeRecord } from '../core/export/upgradeRecord';
import { STORED_LAYOUTS } from './dbMigrations';
import { indexRowOf, siteOf, type CaptureIndexRow } from './dbIndex';

export { siteOf };

export const DB_NAME = 'gov-news-capture';

export interface CaptureQuery {
  /** Case-insensitive substring of title, deck, source, editor, authors, site, URL or body. */
  text?: string;
  /** Site name, or the URL's host for records without one (see `siteOf`). */
  site?: string;
  /** capturedAt bounds, inclusive. A bare date `YYYY-MM-DD` as `to` covers that whole day (UTC). */
  from?: string;
  to?: string;
  /**
   * Which date `from` and `to` bound: the capture time (the default here), or the publication
   * day as the page states it (`YYYY-MM-DD` bounds, compared on the page's own calendar; a
   * capture without a publication date is outside any such range).
   */
  dateField?: 'captured' | 'published';
  limit?: number;
}

/**
 * The browser refused to store more (quota exceeded). Carries the record so the caller can still
 * offer it as a download instead of losing it.
 */
export class StorageFullError extends CaptureError {
  override readonly name = 'StorageFullError';
  constructor(
    readonly record: CaptureRecord,
    cause?: unknown,
  ) {
    // A CaptureError with the record attached: the popup gets code and record over the wire as they are.
    super('storage-full', 'Storage is full: the capture was not saved. Export it now, or delete old captures in History and retry.', {
      unsaved: record,
      cause,
    });
  }
}

/** Reading or upgrading stored data failed for a reason other than quota. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
  }
}

function isQuotaError(err: unknown): boolean {
  // Dexie wraps the DOMException; browsers differ on which layer carries the name.
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

function upperBound(to: string): string {
  // A day given alone means "up to the end of that day": compare against the next day's start.
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) {
    const next = new Date(`${to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return next.toISOString();
  }
  return new Date(to).toISOString();
}

function lowerBound(from: string): string {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(from) ? `${from}T00:00:00Z` : from).toISOString();
}

/** A publication-date filter with at least one bound. */
function byPublication(q: CaptureQuery): boolean {
  return q.dateField === 'published' && !!(q.from || q.to);
}

export type DuplicateMatch = 'url+content' | 'url' | 'content';

class CaptureDb extends Dexie {
  captures!: Table<CaptureRecord, string>;
  captureIndex!: Table<CaptureIndexRow, string>;
  /** Set when this open ran an upgrade step; only then can rows lack a content hash. */
  private upgraded = false;
  constructor(name: string) {
    super(name);
    for (const layout of STORED_LAYOUTS) {
      const v = this.version(layout.version).stores(layout.stores);
      const step = layout.upgrade;
      if (step) {
        v.upgrade(async (tx) => {
          this.upgraded = true;
          await step(tx);
        });
      }
    }
    // Hashing is async (Web Crypto), which an upgrade transaction cannot wait for: fill any hash
    // the upgrade left empty once the database is open, before the first query runs. Ordinary
    // opens skip this, so a large history does not pay a full scan each time.
    this.on('ready', async (db) => {
      if (!this.upgraded) return;
      this.upgraded = false;
      const table = (db as CaptureDb).table<CaptureRecord, string>('captures');
      const missing = await table.filter((r) => needsContentHash(r)).toArray();
      for (const r of missing) {
        await table.update(r.id, { contentHash: await sha256Hex(contentHashInput(r)) });
      }
    });
  }
}

/** One capture database. The extension uses the default one; tests open their own by name. */
export class CaptureStore {
  readonly db: CaptureDb;
  constructor(name = DB_NAME) {
    this.db = new CaptureDb(name);
  }

  /** One put in one transaction: the row is written whole or not at all. */
  async saveCapture(record: CaptureRecord): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.captures, this.db.captureIndex, async () => {
        await this.db.captures.put(record);
        await this.db.captureIndex.put(indexRowOf(record));
      });
    } catch (err) {
      if (isQuotaError(err)) throw new StorageFullError(record, err);
      throw new StorageError(`Could not save the capture: ${(err as Error)?.message ?? String(err)}`, err);
    }
  }

  /** The user chose "replace": the old row goes and the new one lands in the same transaction. */
  async replaceCapture(oldId: string, record: CaptureRecord): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.captures, this.db.captureIndex, async () => {
        await this.db.captures.delete(oldId);
        await this.db.captureIndex.delete(oldId);
        await this.db.captures.put(record);
        await this.db.captureIndex.put(indexRowOf(record));
      });
    } catch (err) {
      if (isQuotaError(err)) throw new StorageFullError(record, err);
      throw new StorageError(`Could not replace the capture: ${(err as Error)?.message ?? String(err)}`, err);
    }
  }

  getCapture(id: string): Promise<CaptureRecord | undefined> {
    return this.db.captures.get(id);
  }

  /** In the order asked; ids no longer stored are left out. */
  async getCaptures(ids: readonly string[]): Promise<CaptureRecord[]> {
    return (await this.db.captures.bulkGet([...ids])).filter((r): r is CaptureRecord => r !== undefined);
  }

  /** Newest first. Text and site filters read the small index rows, then load only the matches. */
  async listCaptures(q: CaptureQuery = {}): Promise<CaptureRecord[]> {
    const text = q.text?.trim().toLowerCase() ?? '';
    const site = q.site?.trim() ?? '';
    if (!text && !site && !byPublication(q)) {
      let coll = this.byCaptureTime(this.db.captures, q).reverse();
      if (q.limit && q.limit > 0) coll = coll.limit(q.limit);
      return coll.toArray();
    }
    return this.getCaptures(await this.listCaptureIds(q));
  }

  /** The ids a query matches, newest first, from the index rows alone. */
  async listCaptureIds(q: CaptureQuery = {}): Promise<string[]> {
    const text = q.text?.trim().toLowerCase() ?? '';
    const site = q.site?.trim() ?? '';
    const published = byPublication(q);
    let coll = (published ? this.db.captureIndex.orderBy('capturedAt') : this.byCaptureTime(this.db.captureIndex, q)).reverse();
    const from = published && q.from ? q.from.slice(0, 10) : '';
    const to = published && q.to ? q.to.slice(0, 10) : '';
    const inDays = (day: string | undefined) => !published || (!!day && (!from || day >= from) && (!to || day <= to));
    if (site || text || published) {
      coll = coll.filter((row) => (!site || row.site === site) && (!text || row.text.includes(text)) && inDays(row.publishedDay));
    }
    if (q.limit && q.limit > 0) coll = coll.limit(q.limit);
    return coll.primaryKeys();
  }

  private byCaptureTime<T>(table: Table<T, string>, q: CaptureQuery) {
    const from = q.from ? lowerBound(q.from) : null;
    const to = q.to ? upperBound(q.to) : null;
    return from || to ? table.where('capturedAt').between(from ?? '', to ?? '\uffff', true, false) : table.orderBy('capturedAt');
  }

  /** Distinct `siteOf` values with their counts, most captured first (the history page's filter). */
  async listSites(): Promise<{ site: string; count: number }[]> {
    const sites = (await this.db.captureIndex.orderBy('site').uniqueKeys()) as string[];
    const counts = await Promise.all(sites.map(async (site) => ({ site, count: await this.db.captureIndex.where('site').equals(site).count() })));
    return counts.sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
  }

  countCaptures(): Promise<number> {
    return this.db.captures.count();
  }

  /** How many stored captures have this address (capture all tabs leaves those tabs alone). */
  countCapturesOfUrl(url: string): Promise<number> {
    return this.db.captures.where('url').equals(url).count();
  }

  async deleteCaptures(ids: string[]): Promise<void> {
    await this.db.transaction('rw', this.db.captures, this.db.captureIndex, async () => {
      await this.db.captures.bulkDelete(ids);
      await this.db.captureIndex.bulkDelete(ids);
    });
  }

  /**
   * The most recent earlier capture of the same page: same URL and text first, then same URL, then
   * same text. The candidates are found by key and dated from their small index rows, and only the
   * one chosen is read whole: earlier captures of a huge page weigh megabytes each.
   */
  async findDuplicateMatch(url: string | null, contentHash: string): Promise<{ record: CaptureRecord; match: DuplicateMatch } | undefined> {
    const { captures, captureIndex } = this.db;
    const [urlKeys, hashKeys] = await Promise.all([
      url ? (captures.where('url').equals(url).primaryKeys() as Promise<string[]>) : [],
      contentHash ? (captures.where('contentHash').equals(contentHash).primaryKeys() as Promise<string[]>) : [],
    ]);
    if (!urlKeys.length && !hashKeys.length) return undefined;
    const ids = [...new Set([...urlKeys, ...hashKeys])];
    const rows = await captureIndex.bulkGet(ids);
    const when = new Map(ids.map((id, i) => [id, rows[i]?.capturedAt ?? '']));
    const newest = (keys: string[]) =>
      keys.reduce<string | undefined>((best, id) => (best === undefined || when.get(id)! > when.get(best)! ? id : best), undefined);
    const sameHash = new Set(hashKeys);
    const pick: [string | undefined, DuplicateMatch][] = [
      [newest(urlKeys.filter((id) => sameHash.has(id))), 'url+content'],
      [newest(urlKeys), 'url'],
      [newest(hashKeys), 'content'],
    ];
    for (const [id, match] of pick) {
      const record = id === undefined ? undefined : await captures.get(id);
      if (record) return { record, match };
    }
    return undefined;
  }

  async findDuplicate(url: string | null, contentHash: string): Promise<CaptureRecord | undefined> {
    return (await this.findDuplicateMatch(url, contentHash))?.record;
  }

  /**
   * Stores imported records (already parsed) in one transaction. Older record versions are
   * upgraded; an id already present is kept unless `replace` is set.
   */
  async importCaptures(values: unknown[], opts: { replace?: boolean } = {}): Promise<{ added: number; replaced: number; skipped: number; rejected: string[] }> {
    const ready: CaptureRecord[] = [];
    const rejected: string[] = [];
    for (const v of values) {
      const up = upgradeRecord(v);
      if (!up.ok) {
        rejected.push(up.error);
        continue;
      }
      const r = up.record;
      if (needsContentHash(r)) r.contentHash = await sha256Hex(contentHashInput(r));
      ready.push(r);
    }
    let added = 0;
    let replaced = 0;
    let skipped = 0;
    try {
      await this.db.transaction('rw', this.db.captures, this.db.captureIndex, async () => {
        const existing = await this.db.captures.bulkGet(ready.map((r) => r.id));
        const toPut = ready.filter((r, i) => {
          if (!existing[i]) added++;
          else if (opts.replace) replaced++;
          else {
            skipped++;
            return false;
          }
          return true;
        });
        await this.db.captures.bulkPut(toPut);
        await this.db.captureIndex.bulkPut(toPut.map(indexRowOf));
      });
    } catch (err) {
      if (isQuotaError(err)) throw new StorageError('Storage is full: nothing was imported. Delete old captures and retry.', err);
      throw new StorageError(`Import failed, nothing was stored: ${(err as Error)?.message ?? String(err)}`, err);
    }
    return { added, replaced, skipped, rejected };
  }

  close(): void {
    this.db.close();
  }
}

let defaultStore: CaptureStore | null = null;
/** The extension's own database (service worker and history page share the extension origin). */
export function captureStore(): CaptureStore {
  defaultStore ??= new CaptureStore();
  return defaultStore;
}

export const saveCapture = (record: CaptureRecord) => captureStore().saveCapture(record);
export const getCapture = (id: string) => captureStore().getCapture(id);
export const getCaptures = (ids: readonly string[]) => captureStore().getCaptures(ids);
export const listCaptures = (q?: CaptureQuery) => captureStore().listCaptures(q);
export const listSites = () => captureStore().listSites();
export const listCaptureIds = (q?: CaptureQuery) => captureStore().listCaptureIds(q);
export const countCaptures = () => captureStore().countCaptures();
export const countCapturesOfUrl = (url: string) => captureStore().countCapturesOfUrl(url);
export const deleteCaptures = (ids: string[]) => captureStore().deleteCaptures(ids);
export const findDuplicateMatch = (url: string | null, contentHash: string) => captureStore().findDuplicateMatch(url, contentHash);
export const importCaptures = (values: unknown[], opts?: { replace?: boolean }) => captureStore().importCaptures(values, opts);
