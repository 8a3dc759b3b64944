/** The JSON Schema check of a record (ajv), for tests and tools in Node; extension pages use recordSchema.ts's checkRecord. */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../../schema/capture-record.schema.json';
import type { CaptureRecord } from './types';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Checks a record (an export, an import, a stored row) against the published JSON Schema. */
export function validateRecord(value: unknown): { ok: true; record: CaptureRecord } | { ok: false; errors: string[] } {
  if (validate(value)) return { ok: true, record: value as unknown as CaptureRecord };
  return { ok: false, errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()) };
}
