import Dexie, { type Table } from 'dexie';

/**
 * Page snapshots ("keep a snapshot" setting) live in their own database, keyed by record id:
 * records stay small for listing and export, and a snapshot can be dropped without touching them.
 */
export interface Snapshot {
  recordId: string;
  url: string | null;
  takenAt: string;
  /** Serialized DOM of the page at capture time. */
  html: string;
}

class SnapshotDb extends Dexie {
  snapshots!: Table<Snapshot, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ snapshots: 'recordId, takenAt' });
  }
}

let db: SnapshotDb | null = null;
const open = () => (db ??= new SnapshotDb('gov-news-capture-snapshots'));

export async function saveSnapshot(s: Snapshot): Promise<void> {
  await open().snapshots.put(s);
}

export async function getSnapshot(recordId: string): Promise<Snapshot | undefined> {
  return open().snapshots.get(recordId);
}

export async function deleteSnapshots(recordIds: string[]): Promise<void> {
  await open().snapshots.bulkDelete(recordIds);
}
