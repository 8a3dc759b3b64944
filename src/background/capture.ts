import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { buildRecord } from '../core/buildRecord';
import type { CaptureRecord, PageInput } from '../core/types';
import { textLength } from '../messaging/blockParts';
import { unwrap } from '../messaging/transport';
import { CaptureError } from '../messaging/errors';
import type { CaptureResult, ContentRequest, ContentResponse } from '../messaging/protocol';
import { BlockPartSchema, PageHeadSchema, PageInputSchema, type SelectorRule } from '../messaging/schemas';
import { siteRuleFor, type Settings } from '../settings/definition';
import { loadSettings } from '../settings/store';
import { countCapturesOfUrl, findDuplicateMatch, saveCapture } from './db';
import { joinPages, MAX_PAGES, nextPageUrl } from '../core/pagination';
import { readListItems } from '../core/listItems';
import { asSeparateCapture } from './dbDuplicates';
import { applyCorrections } from './corrections';
import { carriedCorrections } from '../core/restore';
import { carryAnnotations } from '../core/annotations';
import { injectContentScript, injectIntoSubframes } from './inject';
import { restrictedMessage, restrictedReason } from './restricted';
import { saveSnapshot } from './snapshots';

/** How long a capture waits for a tab whose document is still being parsed before it reads what is there. */
const LOAD_WAIT_MS = 4_000;
/**
 * How long it waits when the document is parsed and only subresources (images, a slow counter
 * script) keep the tab "loading": a moment for late scripts that fill the page in, not the four
 * seconds one hanging image on a government server would otherwise cost every capture.
 */
export const PARSED_WAIT_MS = 1_000;

export interface ReadyTab {
  id: number;
  url: string | null;
}

/**
 * Refuses pages no extension may read and waits, bounded, for a loading tab: up to LOAD_WAIT_MS
 * while its document is being parsed, up to PARSED_WAIT_MS once only subresources are left.
 */
export async function prepareTab(tabId: number): Promise<ReadyTab> {
  let tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new CaptureError('no-tab', 'That tab is gone.');
  refuseRestricted(tab);
  if (tab.status === 'loading') {
    const wait = (await documentParsed(tabId)) ? PARSED_WAIT_MS : LOAD_WAIT_MS;
    tab = (await waitForLoad(tabId, wait)) ?? tab;
    refuseRestricted(tab);
  }
  // Again after a wait: a navigation that committed meanwhile brought a document without the script.
  await injectContentScript(tabId);
  return { id: tabId, url: tab.url ?? tab.pendingUrl ?? null };
}

function refuseRestricted(tab: browser.Tabs.Tab): void {
  // Without a host permission or activeTab the URL is hidden: injection then decides.
  const url = tab.url ?? tab.pendingUrl ?? null;
  const reason = url ? restrictedReason(url) : null;
  if (reason) throw new CaptureError('restricted-page', restrictedMessage(reason));
}

/** Whether the tab's document has been parsed whole (readyState past "loading"), asked of the content script. */
async function documentParsed(tabId: number): Promise<boolean> {
  try {
    await injectContentScript(tabId);
    const { readyState } = await callFrame(tabId, 0, { type: 'ping' });
    return readyState === 'interactive' || readyState === 'complete';
  } catch {
    // Not scriptable yet (the navigation has not committed): wait as for a document being parsed.
    return false;
  }
}

/**
 * Resolves with the tab once it has finished loading, or null after `ms`. The listener goes in
 * before the status is read again: a load that completes between the caller's check and this call
 * fires no event we could still hear, so the fresh read catches it, and one completing later
 * reaches the listener. Either way the wait ends at once instead of running into the timeout.
 */
export function waitForLoad(tabId: number, ms: number): Promise<browser.Tabs.Tab | null> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (tab: browser.Tabs.Tab | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve(tab);
    };
    const onUpdated = (id: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab) => {
      if (id === tabId && change.status === 'complete') done(tab);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    const timer = setTimeout(() => done(null), ms);
    browser.tabs.get(tabId).then(
      (tab) => {
        if (tab.status === 'complete') done(tab);
      },
      // The tab closed meanwhile: prepareTab's caller learns it from the injection that follows.
      () => done(null),
    );
  });
}

export function selectorRule(url: string | null, settings: Settings): SelectorRule | null {
  const rule = siteRuleFor(url, settings.siteRules);
  return rule ? { bodySelector: rule.bodySelector, dropSelectors: rule.dropSelectors } : null;
}

