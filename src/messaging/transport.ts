import * as v from 'valibot';
import { CaptureError, fromWireError, toWireError, type WireError } from './errors';
import type { Handlers, MessageSenderLike } from './protocol';

/** Replies are wrapped so that an error travels as data and is rethrown at the caller. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };

const EnvelopeSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.unknown() }),
  v.object({ ok: v.literal(false), error: v.object({ code: v.string(), message: v.string(), unsaved: v.optional(v.unknown()) }) }),
]);

export function unwrap<T>(reply: unknown): T {
  if (reply === undefined) throw new CaptureError('internal', 'no answer from the receiving end');
  const parsed = v.safeParse(EnvelopeSchema, reply);
  if (!parsed.success) throw new CaptureError('internal', 'malformed answer from the receiving end');
  if (parsed.output.ok) return parsed.output.value as T;
  throw fromWireError(parsed.output.error as WireError);
}

/** Extension pages (popup, options, history) of this extension, never a content script in a web page. */
export function isOwnExtensionPage(sender: MessageSenderLike, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Our background or extension pages talking to a content script: no tab means not another page's script. */
export function isOwnExtensionContext(sender: MessageSenderLike, runtimeId: string): boolean {
  return sender.id === runtimeId && sender.tab === undefined;
}

/** A receiving end's check of a request: the request as it will be handled, or why it is refused. */
export type RequestCheck<Req> = (message: unknown) => { ok: true; request: Req } | { ok: false; problem: string };

/** The check by a valibot schema (extension pages to the background). */
export function bySchema<Req>(schema: v.GenericSchema<unknown, Req>): RequestCheck<Req> {
  return (message) => {
    const parsed = v.safeParse(schema, message);
    return parsed.success ? { ok: true, request: parsed.output } : { ok: false, problem: parsed.issues[0]?.message ?? '' };
  };
}

/**
 * Builds a runtime.onMessage listener: checks the sender, validates the request with `check`,
 * runs the handler and answers with an envelope. Messages that are not objects with a `type` are
 * left to other listeners (returns undefined).
 */
export function createListener<Req extends { type: string }, Map>(
  check: RequestCheck<Req>,
  handlers: Handlers<Req, Map>,
  allowSender: (s: MessageSenderLike) => boolean,
): (message: unknown, sender: MessageSenderLike) => Promise<Envelope<unknown>> | undefined {
  return (message, sender) => {
    if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') return undefined;
    return (async (): Promise<Envelope<unknown>> => {
      try {
        if (!allowSender(sender)) throw new CaptureError('forbidden-sender', 'message from an unexpected sender');
        const checked = check(message);
        if (!checked.ok) throw new CaptureError('bad-request', `invalid ${(message as { type: string }).type} request: ${checked.problem}`);
        const req = checked.request;
        const handler = (handlers as unknown as Record<string, (r: Req, s: MessageSenderLike) => Promise<unknown>>)[req.type];
        return { ok: true, value: await handler(req, sender) };
      } catch (e) {
        return { ok: false, error: toWireError(e) };
      }
    })();
  };
}
