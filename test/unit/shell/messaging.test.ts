import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { mock } from '../../mocks/webextension-polyfill';
import { callBackground } from '../../../src/messaging/client';
import { CaptureError, fromWireError, toWireError } from '../../../src/messaging/errors';
import { BackgroundRequestSchema, type BackgroundRequest, type BackgroundResponses, type Handlers } from '../../../src/messaging/protocol';
import { PageInputSchema } from '../../../src/messaging/schemas';
import { extensionOrigin } from '../../../src/messaging/extensionOrigin';
import { bySchema, createListener, isOwnExtensionContext, isOwnExtensionPage, unwrap } from '../../../src/messaging/transport';

beforeEach(() => mock.reset());

function serve(handlers: Partial<Handlers<BackgroundRequest, BackgroundResponses>>) {
  const listener = createListener<BackgroundRequest, BackgroundResponses>(
    bySchema(BackgroundRequestSchema),
    handlers as Handlers<BackgroundRequest, BackgroundResponses>,
    (s) => isOwnExtensionPage(s, browser.runtime.id, extensionOrigin()),
  );
  browser.runtime.onMessage.addListener(listener);
}

describe('message protocol', () => {
  test('a valid request reaches its handler and the value comes back', async () => {
    serve({ outline: async ({ tabId, show }) => ({ outlined: show && tabId === 7 }) });
    await expect(callBackground({ type: 'outline', tabId: 7, show: true })).resolves.toEqual({ outlined: true });
  });

  test('a handler error is rethrown at the caller with its code', async () => {
    serve({
      capture: async () => {
        throw new CaptureError('restricted-page', 'browser page');
      },
    });
    const err = await callBackground({ type: 'capture', tabId: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(CaptureError);
    expect(err.code).toBe('restricted-page');
    expect(err.message).toBe('browser page');
  });

  test('an invalid payload is refused before any handler runs', async () => {
    const capture = jest.fn();
    serve({ capture });
    const err = await callBackground({ type: 'capture', tabId: -1 } as never).catch((e) => e);
    expect(err.code).toBe('bad-request');
    expect(capture).not.toHaveBeenCalled();
  });

  test('a content script in a web page cannot call the background', async () => {
    const capture = jest.fn();
    serve({ capture });
    mock.setSender({ id: mock.EXTENSION_ID, url: 'https://evil.example/page.html', tab: { id: 3 } });
    const err = await callBackground({ type: 'capture', tabId: 3 }).catch((e) => e);
    expect(err.code).toBe('forbidden-sender');
    expect(capture).not.toHaveBeenCalled();
  });

  test('another extension cannot call the background', async () => {
    serve({ discard: jest.fn() });
    mock.setSender({ id: 'otherextension', url: 'chrome-extension://otherextension/x.html' });
    await expect(callBackground({ type: 'discard', id: 'x' })).rejects.toMatchObject({ code: 'forbidden-sender' });
  });

  test('no answer or a malformed answer is an error, not undefined', () => {
    expect(() => unwrap(undefined)).toThrow(/no answer/);
    expect(() => unwrap({ ok: 'yes' })).toThrow(/malformed/);
    expect(unwrap({ ok: true, value: 3 })).toBe(3);
  });

  test('content scripts accept only our own extension contexts', () => {
    expect(isOwnExtensionContext({ id: 'me' }, 'me')).toBe(true);
    expect(isOwnExtensionContext({ id: 'me', tab: { id: 1 } }, 'me')).toBe(false);
    expect(isOwnExtensionContext({ id: 'other' }, 'me')).toBe(false);
  });

  test('errors survive the wire; unknown codes become internal', () => {
    expect(fromWireError(toWireError(new CaptureError('cancelled', 'esc')))).toMatchObject({ code: 'cancelled', message: 'esc' });
    expect(toWireError(new TypeError('boom'))).toEqual({ code: 'internal', message: 'boom' });
    expect(fromWireError({ code: 'weird' as never, message: 'm' }).code).toBe('internal');
  });

  test('a disclosure correction is checked on arrival: known facts only, each a text or a fact', () => {
    const correct = (disclosure: unknown) => v.safeParse(BackgroundRequestSchema, { type: 'correct', id: 'r1', corrections: { disclosure } }).success;
    expect(correct({ docNo: '示政办发〔2024〕13号', writtenAt: '2024年6月3日', issuer: null })).toBe(true);
    expect(correct({ docNo: { label: '发文字号', value: '示政办发〔2024〕13号' } })).toBe(true);
    expect(correct(null)).toBe(true);
    expect(correct({ signer: '某某' })).toBe(false);
    expect(correct({ docNo: 13 })).toBe(false);
    expect(correct({ docNo: 'x'.repeat(5000) })).toBe(false);
    expect(correct('示政办发〔2024〕13号')).toBe(false);
    // Other fields keep their own checks in the core.
    expect(v.safeParse(BackgroundRequestSchema, { type: 'correct', id: 'r1', corrections: { title: 't' } }).success).toBe(true);
  });

  test('page input from the page is checked for type and size', () => {
    const good = { url: 'https://a.gov.cn/', format: 'html', documentTitle: 't', hints: {}, blocks: [{ text: 'x', kind: 'paragraph' }] };
    expect(v.safeParse(PageInputSchema, good).success).toBe(true);
    expect(v.safeParse(PageInputSchema, { ...good, blocks: [{ text: 'x', kind: 'script' }] }).success).toBe(false);
    expect(v.safeParse(PageInputSchema, { ...good, hints: { title: 'x'.repeat(5000) } }).success).toBe(false);
    expect(v.safeParse(PageInputSchema, { ...good, blocks: 'nope' }).success).toBe(false);
  });

  test('the links and disclosure rows a page sends are checked too', () => {
    const good = { url: 'https://a.gov.cn/', format: 'html', documentTitle: 't', hints: {}, blocks: [] };
    const link = { text: '附件1.pdf', url: 'https://a.gov.cn/1.pdf', line: null, label: '附件：', inArticle: true };
    expect(v.safeParse(PageInputSchema, { ...good, links: [link], disclosureRows: ['索引号：1/2024-1'] }).success).toBe(true);
    expect(v.safeParse(PageInputSchema, { ...good, links: [{ ...link, inArticle: 'yes' }] }).success).toBe(false);
    expect(v.safeParse(PageInputSchema, { ...good, links: [{ ...link, url: 5 }] }).success).toBe(false);
    expect(v.safeParse(PageInputSchema, { ...good, links: Array(501).fill(link) }).success).toBe(false);
    expect(v.safeParse(PageInputSchema, { ...good, disclosureRows: ['x'.repeat(5000)] }).success).toBe(false);
  });
});