/** What the page sent is untrusted: check it before the core reads it. */
export function checkPageInput(value: unknown): PageInput {
  return checked(PageInputSchema, value);
}

function checked<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new CaptureError('bad-request', `The page sent data the extension cannot use (${where}: ${issue?.message ?? 'invalid'}).`);
  }
  return parsed.output;
}

/** Sends one request to the content script of a given frame. */
type Ask = <R extends ContentRequest>(req: R) => Promise<ContentResponse<R>>;

const askFrame =
  (tabId: number, frameId: number): Ask =>
  (req) =>
    callFrame(tabId, frameId, req);

/**
 * Reads the page input an `extract` or `pick` produces: its head, then, for a body too long for
 * one message, the further parts of its blocks (src/messaging/blockParts.ts), each part checked
 * as it arrives and the whole checked once joined in order.
 */
export async function readPageInput(ask: Ask, request: Extract<ContentRequest, { type: 'extract' | 'pick' | 'extractUrl' }>): Promise<PageInput> {
  const { rest, blocks, ...head } = checked(PageHeadSchema, await ask(request));
  // All parts asked for at once: the page answers each in a task of its own, without waiting
  // for a round trip between parts.
  const indices = rest ? Array.from({ length: rest.parts - 1 }, (_, i) => i + 1) : [];
  const parts = await Promise.all(indices.map(async (index) => checked(BlockPartSchema, await ask({ type: 'extractPart', token: rest!.token, index })).blocks));
  const all = [...blocks];
  for (const part of parts) for (const b of part) all.push(b);
  return checkPageInput({ ...head, blocks: all });
}

function buildWith(input: PageInput, settings: Settings): Promise<CaptureRecord> {
  return buildRecord(input, {
    outputScript: settings.outputScript,
    summarySentences: settings.summarySentences,
    extraBoilerplate: settings.extraBoilerplate,
  });
}

/**
 * Builds the record with the settings of this moment, then stores it before answering. An
 * earlier capture of the same page is kept (the new one gets its own id when they would clash)
 * and reported, so the user can choose to replace it; corrections made to an unchanged page carry over.
 */
export async function recordAndStore(input: PageInput, settings: Settings, opts: CaptureOptions = {}): Promise<CaptureResult> {
  return storeRecord(await buildWith(input, settings), opts);
}

export interface CaptureOptions {
  /** Store the record even when the page is judged not to be an article. */
  keepNonArticle?: boolean;
  /** Read an article split over pages as one record (also on when the settings say so). */
  followPages?: boolean;
}

/**
 * A page judged not to be an article (an empty page, a list or index page) is not stored unless
 * the user asked for it (the card's "save anyway"): the card shows why, and history holds only
 * what the user meant to keep.
 */
async function storeRecord(built: CaptureRecord, opts: CaptureOptions = {}): Promise<CaptureResult> {
  if (!built.isArticle && !opts.keepNonArticle) return { record: built, duplicate: null, unsaved: 'not-article' };
  let record = built;
  const dup = await findDuplicateMatch(record.url, record.contentHash);
  if (dup) {
    if (dup.match === 'url+content' && dup.record.corrections && !record.corrections) {
      record = applyCorrections(record, carriedCorrections(dup.record, record));
    }
    // The user's own labels and note describe the page, not one capture of it.
    if (dup.match === 'url+content') record = carryAnnotations(record, dup.record);
    record = asSeparateCapture(record, dup.record);
  }
  await saveCapture(record);
  return {
    record,
    duplicate: dup ? { id: dup.record.id, match: dup.match, capturedAt: dup.record.capturedAt, title: dup.record.title } : null,
  };
}

/**
 * The popup's capture, and the context menu's: the whole path from tab to stored record. When the
 * top document holds no article, the tab's frames are read too (a site shell around an iframe, as
 * older CMS templates do) and an article found in one of them is the capture.
 */
export async function captureTab(tabId: number, opts: CaptureOptions = {}): Promise<CaptureResult> {
  const tab = await prepareTab(tabId);
  const settings = await loadSettings();
  const rule = selectorRule(tab.url, settings);
  const top = await readPageInput(askFrame(tabId, 0), { type: 'extract', rule });
  const firstRecord = await buildWith(top, settings);
  const next = firstRecord.isArticle ? nextPageUrl(top.links, top.url) : null;
  const follow = !!next && (opts.followPages || settings.followPages);
  const topRecord = follow ? await buildWith(await readFollowingPages(askFrame(tabId, 0), top), settings) : firstRecord;
  const framed = topRecord.isArticle ? null : await articleInFrames(tabId, rule, top.url, settings);
  const stored = await storeRecord(framed?.record ?? topRecord, opts);
  const result: CaptureResult = {
    ...stored,
    ...(next && !follow ? { morePages: true } : {}),
    ...(stored.unsaved && !framed ? { listItems: await listItemsOf(top) } : {}),
  };
  return settings.keepSnapshot && !result.unsaved ? { ...result, snapshot: await keepSnapshot(tabId, result, framed?.frameId ?? 0) } : result;
}

