import { convertRecord, detectScript } from '../../../src/core/script';
import { buildRecord } from '../../../src/core/buildRecord';
import { pageInputFromText } from '../../../src/core/textCapture';

/** A fixed capture clock after every date the tests print (a publish date after the capture is refused). */
const FIXED_NOW = new Date('2026-12-01T00:00:00Z');

describe('detectScript', () => {
  test.each([
    ['市政府召开常务会议，研究部署经济发展工作。', 'simplified'],
    ['市政府召開常務會議，研究部署經濟發展工作。', 'traditional'],
    ['市政府召開常務會議，研究部署经济发展工作，强调认真落实。', 'mixed'],
    ['123 abc', 'unknown'],
  ])('%s → %s', (text, kind) => expect(detectScript(text)).toBe(kind));
});

describe('output script conversion (converters loaded lazily)', () => {
  const text = ['市政府召開常務會議', '發布時間:2019年03月02日', '3月2日，市長周敏主持召開常務會議，研究部署經濟發展工作。市領導何立、陶然出席會議。'].join(
    '\n',
  );
  test('simplified output converts every field, names included', async () => {
    const r = await buildRecord(pageInputFromText(text), { outputScript: 'simplified', now: FIXED_NOW });
    expect(r.title).toBe('市政府召开常务会议');
    expect(r.body[0].text).toContain('市长周敏主持召开常务会议');
    expect(r.meeting?.attendees.map((a) => a.name)).toEqual(['何立', '陶然']);
    expect(r.meeting?.host?.titles).toEqual(['市长']);
    expect(r.script).toEqual({ detected: 'traditional', output: 'simplified' });
    expect(r.cleaning.convertedTo).toBe('simplified');
  });
  test('attachment names, related titles and disclosure facts are converted; addresses are not', async () => {
    const input = pageInputFromText(text);
    input.blocks.splice(1, 0, { text: '發文機關：某市人民政府', kind: 'paragraph' }, { text: '發文字號：某府發〔2024〕3號', kind: 'paragraph' });
    const r = await buildRecord(input, { outputScript: 'simplified', now: FIXED_NOW });
    expect(r.disclosure?.issuer).toEqual({ label: '发文机关', value: '某市人民政府' });
    expect(r.disclosure?.docNo?.value).toBe('某府发〔2024〕3号');
    const converted = await convertRecord(
      {
        ...r,
        attachments: [{ name: '實施細則.pdf', url: 'https://a.gov.cn/實施.pdf', type: 'pdf' }],
        related: [{ title: '政策解讀', url: 'https://a.gov.cn/解讀.html' }],
      },
      'simplified',
    );
    expect(converted.attachments).toEqual([{ name: '实施细则.pdf', url: 'https://a.gov.cn/實施.pdf', type: 'pdf' }]);
    expect(converted.related).toEqual([{ title: '政策解读', url: 'https://a.gov.cn/解讀.html' }]);
  });

  test('removed lines and figure captions are converted too: what is put back reads in the chosen script', async () => {
    const page = [
      '市政府召開常務會議',
      '發布時間:2019年03月02日',
      '3月2日，市長周敏主持召開常務會議，研究部署經濟發展工作。',
      '圖為會議現場。',
      '掃一掃在手機打開當前頁',
      '會議要求，各部門要認真落實會議精神，確保各項工作落到實處。',
    ].join('\n');
    const r = await buildRecord(pageInputFromText(page), { outputScript: 'simplified', now: FIXED_NOW });
    expect(r.figures).toEqual([{ src: null, alt: '', caption: '图为会议现场。' }]);
    expect(r.cleaning.removed?.map((x) => x.text)).toContain('图为会议现场。');
  });

  test('traditional output from a simplified page', async () => {
    const r = await buildRecord(pageInputFromText('市政府召开常务会议\n发布时间:2019年03月02日\n3月2日，市长周敏主持召开常务会议，研究部署经济发展工作。'), {
      outputScript: 'traditional-tw',
      now: FIXED_NOW,
    });
    expect(r.title).toBe('市政府召開常務會議');
    expect(r.meeting?.host?.titles).toEqual(['市長']);
  });
  test('original output leaves the record alone', async () => {
    const r = await buildRecord(pageInputFromText(text), { now: FIXED_NOW });
    expect(await convertRecord(r, 'original')).toBe(r);
    expect(r.cleaning.convertedTo).toBeNull();
  });
  test('the content hash is of the stored body: same settings, same hash; another output script, another hash', async () => {
    const a = await buildRecord(pageInputFromText(text), { now: FIXED_NOW });
    const b = await buildRecord(pageInputFromText(text), { outputScript: 'simplified', now: FIXED_NOW });
    const again = await buildRecord(pageInputFromText(text), { outputScript: 'simplified', now: new Date(1) });
    expect(b.contentHash).toBe(again.contentHash);
    expect(b.id).toBe(again.id);
    expect(a.contentHash).not.toBe(b.contentHash);
  });
});
