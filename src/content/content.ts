import type { Block } from '../core/types';
import { PartsOnOffer } from '../messaging/blockParts';
import { CaptureError } from '../messaging/errors';
import { checkContentRequest } from '../messaging/contentRequest';
import type { ContentRequest, ContentResponses } from '../messaging/protocol';
import { createListener, isOwnExtensionContext } from '../messaging/transport';
import { Overlay } from './overlay';
import { pickElement } from './picker';
import { readPageSliced } from './readPage';
import { locateRegion } from './region';
import { serializePage } from './snapshot';
import { readOtherPage } from './fetchPage';

/**
 * Injected on demand by the background (never declared for all pages). Injection may repeat on
 * every capture in the same document: the marker keeps a single listener per document.
 */
const MARKER = Symbol.for('gov-news-capture.content');
type Marked = typeof globalThis & { [MARKER]?: true };

if (!(globalThis as Marked)[MARKER]) {
  (globalThis as Marked)[MARKER] = true;

  let lastBlocks: Block[] = [];
  let lastRoot: Element | null = null;
  const parts = new PartsOnOffer();
  const outline = new Overlay(document, '#1a73e8');

  const listener = createListener<ContentRequest, ContentResponses>(
    checkContentRequest,
    {
      ping: async () => ({ ready: true, readyState: document.readyState }),
      snapshot: async () => serializePage(document),
      extract: async ({ rule }) => {
        const input = await readPageSliced(document, location.href, rule);
        lastBlocks = input.blocks;
        lastRoot = null;
        return parts.head(input);
      },
      extractUrl: async ({ url }) => parts.head(await readOtherPage(url)),
      extractPart: async ({ token, index }) => ({ blocks: parts.part(token, index) }),
      outline: async ({ show, anchors }) => {
        if (!show) {
          outline.hide();
          return { outlined: false };
        }
        const hints = anchors.length ? anchors.map((text) => ({ text, kind: 'paragraph' as const })) : lastBlocks;
        const region = lastRoot ?? locateRegion(document, hints);
        if (!region) throw new CaptureError('not-found', 'the captured region was not found in the page');
        region.scrollIntoView({ block: 'nearest' });
        outline.show(region);
        // The popup closes as soon as the user turns to the page: the next click or key clears the box.
        const clear = new AbortController();
        const hide = () => {
          outline.hide();
          clear.abort();
        };
        document.addEventListener('pointerdown', hide, { capture: true, signal: clear.signal });
        document.addEventListener('keydown', hide, { capture: true, signal: clear.signal });
        return { outlined: true };
      },
      pick: async () => {
        outline.hide();
        const picked = await pickElement(document);
        const input = await readPageSliced(document, location.href, null, picked);
        lastBlocks = input.blocks;
        lastRoot = picked;
        return parts.head(input);
      },
    },
    (sender) => isOwnExtensionContext(sender, chrome.runtime.id),
  );
  // chrome.runtime rather than webextension-polyfill: the polyfill was 2.8 kB gzip of a script
  // that every capture injects and evaluates, for this one listener. Firefox provides `chrome`
  // with the same callback form; an answer given later needs `true` returned.
  chrome.runtime.onMessage.addListener((message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    const answer = listener(message, sender);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  });
}