/**
 * The article's further pages, each read by the page itself (`extractUrl`: a same-site request
 * needs no host permission) and joined to the first (src/core/pagination.ts). A page that cannot
 * be read ends the article there: the pages read before it are kept.
 */
async function readFollowingPages(ask: Ask, first: PageInput): Promise<PageInput> {
  const inputs = [first];
  const urls = [first.url ?? ''];
  while (inputs.length < MAX_PAGES) {
    const next = nextPageUrl(inputs[inputs.length - 1].links, urls[urls.length - 1], new Set(urls));
    if (!next) break;
    try {
      inputs.push(await readPageInput(ask, { type: 'extractUrl', url: next }));
      urls.push(next);
    } catch {
      break;
    }
  }
  return joinPages(inputs, urls);
}

/** A list page's items, each marked when its address is already in the history. */
async function listItemsOf(input: PageInput): Promise<NonNullable<CaptureResult['listItems']>> {
  const items = readListItems(input.listLinks, input.url);
  return Promise.all(items.map(async (item) => ({ ...item, captured: (await countCapturesOfUrl(item.url).catch(() => 0)) > 0 })));
}

/** At most this many subframes are read: a shell page holds one content frame, not dozens. */
const MAX_FRAMES_READ = 4;

/** The frame whose record the core judged an article, with the most body text; null when none is. */
export function chooseFrameArticle<T extends { record: CaptureRecord }>(candidates: T[]): T | null {
  let best: T | null = null;
  for (const c of candidates) {
    if (c.record.isArticle && (!best || textLength(c.record.body) > textLength(best.record.body))) best = c;
  }
  return best;
}

/**
 * Reads the tab's subframes the extension may script. A frame that fails (still loading, too
 * large, gone) offers nothing and the top frame's answer stands; each answer is validated like
 * the top frame's, since every frame's content is untrusted. The record keeps the address the
 * user was on (`url`): that is the page they would cite and find again.
 */
async function articleInFrames(
  tabId: number,
  rule: SelectorRule | null,
  url: string | null,
  settings: Settings,
): Promise<{ frameId: number; record: CaptureRecord } | null> {
  const frameIds = (await injectIntoSubframes(tabId)).slice(0, MAX_FRAMES_READ);
  const candidates: { frameId: number; record: CaptureRecord }[] = [];
  for (const frameId of frameIds) {
    try {
      const input = await readPageInput(askFrame(tabId, frameId), { type: 'extract', rule });
      candidates.push({ frameId, record: await buildWith({ ...input, url }, settings) });
    } catch {
      // Nothing from this frame.
    }
  }
  return chooseFrameArticle(candidates);
}

/** One request to the content script in one frame of the tab (0: the top frame). */
async function callFrame<R extends ContentRequest>(tabId: number, frameId: number, req: R): Promise<ContentResponse<R>> {
  return unwrap(await browser.tabs.sendMessage(tabId, req, { frameId }));
}

/** A snapshot is an extra: failing to take one never fails the capture that is already stored. */
async function keepSnapshot(tabId: number, { record }: CaptureResult, frameId = 0): Promise<NonNullable<CaptureResult['snapshot']>> {
  try {
    const { html } = await callFrame(tabId, frameId, { type: 'snapshot' });
    if (html === null) return 'too-large';
    await saveSnapshot({ recordId: record.id, url: record.url, takenAt: record.capturedAt, html });
    return 'kept';
  } catch {
    return 'failed';
  }
}

/** Waits for the user to pick a block in the page (the popup may close meanwhile), then captures from it. */
export async function captureFromPick(tabId: number): Promise<CaptureResult> {
  await prepareTab(tabId);
  const input = await readPageInput(askFrame(tabId, 0), { type: 'pick' });
  const settings = await loadSettings();
  const result = await recordAndStore(input, settings);
  return settings.keepSnapshot ? { ...result, snapshot: await keepSnapshot(tabId, result) } : result;
}
