import fc from 'fast-check';
import * as v from 'valibot';
import { checkContentRequest } from '../../../src/messaging/contentRequest';
import { ContentRequestSchema } from '../../../src/messaging/protocol';

/** Values of every kind a field might be sent, around each limit the schema sets. */
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, 1, 2, 1.5, -1, 98, 99, 100, Number.NaN),
  fc.constantFrom('', 'x', 'a'.repeat(64), 'a'.repeat(65), 'b'.repeat(500), 'b'.repeat(501), 'c'.repeat(4000), 'c'.repeat(4001)),
  fc.constantFrom(
    'https://example.gov.cn/a_2.html',
    'HTTP://x.cn/',
    'ftp://x.cn/a',
    'javascript:alert(1)',
    `https://x.cn/${'d'.repeat(7987)}`,
    `https://x.cn/${'d'.repeat(7988)}`,
  ),
  fc.array(fc.constantFrom('x', 'y'.repeat(501), 'z'.repeat(4001)), { maxLength: 6 }),
  fc.array(fc.constantFrom(1, null), { maxLength: 2 }),
  fc.record(
    { bodySelector: fc.constantFrom('main', 'b'.repeat(501), 3), dropSelectors: fc.constantFrom(['.ad'], ['b'.repeat(501)], 'x') },
    { requiredKeys: [] },
  ),
);

const message = fc.oneof(
  anyValue,
  fc.record(
    {
      type: fc.constantFrom('ping', 'snapshot', 'extract', 'outline', 'pick', 'extractPart', 'extractUrl', 'capture', 7),
      rule: anyValue,
      show: anyValue,
      anchors: anyValue,
      token: anyValue,
      index: anyValue,
      url: anyValue,
      extra: anyValue,
    },
    { requiredKeys: ['type'] },
  ),
);

describe("the content script's request check", () => {
  test('agrees with ContentRequestSchema on every message: same verdict, same request', () => {
    fc.assert(
      fc.property(message, (m) => {
        const schema = v.safeParse(ContentRequestSchema, m);
        const checked = checkContentRequest(m);
        expect(checked.ok).toBe(schema.success);
        if (checked.ok && schema.success) expect(checked.request).toEqual(schema.output);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  test.each([
    [
      { type: 'extract', rule: { bodySelector: '#zoom' } },
      { type: 'extract', rule: { bodySelector: '#zoom', dropSelectors: [] } },
    ],
    [
      { type: 'outline', show: true, anchors: ['a', 'b'], extra: 1 },
      { type: 'outline', show: true, anchors: ['a', 'b'] },
    ],
    [
      { type: 'extractPart', token: 't', index: 3 },
      { type: 'extractPart', token: 't', index: 3 },
    ],
  ])('reads %j', (m, request) => {
    expect(checkContentRequest(m)).toEqual({ ok: true, request });
  });

  test.each([
    { type: 'extractPart', token: 't', index: 0 },
    { type: 'extractPart', token: 't', index: 100 },
    { type: 'outline', show: true, anchors: ['a', 'b', 'c', 'd', 'e'] },
    { type: 'extract', rule: { dropSelectors: ['x'.repeat(501)] } },
    { type: 'capture', tabId: 1 },
  ])('refuses %j', (m) => {
    expect(checkContentRequest(m).ok).toBe(false);
  });
});
