import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';

/** Extraction must give the same answer on both DOMs the project runs on in Node. */
export const DOMS: Array<[string, (html: string) => Document]> = [
  ['linkedom', (html) => parseHTML(html).document],
  ['jsdom', (html) => new JSDOM(html).window.document],
];

/** A small government-style article page; `extra` goes after the article container. */
export function govPage(opts: { head?: string; before?: string; body?: string; after?: string; title?: string } = {}): string {
  const title = opts.title ?? '市政府召开常务会议 研究部署安全生产工作';
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>${title}_政务要闻_示例市人民政府</title>${opts.head ?? ''}</head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li><li><a href="/b">政务服务</a></li><li><a href="/c">互动交流</a></li></ul></div>
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/a">政务要闻</a></div>
<div class="main">
  <h1>${title}</h1>
  ${opts.before ?? '<div class="info">发布时间：2024-05-15 08:58 来源：示例日报 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> <a href="#">打印</a></div>'}
  <div class="TRS_Editor">
    ${
      opts.body ??
      `<p>5月14日，市政府召开常务会议，研究部署当前安全生产工作。会议强调，要坚持人民至上、生命至上，压紧压实各方责任。</p>
    <p>会议指出，当前正值汛期，各地各部门要加强隐患排查整治，完善应急预案，确保群众生命财产安全。</p>
    <p>会议还研究了其他事项，要求各区县结合实际抓好贯彻落实，切实把各项措施落到实处。</p>`
    }
  </div>
  <div class="editor">（责任编辑：王小明 AB055）</div>
</div>
${opts.after ?? ''}
<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">全市防汛工作会议召开</a> 2024-05-10</li><li><a href="/2">市领导调研安全生产</a> 2024-05-09</li></ul></div>
<div class="footer">版权所有：示例市人民政府办公室 ICP备00000000号</div>
</body></html>`;
}
