import { exportFieldsOption, exportRecords } from '../../../src/core/export';
import { EXPORTABLE_FIELDS } from '../../../src/settings/definition';
import { sampleRecord } from './sampleRecord';

const header = (csv: string) => csv.replace(/^\ufeff/, '').split('\r\n')[0];

describe('export fields from the settings', () => {
  test('every choosable field ticked means the whole record, whatever the order', () => {
    expect(exportFieldsOption([...EXPORTABLE_FIELDS], EXPORTABLE_FIELDS)).toBeUndefined();
    expect(exportFieldsOption([...EXPORTABLE_FIELDS].reverse(), EXPORTABLE_FIELDS)).toBeUndefined();
  });

  test('a narrower choice is passed through as it is', () => {
    const some = EXPORTABLE_FIELDS.filter((f) => f !== 'body');
    expect(exportFieldsOption(some, EXPORTABLE_FIELDS)).toEqual(some);
    expect(exportFieldsOption([], EXPORTABLE_FIELDS)).toEqual([]);
  });

  test('with the default choice CSV keeps the columns no one can tick', () => {
    const all = exportRecords([sampleRecord()], 'csv', { fields: exportFieldsOption([...EXPORTABLE_FIELDS], EXPORTABLE_FIELDS) });
    for (const col of ['contentHash', 'cleaning', 'extractor', 'schemaVersion']) expect(header(all.text)).toContain(`"${col}"`);
    // Passing the list itself (the old behaviour) loses them: the test above guards against that.
    const listed = exportRecords([sampleRecord()], 'csv', { fields: [...EXPORTABLE_FIELDS] });
    expect(header(listed.text)).not.toContain('"contentHash"');
  });
});
