import { escapeMarkdown, recordToMarkdown, recordsToMarkdown } from '../../../src/core/export/markdown';
import { sampleRecord } from './sampleRecord';

describe('Markdown export', () => {
  test('reads as an article: title, deck, metadata, summary, meeting, body, documents', () => {
    const md = recordToMarkdown(sampleRecord());
    expect(md.startsWith('# 市政府召开常务会议 研究部署春季农业生产工作\n')).toBe(true);
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
    const md = recordToMarkdown(sampleRecord({ title: hostile, body: [{ text: hostile, kind: 'paragraph' }] }));
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
  });
});

test('captions taken out of the body are read under 图片, linked to their image', () => {
  const md = recordToMarkdown(sampleRecord());
  expect(md).toContain('## 图片\n\n- [图为会议现场。](http://127.0.0.1/news/2024/0315/p1.jpg)\n- \\=图为春耕现场（摄影 张伟）');
  expect(recordToMarkdown(sampleRecord({ figures: undefined }))).not.toContain('## 图片');
});
