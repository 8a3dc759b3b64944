import { restoredIndices, withRestored } from '../src/core/restore';
import type { RecordSummary } from '../src/messaging/protocol';
import { h } from './dom';
import { t } from './i18n';

/**
 * The lines the cleaning moved out of the body, listed on request with what each was taken for,
 * and a button to put one back (or take it out again). Putting back is a correction
 * (`body.restored`), sent by the caller; this module only draws and says which list to send.
 */

/** Message key of each removed line's kind (the record's kinds are identifiers, not UI text). */
const KIND_KEYS: Record<string, string> = {
  hotline: 'reportKindHotline',
  breadcrumb: 'reportKindBreadcrumb',
  'share-prompt': 'reportKindSharePrompt',
  'page-tools': 'reportKindPageTools',
  'error-report': 'reportKindErrorReport',
  copyright: 'reportKindCopyright',
  'legal-notice': 'reportKindLegalNotice',
  'site-operator': 'reportKindSiteOperator',
  'related-list': 'reportKindRelatedList',
  'companion-link': 'reportKindCompanionLink',
  'app-promo': 'reportKindAppPromo',
  'original-title': 'reportKindOriginalTitle',
  'prev-next': 'reportKindPrevNext',
  counter: 'reportKindCounter',
  'reaction-widget': 'reportKindReactionWidget',
  'read-aloud': 'reportKindReadAloud',
  'location-stamp': 'reportKindLocationStamp',
  'platform-disclaimer': 'reportKindPlatformDisclaimer',
  'empty-credit': 'reportKindEmptyCredit',
  'empty-label': 'reportKindEmptyLabel',
  'stray-markup': 'reportKindStrayMarkup',
  mojibake: 'reportKindMojibake',
  'punctuation-only': 'reportKindPunctuationOnly',
  custom: 'reportKindCustom',
  'link-list': 'reportKindLinkList',
  'furniture-class': 'reportKindFurnitureClass',
  'info-line': 'reportKindInfoLine',
  'info-table': 'reportKindInfoTable',
  byline: 'reportKindByline',
  'above-headline': 'reportKindAboveHeadline',
  'after-article': 'reportKindAfterArticle',
  'repeated-copy': 'reportKindRepeatedCopy',
  caption: 'reportKindCaption',
  'page-header': 'reportKindPageHeader',
  'disclosure-row': 'reportKindDisclosureRow',
  'editor-credit': 'reportKindEditorCredit',
};

export function kindLabel(kind: string): string {
  return t(KIND_KEYS[kind] ?? 'reportKindOther');
}

/**
 * `onChange` receives the whole list of put-back indices to send as the `body.restored`
 * correction; without it (no stored record to correct) the list is shown without buttons.
 */
export function renderRemovedLines(record: RecordSummary, onChange?: (restored: number[]) => void, open = false): HTMLElement | null {
  const removed = record.cleaning.removed ?? [];
  if (!removed.length) return null;
  const restored = restoredIndices(record);
  // In reading order: by the spot each line stood in, lines of unknown spot last.
  const order = removed.map((_, i) => i).sort((a, b) => (removed[a].at ?? Infinity) - (removed[b].at ?? Infinity) || a - b);
  const items = order.map((i) => {
    const line = removed[i];
    const back = restored.includes(i);
    const button = onChange
      ? h('button', { class: 'link', text: t(back ? 'takeOutAgain' : 'putBackLine'), attrs: { type: 'button', 'data-action': back ? 'take-out' : 'put-back' } })
      : null;
    button?.addEventListener('click', () => {
      button.disabled = true;
      onChange!(withRestored(restored, i, !back));
    });
    return h('li', { class: back ? 'restored' : '', attrs: { 'data-index': String(i), 'data-kind': line.kind } }, [
      h('span', { class: 'removed-kind', text: kindLabel(line.kind) }),
      h('span', { class: 'removed-text', text: line.text }),
      back ? h('span', { class: 'restored-mark', text: t('restoredMark') }) : null,
      button,
    ]);
  });
  const details = h('details', { class: 'removed' }, [h('summary', { text: t('showRemovedLines', [String(removed.length)]) }), h('ol', {}, items)]);
  if (open) details.setAttribute('open', '');
  return details;
}
