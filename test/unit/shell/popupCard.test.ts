/** @jest-environment jsdom */
import { renderCard, foldingList, formatDate, FOLD_AFTER } from '../../../popup/card';
import { changedAnnotations, changedDisclosure, changedFields, disclosureRows, openEditor, parsePerson, personText } from '../../../popup/editor';
import { describeError } from '../../../popup/errors';
import { targetTabId } from '../../../popup/tabTarget';
import { CaptureError } from '../../../src/messaging/errors';
import type { CorrectableField } from '../../../src/messaging/protocol';
import { sampleRecord } from './recordFixture';
import { applyCorrections } from '../../../src/core/corrections';

describe('popup card', () => {
  test('page text is shown as text, never parsed as markup', () => {
    const hostile = '<img src=x onerror="globalThis.__pwned=1">标题';
    const card = renderCard(sampleRecord({ title: hostile, source: '<script>x()</script>', summary: ['<b>粗体</b>'] }));
    document.body.replaceChildren(card);
    expect(card.querySelector('.title')!.textContent).toBe(hostile);
    expect(card.querySelectorAll('img, script, b').length).toBe(0);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  test('lists the disclosure facts under their printed labels, attachments and related links; only web addresses become links', () => {
    const card = renderCard(
      sampleRecord({
        disclosure: { docNo: { label: '發文字號', value: '某府發〔2024〕3號' }, indexNo: { label: '索 引 号', value: '1/2024-1' } },
        attachments: [
          { name: '申报指南.pdf', url: 'http://a.gov.cn/1.pdf', type: 'pdf' },
          { name: '<b>表</b>', url: 'javascript:alert(1)', type: 'xlsx' },
        ],
        related: [{ title: '政策解读', url: 'https://a.gov.cn/jd.html' }],
      }),
    );
    document.body.replaceChildren(card);
    expect([...card.querySelectorAll('.disclosure dt')].map((d) => d.textContent)).toEqual(['發文字號', '索 引 号']);
    expect(card.querySelector('.disclosure dd')!.textContent).toBe('某府發〔2024〕3號');
    const links = [...card.querySelectorAll('.attachments a')] as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['http://a.gov.cn/1.pdf']);
    expect(card.querySelector('.attachments')!.textContent).toContain('<b>表</b>');
    expect(card.querySelectorAll('b').length).toBe(0);
    expect(card.querySelector('.related a')!.getAttribute('href')).toBe('https://a.gov.cn/jd.html');
    expect(renderCard(sampleRecord()).querySelector('.attachments, .related, .disclosure')).toBeNull();
  });

  test('shows meeting host, attendees with titles and numbered directives', () => {
    const card = renderCard(sampleRecord());
    expect(card.querySelector('.meeting')!.textContent).toContain('王五（副市长）');
    expect(card.querySelector('.meeting')!.textContent).toContain('赵六（秘书长）');
    expect(card.querySelectorAll('.directives li').length).toBe(2);
  });

  test('a corrected field shows the correction, marked, with the extracted value kept in the hint', () => {
    const card = renderCard(applyCorrections(sampleRecord(), { title: '新标题' }));
    const title = card.querySelector('.title')!;
    expect(title.textContent).toContain('新标题');
    expect(title.querySelector('.corrected')).not.toBeNull();
    expect(card.querySelector('[data-field="source"] .corrected')).toBeNull();
  });

  test('a field graded low is marked for checking; high, medium and corrected ones are not', () => {
    const card = renderCard(sampleRecord({ confidence: { title: 'high', publishedAt: 'low', source: 'medium' } }));
    expect(card.querySelector('[data-field="publishedAt"] .uncertain')).not.toBeNull();
    expect(card.querySelector('[data-field="source"] .uncertain')).toBeNull();
    expect(card.querySelector('.title .uncertain')).toBeNull();
    const checked = renderCard(applyCorrections(sampleRecord({ confidence: { publishedAt: 'low' } }), { publishedAt: '2024-03-05' }));
    expect(checked.querySelector('[data-field="publishedAt"] .uncertain')).toBeNull();
  });

  test('long lists fold after a few items, numbering continues', () => {
    const items = Array.from({ length: FOLD_AFTER + 3 }, (_, i) => `第${i + 1}项`);
    const list = foldingList(items, true);
    expect(list.querySelectorAll(':scope > ol > li').length).toBe(FOLD_AFTER);
    const rest = list.querySelector('details ol')!;
    expect(rest.children.length).toBe(3);
    expect(rest.getAttribute('start')).toBe(String(FOLD_AFTER + 1));
    expect(foldingList(items.slice(0, FOLD_AFTER)).querySelector('details')).toBeNull();
  });

  test('dates show the page clock, not the machine zone', () => {
    expect(formatDate('2024-05-16T18:30:00+08:00')).toBe('2024-05-16 18:30');
    expect(formatDate('2024-05-16')).toBe('2024-05-16');
  });
});

describe('popup editor', () => {
  test('only changed fields are sent; people are edited with their titles', () => {
    const record = sampleRecord();
    const edited = new Map<CorrectableField, string>([
      ['title', record.title!],
      ['source', '示例电视台'],
      ['meeting.attendees', '赵六（秘书长、办公厅主任）\n钱七'],
      ['meeting.host', '王五（副市长）'],
    ]);
    expect(changedFields(record, edited)).toEqual({
      source: '示例电视台',
      'meeting.attendees': [
        { name: '赵六', titles: ['秘书长', '办公厅主任'] },
        { name: '钱七', titles: [] },
      ],
    });
  });

  test('the disclosure rows: the facts the record holds, then the common ones it lacks; the whole table travels when a row changed', () => {
    const record = sampleRecord({
      disclosure: { topic: { label: '主题分类', value: '政务公开' }, docNo: { label: '发文字号', value: '示政办发〔2024〕12号' } },
    });
    expect(disclosureRows(record)).toEqual(['indexNo', 'issuer', 'docNo', 'writtenAt', 'publishedAt', 'topic']);
    expect(disclosureRows(sampleRecord({ disclosure: null }))).toEqual(['indexNo', 'issuer', 'docNo', 'writtenAt', 'publishedAt']);
    const rows = (over: Record<string, string>) =>
      new Map(
        Object.entries({ indexNo: '', issuer: '', docNo: '示政办发〔2024〕12号', writtenAt: '', publishedAt: '', topic: '政务公开', ...over }),
      ) as Parameters<typeof changedDisclosure>[1];
    expect(changedDisclosure(record, rows({ docNo: ' 示政办发〔2024〕12号 ' }))).toBeNull();
    expect(changedDisclosure(record, rows({ writtenAt: '2024年5月2日' }))).toEqual({
      docNo: '示政办发〔2024〕12号',
      writtenAt: '2024年5月2日',
      topic: '政务公开',
    });
    expect(changedDisclosure(record, rows({ topic: '' }))).toEqual({ docNo: '示政办发〔2024〕12号' });
    // The form: open where the page printed a table, folded on a page without one.
    const form = (r: ReturnType<typeof sampleRecord>) => {
      const box = document.createElement('div');
      openEditor(box, r, () => Promise.resolve());
      return box.querySelector('details.disclosure-edit') as HTMLDetailsElement;
    };
    expect(form(record).open).toBe(true);
    expect((form(record).querySelector('input[name="disclosure.docNo"]') as HTMLInputElement).value).toBe('示政办发〔2024〕12号');
    expect(form(sampleRecord({ disclosure: null })).open).toBe(false);
    expect(form(sampleRecord({ disclosure: null })).querySelectorAll('input').length).toBe(5);
  });

  test('a corrected or added disclosure fact is marked on the card, with what the page said', () => {
    const page = { docNo: { label: '发文字号', value: '示政办发〔2024〕12号' }, issuer: { label: '发布机构', value: '示例市人民政府办公室' } };
    const card = renderCard(
      applyCorrections(sampleRecord({ disclosure: page }), {
        disclosure: { docNo: '示政办发〔2024〕13号', issuer: page.issuer.value, writtenAt: '2024年5月2日' },
      }),
    );
    const dd = (key: string) => card.querySelector(`.disclosure dd[data-disclosure="${key}"]`)!;
    expect(dd('docNo').textContent).toContain('示政办发〔2024〕13号');
    expect(dd('docNo').querySelector('.corrected')?.getAttribute('title')).toBeTruthy();
    expect(dd('writtenAt').textContent).toContain('2024年5月2日');
    expect(dd('writtenAt').querySelector('.corrected')).not.toBeNull();
    expect(dd('issuer').querySelector('.corrected')).toBeNull();
  });

  test('a person reads back as written: name（title、title）, brackets of either width', () => {
    expect(parsePerson('张三（市委书记、市长）')).toEqual({ name: '张三', titles: ['市委书记', '市长'] });
    expect(parsePerson('李四 (副市长, 秘书长)')).toEqual({ name: '李四', titles: ['副市长', '秘书长'] });
    expect(parsePerson('王五')).toEqual({ name: '王五', titles: [] });
    expect(parsePerson('  ')).toBeNull();
    const host = { name: '孙八', titles: ['市长'] };
    expect(parsePerson(personText(host))).toEqual(host);
  });

  test('tags and note travel only when changed', () => {
    const record = sampleRecord({ tags: ['防汛'], note: '待核实' });
    expect(changedAnnotations(record, '防汛', '待核实')).toBeNull();
    expect(changedAnnotations(record, '防汛，应急; 会议', '待核实')).toEqual({ tags: ['防汛', '应急', '会议'], note: '待核实' });
  });

  test('the card shows tags and note as text', () => {
    const card = renderCard(sampleRecord({ tags: ['<b>防汛</b>', '应急'], note: '第一行\n第二行' }));
    expect([...card.querySelectorAll('.tags li')].map((li) => li.textContent)).toEqual(['<b>防汛</b>', '应急']);
    expect(card.querySelector('.tags b')).toBeNull();
    expect(card.querySelector('.note')?.textContent).toBe('第一行\n第二行');
  });
});

describe('popup plumbing', () => {
  test('errors map to a message key by code, with the detail kept', () => {
    expect(describeError(new CaptureError('restricted-page', 'chrome://'))).toEqual({
      key: 'errorRestricted',
      hintKey: 'errorRestrictedHint',
      detail: 'chrome://',
    });
    expect(describeError(new CaptureError('cancelled', 'esc'))).toEqual({ key: 'errorCancelled', hintKey: null, detail: 'esc' });
    expect(describeError(new Error('boom'))).toEqual({ key: 'errorInternal', hintKey: 'errorInternalHint', detail: 'boom' });
  });

  test('an explicit tab id wins over the active tab', async () => {
    expect(await targetTabId('?tabId=42')).toBe(42);
    expect(await targetTabId('?tabId=abc')).toBe(1);
    expect(await targetTabId('')).toBe(1);
  });
});

describe('removed lines on the card', () => {
  const base = sampleRecord();
  const withRemoved = (corrections?: Record<string, unknown>) =>
    sampleRecord({
      cleaning: {
        ...base.cleaning,
        removed: [
          { text: '扫一扫在手机打开', kind: 'share-prompt', at: 2 },
          { text: '网页中不得使用<script>标签', kind: 'stray-markup', at: 1 },
        ],
      },
      corrections,
    });

  test('folded behind a toggle, in reading order, each with its kind, as text', () => {
    const card = renderCard(withRemoved());
    const details = card.querySelector('details.removed')!;
    expect(details.hasAttribute('open')).toBe(false);
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.removed-text')!.textContent)).toEqual(['网页中不得使用<script>标签', '扫一扫在手机打开']);
    expect(items.map((li) => li.dataset.kind)).toEqual(['stray-markup', 'share-prompt']);
    expect(card.querySelectorAll('script').length).toBe(0);
    // Without a record to correct, no buttons.
    expect(details.querySelectorAll('button').length).toBe(0);
  });

  test('putting a line back sends the whole list; a line put back offers to take it out again', () => {
    const sent: number[][] = [];
    const card = renderCard(withRemoved(), { onRestore: (r) => sent.push(r) });
    (card.querySelector('li[data-index="1"] button') as HTMLButtonElement).click();
    expect(sent).toEqual([[1]]);
    const again = renderCard(withRemoved({ 'body.restored': [1] }), { onRestore: (r) => sent.push(r), removedOpen: true });
    const li = again.querySelector('li[data-index="1"]')!;
    expect(li.classList.contains('restored')).toBe(true);
    expect(again.querySelector('details.removed')!.hasAttribute('open')).toBe(true);
    (li.querySelector('button') as HTMLButtonElement).click();
    expect(sent[1]).toEqual([]);
  });

  test('no removed lines, no toggle; figures are listed by caption', () => {
    const card = renderCard(
      sampleRecord({
        figures: [
          { src: 'http://127.0.0.1/p.jpg', alt: '会场', caption: '图为会场。' },
          { src: null, alt: '', caption: null },
        ],
      }),
    );
    expect(card.querySelector('details.removed')).toBeNull();
    expect([...card.querySelectorAll('.figures li')].map((li) => li.textContent)).toEqual(['图为会场。', 'figureNoCaption']);
  });
});
