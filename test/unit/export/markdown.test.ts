import { parse } from 'yaml';
import { escapeMarkdown, recordToMarkdown, recordsToMarkdown } from '../../../src/core/export/markdown';
import { applyCorrections } from '../../../src/core/corrections';
import { sampleRecord } from './sampleRecord';

describe('Markdown export', () => {
  test('reads as an article: title, deck, metadata, summary, meeting, body, documents', () => {
    const md = recordToMarkdown(sampleRecord());
    expect(md).toContain('\n---\n\n# 市政府召开常务会议\n');
    expect(md).toContain('*坚持稳中求进*');
    expect(md).toContain('- 来源：示例日报');
    expect(md).toContain('- 作者：李华（记者）、张伟（摄影）');
    expect(md).toContain('- 主持：市长 张三');
    expect(md).toContain('- 出席：秘书长、办公厅主任 王五');
    expect(md).toContain('1. 抓好春耕备耕\n2. 确保粮食安全');
    expect(md).toContain('### 一、总体要求');
    expect(md).toContain('| 项目 | 金额 |\n| --- | --- |\n| 合计 | 100 |');
    expect(md).toContain('## 关于做好春季农业生产的通知');
    expect(md).toContain('[http://127.0.0.1/news/2024/0315/article.html](http://127.0.0.1/news/2024/0315/article.html)');
    expect(md.indexOf('## 摘要')).toBeLessThan(md.indexOf('## 正文'));
  });

  test('page markup stays text: no raw HTML, links or images survive', () => {
    const hostile = '<img src=x onerror=alert(1)> [点我](javascript:alert(1)) ![x](http://t/x.png) &#60;b&#62;';
    // The front matter is YAML data, shown as text by what reads it; the Markdown after it is checked here.
    const md = recordToMarkdown(sampleRecord({ title: hostile, body: [{ text: hostile, kind: 'paragraph' }] })).replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(md).not.toMatch(/(^|[^\\])</);
    expect(md).not.toMatch(/(^|[^\\])\[点我/);
    expect(md).not.toMatch(/(^|[^\\])&#60;/);
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
  });

  test('line starts that would open a block are escaped', () => {
    expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMarkdown('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeMarkdown('1. 不是编号')).toBe('1\\. 不是编号');
    expect(escapeMarkdown('    缩进不是代码')).toBe('缩进不是代码');
    expect(escapeMarkdown('甲\n> 乙')).toBe('甲  \n\\> 乙');
  });

  test("the document's facts, attachments and related links, page text escaped and only web links linked", () => {
    const md = recordToMarkdown(sampleRecord());
    expect(md).toContain('## 文件信息\n\n- 索引号：11330000MB0000000X/2024-00012\n- 发布机构：示例市人民政府办公室\n- 发文字号：示政办发〔2024〕12号');
    expect(md).toContain('## 附件\n\n- [1\\.春季农业生产重点任务清单.pdf](http://127.0.0.1/news/2024/0315/P020240315001.pdf)（pdf）');
    expect(md).toContain('## 相关链接\n\n- [图解：春季农业生产工作要点](http://127.0.0.1/news/2024/0316/jd.html)');
    const hostile = recordToMarkdown(sampleRecord({ attachments: [{ name: '[x](javascript:alert(1))', url: 'javascript:alert(1)', type: 'pdf' }] }));
    expect(hostile).not.toMatch(/(^|[^\\])\]\(javascript/);
    expect(recordToMarkdown(sampleRecord(), ['title', 'body'])).not.toContain('## 附件');
  });

  test('an article read over several pages links each page', () => {
    const md = recordToMarkdown(sampleRecord({ pages: ['http://www.example.gov.cn/a.html', 'http://www.example.gov.cn/a_2.html', 'javascript:alert(1)'] }));
    expect(md).toContain('- 分页：共 3 页（[1](http://www.example.gov.cn/a.html) [2](http://www.example.gov.cn/a_2.html) 3 javascript:alert\\(1\\)）');
    expect(recordToMarkdown(sampleRecord())).not.toContain('分页');
  });

  test('only http(s) original links become links', () => {
    expect(recordToMarkdown(sampleRecord({ url: 'javascript:alert(1)' }))).toContain('- 原文：javascript:alert\\(1\\)');
  });

  test('preformatted text is fenced longer than any backtick run inside it', () => {
    const md = recordToMarkdown(sampleRecord({ body: [{ text: 'a ``` b', kind: 'preformatted' }] }));
    expect(md).toContain('````text\na ``` b\n````');
  });

  test('non-articles say so; many records are separated by rules', () => {
    const md = recordsToMarkdown([sampleRecord({ isArticle: false, notArticleReason: 'list page' }), sampleRecord({ title: '第二篇' })]);
    expect(md).toContain('> 非文章页面：list page');
    expect(md).toContain('\n---\n\n# 第二篇');
    expect(md.match(/^---\ntitle: /gm)).toHaveLength(2);
  });

  describe('front matter', () => {
    const props = (md: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]) as Record<string, unknown>;

    test('title, date, source, url, authors and tags as Obsidian properties', () => {
      const p = props(recordToMarkdown(sampleRecord(), undefined, { utcOffsetMinutes: 480 }));
      expect(p).toMatchObject({
        title: '市政府召开常务会议',
        date: '2024-03-14T18:59:00+08:00',
        source: '示例日报',
        url: 'http://127.0.0.1/news/2024/0315/article.html',
        authors: ['李华', '张伟'],
        tags: ['春耕', '待核实'],
        captured: '2024-03-15T16:30:00+08:00',
        note: '与3月12日通知对照。\n第二段引用了省里的文件。',
      });
    });

    test('dates are local time with their offset, never escaped, the capture not in UTC', () => {
      const md = recordToMarkdown(sampleRecord(), undefined, { utcOffsetMinutes: 480 });
      expect(md).not.toContain('\\+08:00');
      expect(md).toContain('- 发布时间：2024-03-14 18:59 (+08:00)');
      expect(md).toContain('- 采集时间：2024-03-15 16:30 (+08:00)');
      expect(md).not.toContain('08:30:00.000Z');
      expect(props(recordToMarkdown(sampleRecord(), undefined, { utcOffsetMinutes: -300 })).captured).toBe('2024-03-15T03:30:00-05:00');
    });

    test('page text cannot break out of the front matter', () => {
      const title = 'a: b\n---\nurl: javascript:alert(1) #x';
      const p = props(recordToMarkdown(sampleRecord({ title, tags: ['带 空格', '#井号'] })));
      expect(p.title).toBe('a: b --- url: javascript:alert(1) #x');
      expect(p.url).toBe('http://127.0.0.1/news/2024/0315/article.html');
      expect(p.tags).toEqual(['带-空格', '井号']);
    });

    test('a correction shows in the front matter and the text, not the extracted value', () => {
      const md = recordToMarkdown(applyCorrections(sampleRecord(), { source: '示例电视台', publishedAt: '2024年3月13日' }));
      expect(props(md)).toMatchObject({ source: '示例电视台', date: '2024-03-13' });
      expect(md).toContain('- 来源：示例电视台');
      expect(md).not.toContain('示例日报');
    });
  });
});

test('captions taken out of the body are read under 图片, linked to their image', () => {
  const md = recordToMarkdown(sampleRecord());
  expect(md).toContain('## 图片\n\n- [图为会议现场。](http://127.0.0.1/news/2024/0315/p1.jpg)\n- \\=图为春耕现场（摄影 张伟）');
  expect(recordToMarkdown(sampleRecord({ figures: undefined }))).not.toContain('## 图片');
});
