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
  `<h2>政务要闻</h2><ul class="list">${Array.from(
    { length: 20 },
    (_, i) => `<li><a href="/a${i}.html">示例县召开第${i + 1}次专题会议研究部署相关工作</a><span>2024-02-${String(i + 1).padStart(2, '0')}</span></li>`,
  ).join('')}</ul>
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

/** A meeting report with a headline too long for one line (for the edit form and the exports). */
export const LONG_TITLE_MEETING = shell(
  '示例市召开城市更新工作推进会_示例市人民政府',
  `<h1>示例市召开城市更新和老旧小区改造工作推进会议暨年度重点项目集中调度会议</h1>
   <div class="info">发布时间：2024-06-05 09:00　来源：示例市融媒体中心</div>
   <div id="text">
   <p>6月4日上午，示例市召开城市更新和老旧小区改造工作推进会议，市委副书记、市长林清远主持会议。</p>
   <p>副市长周若川出席会议并讲话。市领导韩知秋、沈望舒出席会议。</p>
   <p>会议强调，要坚持规划引领，统筹推进老旧小区改造和完整社区建设，切实改善群众居住条件。</p>
   <p>会议要求，各区、各部门要压实工作责任，加快项目建设进度，确保年度目标任务按期完成。</p>
   </div>`,
);

/** A second article, never captured before the capture-all test. */
export const SECOND_ARTICLE = shell(
  '示例县部署夏季防汛工作_示例县人民政府',
  `<h1>示例县部署夏季防汛工作</h1>
   <div class="info">发布时间：2024-06-06 16:40　来源：示例县应急管理局</div>
   <div><p>6月6日，示例县召开防汛工作部署会，安排主汛期前各项准备工作。</p>
   <p>会议要求，各乡镇要开展隐患排查，落实物资储备和值班值守，确保安全度汛。</p>
   <p>会上，县水利局、县气象局分别通报了汛期形势和雨情预测。</p></div>`,
);

/** A page with a site's frame and nothing in it: no article to store. */
export const EMPTY_PAGE = shell('示例县人民政府', '', '');
/** A 通知 with three attachments of different kinds under its text, a 相关解读 box, and a footer file link that is the site's. */
export const NOTICE_WITH_ATTACHMENTS = shell(
  '关于开展2024年度青年人才计划申报工作的通知_示例市科学技术局',
  `<h1>关于开展2024年度青年人才计划申报工作的通知</h1>
   <div class="info">发布时间：2024-04-02　来源：示例市科学技术局</div>
   <div class="article">
   <p>各区科技主管部门，各有关单位：</p>
   <p>为加快培育青年科技人才，现组织开展2024年度青年人才计划申报工作。申报单位应于2024年4月30日前通过网上系统提交材料，逾期不予受理。</p>
   <p>申报人须具有博士学位或副高级以上职称，年龄不超过35周岁，近三年主持过市级以上科研项目。各单位要严格审核，确保材料真实完整。</p>
   <p style="text-align:right">示例市科学技术局</p><p style="text-align:right">2024年4月2日</p>
   </div>
   <div class="attach"><p>附件：</p><ul>
   <li><a href="files/P020240402311.pdf">1.2024年度青年人才计划申报指南.pdf</a></li>
   <li><a href="files/P020240402312.docx">2.青年人才计划申报书</a></li>
   <li><a href="/download?id=313">3.推荐汇总表.xlsx</a></li>
   </ul></div>
   <div class="related"><h3>相关解读</h3><ul>
   <li><a href="/zcjd/901.html">一图读懂2024年度青年人才计划</a></li>
   <li><a href="/zcjd/902.html">答记者问：青年人才计划申报有哪些新变化</a></li>
   </ul></div>`,
  `<div class="side-links"><a href="/files/ad-rates.pdf">广告服务</a></div>`,
);

/** A 政府信息公开 page whose facts are a table above the document, as label：value cells. */
export const DISCLOSURE_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>示例市人民政府办公室关于印发数字政府建设实施方案的通知</title></head>
<body><div class="head">政府信息公开</div>
<table class="xxgk"><tbody>
<tr><th>索 引 号：</th><td>11330000MB0000000X/2024-00031</td><th>发布机构：</th><td>示例市人民政府办公室</td></tr>
<tr><th>主题分类：</th><td>政务公开</td><th>成文日期：</th><td>2024年05月02日</td></tr>
<tr><th>发文字号：</th><td>示政办发〔2024〕12号</td><th>发布日期：</th><td>2024-05-06</td></tr>
<tr><th>主 题 词：</th><td>数字政府</td><th>有 效 性：</th><td>有效</td></tr>
</tbody></table>
<div class="content"><h1>示例市人民政府办公室关于印发数字政府建设实施方案的通知</h1>
<p>各区人民政府，市政府各部门：</p>
<p>现将《示例市数字政府建设实施方案》印发给你们，请结合实际认真贯彻落实。各部门要加强统筹协调，明确责任分工，确保各项任务按期完成。</p>
<p>实施方案提出，到2025年，全市政务服务事项全面实现网上可办，数据共享能力显著提升，基本建成整体协同、高效运行的数字政府。</p>
<p style="text-align:right">示例市人民政府办公室</p><p style="text-align:right">2024年5月2日</p></div>
</body></html>`;
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

/**
 * A 政策文件 page whose disclosure table prints no 成文日期 and a 发文字号 the user will correct:
 * the table is a list of label and value cells, the document's own date is in its signature.
 */
export const DISCLOSURE_WITHOUT_WRITTEN_DATE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>示例县农业农村局关于做好2024年秋粮收购工作的通知_政策文件</title></head>
<body><div class="nav">首页 | 政务公开 | 政策文件</div>
<div class="xxgk-info"><table><tbody>
<tr><td>索引号：</td><td>000000-2024-00218</td><td>发布机构：</td><td>示例县农业农村局</td></tr>
<tr><td>发文字号：</td><td>示农发〔2024〕8号</td><td>发布日期：</td><td>2024-09-12</td></tr>
<tr><td>主题分类：</td><td>农业、林业、水利</td><td>有效性：</td><td>有效</td></tr>
</tbody></table></div>
<div class="article"><h1>示例县农业农村局关于做好2024年秋粮收购工作的通知</h1>
<p>各乡镇人民政府，县直有关单位：</p>
<p>为做好2024年秋粮收购工作，保护种粮农民利益，现就有关事项通知如下。各乡镇要摸清秋粮产量和农户售粮意愿，提前做好仓容、资金和人员准备。</p>
<p>收购企业要严格执行国家质量标准和收购价格政策，公开挂牌收购，不得压级压价，不得拖欠农民售粮款。县农业农村局将会同有关部门开展督导检查。</p>
<p style="text-align:right">示例县农业农村局</p><p style="text-align:right">2024年9月10日</p></div>
<div class="foot">主办单位：示例县人民政府办公室</div>
</body></html>`;
