import { readPageLinks } from '../../../src/core/links';
import { extractPage } from '../../../src/extract/extractPage';
import { DOMS, govPage } from './doms';

const URL = 'https://example.gov.cn/art/2024/5/15/a.html';

describe.each(DOMS)('the links a capture reads on %s', (_name, parse) => {
  const body = `<p>5月14日，市政府召开常务会议，研究部署当前安全生产工作。详见<a href="/zcwj/202405/t1.html">某某办法</a>和<a href="/tags/aq">安全生产</a>专题。</p>
    <p>会议指出，要加强隐患排查整治，完善应急预案。具体安排见<a href="files/P0202405.pdf">工作方案</a>，报名请填写<a href="/down?id=3">报名表.docx</a>。</p>
    <p>会议还研究了其他事项，要求各区县结合实际抓好贯彻落实，切实把各项措施落到实处。</p>`;
  const after = `<div class="attach"><p>附件：</p><ul><li><a href="/download?id=9">申报书</a></li></ul></div>
    <div class="jd"><p>相关解读</p><ul><li><a href="/jd/1.html">一图读懂某某办法</a></li></ul></div>`;

  it('keeps only links that can be an attachment or a related document, and the core reads the same from them', () => {
    const input = extractPage(parse(govPage({ body, after })), URL);
    const urls = (input.links ?? []).map((l) => l.url);
    // Links to other pages and tags are left in the page: they can be neither.
    expect(urls).not.toContain('https://example.gov.cn/zcwj/202405/t1.html');
    expect(urls).not.toContain('https://example.gov.cn/tags/aq');
    const { attachments, related } = readPageLinks(input.links);
    expect(attachments).toEqual([
      { name: '工作方案', url: 'https://example.gov.cn/art/2024/5/15/files/P0202405.pdf', type: 'pdf' },
      { name: '报名表.docx', url: 'https://example.gov.cn/down?id=3', type: 'docx' },
      { name: '申报书', url: 'https://example.gov.cn/download?id=9', type: 'file' },
    ]);
    expect(related).toEqual([{ title: '一图读懂某某办法', url: 'https://example.gov.cn/jd/1.html' }]);
  });
});
