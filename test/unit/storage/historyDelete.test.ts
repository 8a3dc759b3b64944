import 'fake-indexeddb/auto';
import { getCapture, saveCapture } from '../../../src/background/db';
import { getSnapshot, saveSnapshot } from '../../../src/background/snapshots';
import { deleteSelected } from '../../../history/historyActions';
import { sampleRecord } from '../export/sampleRecord';

/** The history page's delete, on IndexedDB from fake-indexeddb: records and their snapshots go together. */

test('deleting captures deletes their page snapshots, and only theirs', async () => {
  const ids = ['del-a', 'del-b', 'keep-c'];
  for (const id of ids) {
    await saveCapture(sampleRecord({ id, url: `https://www.example.gov.cn/${id}.html`, contentHash: id.padEnd(64, '0') }));
    await saveSnapshot({ recordId: id, url: null, takenAt: '2024-04-02T00:00:00.000Z', html: `<p>${id}</p>` });
  }
  await deleteSelected(['del-a', 'del-b']);
  expect(await getCapture('del-a')).toBeUndefined();
  expect(await getSnapshot('del-a')).toBeUndefined();
  expect(await getSnapshot('del-b')).toBeUndefined();
  expect((await getSnapshot('keep-c'))?.html).toBe('<p>keep-c</p>');
  expect((await getCapture('keep-c'))?.id).toBe('keep-c');
});
