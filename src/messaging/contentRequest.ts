import { MAX_PARTS } from './blockParts';
import type { ContentRequest } from './protocol';
import type { RequestCheck } from './transport';

/**
 * The content script's check of what the background asks of it: the same rules as
 * `ContentRequestSchema` in protocol.ts, written out by hand so that the script injected into
 * every captured page does not carry valibot and the background's whole protocol with it (2.6 kB
 * gzip, and their evaluation on every capture). test/unit/messaging/contentRequest.test.ts runs
 * both on generated messages and requires the same verdict and the same output.
 */

const MAX_SELECTOR = 500;
const MAX_ANCHORS = 4;
const MAX_ANCHOR = 4_000;
const MAX_TOKEN = 64;
const MAX_URL = 8_000;
const WEB_URL = /^https?:\/\//i;

type Checked = ReturnType<RequestCheck<ContentRequest>>;

const refuse = (problem: string): Checked => ({ ok: false, problem });
const accept = (request: ContentRequest): Checked => ({ ok: true, request });

/** An object as valibot's `v.object` takes one (an array included: its missing keys get their defaults). */
function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isShortString(x: unknown, max: number): x is string {
  return typeof x === 'string' && x.length <= max;
}

/** A per-site rule: a body selector and selectors to drop, each optional (defaults '' and []). */
function selectorRule(x: unknown): { bodySelector: string; dropSelectors: string[] } | null {
  if (!isRecord(x)) return null;
  const body = x.bodySelector === undefined ? '' : x.bodySelector;
  const drop = x.dropSelectors === undefined ? [] : x.dropSelectors;
  if (!isShortString(body, MAX_SELECTOR)) return null;
  if (!Array.isArray(drop) || !drop.every((s) => isShortString(s, MAX_SELECTOR))) return null;
  return { bodySelector: body, dropSelectors: [...drop] };
}

export const checkContentRequest: RequestCheck<ContentRequest> = (message) => {
  if (!isRecord(message)) return refuse('not an object');
  switch (message.type) {
    case 'ping':
    case 'snapshot':
    case 'pick':
      return accept({ type: message.type });
    case 'extract': {
      if (message.rule === null) return accept({ type: 'extract', rule: null });
      const rule = selectorRule(message.rule);
      return rule ? accept({ type: 'extract', rule }) : refuse('invalid rule');
    }
    case 'outline': {
      const { show, anchors } = message;
      if (typeof show !== 'boolean') return refuse('invalid show');
      if (!Array.isArray(anchors) || anchors.length > MAX_ANCHORS || !anchors.every((a) => isShortString(a, MAX_ANCHOR))) return refuse('invalid anchors');
      return accept({ type: 'outline', show, anchors: [...anchors] });
    }
    case 'extractUrl': {
      const { url } = message;
      if (!isShortString(url, MAX_URL) || !WEB_URL.test(url)) return refuse('invalid url');
      return accept({ type: 'extractUrl', url });
    }
    case 'extractPart': {
      const { token, index } = message;
      if (!isShortString(token, MAX_TOKEN)) return refuse('invalid token');
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 1 || index > MAX_PARTS - 1) return refuse('invalid index');
      return accept({ type: 'extractPart', token, index });
    }
    default:
      return refuse('unknown type');
  }
};
