/** Small synthetic pages for the popup's end-to-end tests (invented text, no real page copied). */

const shell = (title: string, main: string, side = '') => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:sans-serif;margin:0}.wrap{display:flex;gap:24px;padding:16px}.main{flex:3}.side{flex:1;background:#f4f4f4;padding:12px}</style>
</head><body><div class="nav">首页 | 政务公开 | 新闻中心</div><div class="wrap"><div class="main">${main}</div><div class="side">${side}</div></div>
<div class="foot">主办单位：示例县人民政府办公室</div></body></html>`;

const directives = ['一', '二', '三', '四', '五', '六', '七']
  .map((n, i) => `${n}要抓好第${i + 1}项重点工作，细化任务分工，明确完成时限，确保各项措施落到实处。`)
  .join('');

export const MEETING_MANY_DIRECTIVES = shell(
  '示例县召开安全生产工作会议',
  `<h1>示例县召开安全生产工作会议</h1>
   <div class="info">发布时间：2024-03-08 10:15　来源：示例县融媒体中心</div>
   <div id="text">
   <p>3月7日下午，示例县召开安全生产工作会议，县委副书记、县长方启明出席会议并讲话，副县长陶若谷主持会议。</p>
   <p>县领导严书恒、柯文澜出席会议。</p>
   <p>方启明强调，${directives}</p>
   <p>会议要求，各乡镇、各部门要把安全生产摆在突出位置，坚决防范遏制重特大事故发生。</p>
   <p class="drop-me">扫一扫在手机上查看当前页面这段话只是页面杂项。</p>
   </div>
   <div class="editor">责任编辑：罗一鸣</div>`,
  `<div id="side-block"><h3>县长信箱回复选登</h3>
   <p>关于城区停车难问题的回复：县住建局已会同交警大队新增公共停车泊位三百余个，并将在老城区试点错峰共享停车。</p>
   <p>关于农村道路照明的回复：今年将在十二个行政村新装太阳能路灯，预计六月底前完成安装调试。</p></div>`,
);

export const LONG_WORDS = shell(
  'ＡＢＣ示例超长标题'.repeat(3),
  `<h1>${'超长不换行的文件编号ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.repeat(4)}</h1>
   <div class="info">发布时间：2024-01-02　来源：${'很长的来源名称'.repeat(8)}</div>
   <div><p>${'https://www.example.gov.cn/very/long/path/without/any/break/'.repeat(4)}这是一段正文，用来检查弹窗不会被撑宽。</p>
   <p>第二段正文说明了工作安排，并要求相关单位认真落实，按时报送进展情况。</p></div>`,
);

export const LIST_PAGE = shell(
  '政务要闻_示例县人民政府',
  `<h2>政务要闻</h2><ul class="list">${Array.from({ length: 20 }, (_, i) =>
    `<li><a href="/a${i}.html">示例县召开第${i + 1}次专题会议研究部署相关工作</a><span>2024-02-${String(i + 1).padStart(2, '0')}</span></li>`).join('')}</ul>
   <div class="pages">首页 上一页 1 2 3 下一页 尾页</div>`,
);

export const TRADITIONAL_PAGE = shell(
  '示例市舉行防災演練',
  `<h1>示例市舉行防災演練</h1>
   <div class="info">發布時間：2024-06-01 15:20　來源：示例市政府新聞處</div>
   <div><p>6月1日上午，示例市在濱海區舉行年度防災綜合演練，模擬颱風來襲時的人員疏散與物資調度。</p>
   <p>演練結束後，相關部門檢討了通訊聯絡、交通管制與收容安置等環節，並提出改進措施。</p>
   <p>市政府表示，將持續強化社區防災能力，確保災害發生時能迅速應變。</p></div>`,
);

/** A page about web-security rules: its paragraphs name tags as text; a share prompt sits in the text. */
export const MARKUP_AS_TEXT = shell(
  '示例市解读政府网站页面安全规范',
  `<h1>示例市解读政府网站页面安全规范</h1>
   <div class="info">发布时间：2024-05-10 09:30　来源：示例市网信办</div>
   <div id="text">
   <p>近日，示例市网信办就政府网站页面安全规范作出解读，对网页开发中的常见风险逐条说明。</p>
   <p>规范要求，页面中不得通过&lt;script&gt;标签加载来源不明的外部脚本</p>
   <p>&lt;img&gt;标签须写明替代文字</p>
   <p>规范还要求各单位每季度开展一次安全自查，发现问题及时整改，并将整改情况报市网信办备案。</p>
   <p>扫一扫在手机打开当前页</p>
   </div>
   <div class="editor">责任编辑：何一鸣</div>`,
);

/** A report with a spaced byline and a photo whose 图为… caption is printed under it. */
export const PHOTO_CAPTION = shell(
  '示例市开展汛前安全检查',
  `<h1>示例市开展汛前安全检查</h1>
   <div class="byline">记者 林晓岚　摄影 周默</div>
   <div class="info">发布时间：2024-06-03 10:00　来源：示例日报</div>
   <div id="text">
   <p>6月2日，示例市防汛抗旱指挥部组织检查组，对城区地下通道、低洼路段和在建工地开展汛前检查。</p>
   <p style="text-align:center"><img src="/images/jc01.jpg" alt="检查组查看排水泵站" width="400" height="260"></p>
   <p style="text-align:center">图为检查组在示例路地下通道查看排水泵站运行情况。</p>
   <p>检查组要求，各责任单位要对照问题清单逐项整改，6月10日前完成整改销号。</p>
   <p>据悉，今年全市共排查各类防汛隐患一百二十处，已整改一百零五处，其余正在整改。</p>
   </div>`,
);
