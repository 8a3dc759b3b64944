import type { Transaction } from 'dexie';
import { upgradeRecord } from '../core/export/upgradeRecord';
import type { CaptureRecord } from '../core/types';
import { indexRowOf } from './dbIndex';

/**
 * The stored-data layouts, oldest first. Each entry is a Dexie version: its index spec and the
 * step that rewrites rows written under the previous version. Add a version; never edit one that
 * has shipped, or browsers that already ran it will not run it again.
 *
 * v1: `captures` keyed by id, indexed on url and capturedAt; rows could hold a body of plain
 *     strings and lack fields added later (schemaVersion, siteName, keywords, script, cleaning,
 *     contentHash).
 * v2: adds the contentHash and siteName indexes (duplicate detection, site filter) and brings
 *     every row to the current record schema. Rows that cannot be read are moved to `quarantine`
 *     instead of being dropped, so nothing the user captured is lost.
 * v3: adds `captureIndex` (id, capturedAt, site, lower-cased text: see dbIndex.ts) so search and
 *     the site filter read small rows instead of whole records; filled from every capture.
 * v4: contentHash became the hash of the body as stored (after script conversion; it was the
 *     unconverted body). Rows in a converted script lose their old hash here and get the new one
 *     when the database opens (db.ts), so a re-capture of such a page is still seen as a duplicate.
 * v5: index rows gain the publication day (the history page filters by it), and rows corrected
 *     before corrections went into the fields themselves are settled (src/core/corrections.ts:
 *     the field holds the correction, `extracted` the value read from the page).
 */
export interface StoredLayout {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const STORED_LAYOUTS: StoredLayout[] = [
  { version: 1, stores: { captures: 'id, url, capturedAt' } },
  {
    version: 2,
    stores: { captures: 'id, url, contentHash, capturedAt, siteName', quarantine: '++key' },
    upgrade: async (tx) => {
      const quarantine = tx.table('quarantine');
      const captures = tx.table('captures');
      const rows: unknown[] = await captures.toArray();
      for (const row of rows) {
        const up = upgradeRecord(row);
        if (up.ok) {
          if (up.changed) await captures.put(up.record);
        } else {
          await quarantine.add({ row, error: up.error, at: new Date().toISOString() });
          const id = (row as { id?: unknown })?.id;
          if (typeof id === 'string') await captures.delete(id);
        }
      }
    },
  },
  {
    version: 3,
    stores: { captureIndex: 'id, capturedAt, site' },
    upgrade: async (tx) => {
      const rows = await tx.table<CaptureRecord>('captures').toArray();
      await tx.table('captureIndex').bulkPut(rows.map(indexRowOf));
    },
  },
  {
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('captures')
        .toCollection()
        .modify((r: CaptureRecord) => {
          if (r.script?.output && r.script.output !== 'original') r.contentHash = '';
        });
    },
  },
  {
    version: 5,
    stores: {},
    upgrade: async (tx) => {
      const captures = tx.table<CaptureRecord>('captures');
      const rows = await captures.toArray();
      const index: ReturnType<typeof indexRowOf>[] = [];
      for (const row of rows) {
        const up = upgradeRecord(row);
        const record = up.ok ? up.record : row;
        if (up.ok && up.changed) await captures.put(record);
        index.push(indexRowOf(record));
      }
      await tx.table('captureIndex').bulkPut(index);
    },
  },
];

export const CURRENT_DB_VERSION = STORED_LAYOUTS[STORED_LAYOUTS.length - 1].version;
