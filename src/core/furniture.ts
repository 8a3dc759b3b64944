import { hanCount, hasSentenceEnd, squash } from './text';
import { COMPANION_LINK_LINE, isLegalNotice, LOCATION_LABEL_SOURCE } from './vocabulary';

/**
 * Page furniture: the lines around an article that every page of a site repeats (hotlines,
 * breadcrumbs, share and QR prompts, print/font tools, error-report links, copyright and
 * licence lines, site operator credits, related-news lists, self-media platform stamps and
 * disclaimers, credit labels left empty by the template, stray tags and mojibake).
 * Each rule is named for the pattern it handles. Rules only judge short lines: a body
 * paragraph (long prose with sentence punctuation) is never furniture, except a site's legal
 * notice (`legal-notice`, the labels and phrases of vocabulary.ts), which is prose.
 */
export type FurnitureKind =
  | 'hotline'
  | 'breadcrumb'
  | 'share-prompt'
  | 'page-tools'
  | 'error-report'
  | 'copyright'
  | 'legal-notice'
  | 'site-operator'
  | 'related-list'
  | 'companion-link'
  | 'app-promo'
  | 'original-title'
  | 'prev-next'
  | 'counter'
  | 'reaction-widget'
  | 'read-aloud'
  | 'location-stamp'
  | 'platform-disclaimer'
  | 'empty-credit'
  | 'empty-label'
  | 'stray-markup'
  | 'mojibake'
  | 'punctuation-only'
  | 'custom';

interface Rule {
  kind: FurnitureKind;
  re: RegExp;
  /** Longest line the rule may judge. */
  max: number;
}

const RULES: Rule[] = [
  // A news site's own tip-off and complaint lines; a body's list of service phone numbers stays.
  {
    kind: 'hotline',
    re: /(?:报料|爆料|新闻|新聞)(?:热线|熱線|电话|電話|邮箱|郵箱)|(?:举报|舉報)(?:电话|電話|热线|熱線|邮箱|郵箱|中心)|违法和不良信息|違法和不良信息/u,
    max: 90,
  },
  { kind: 'breadcrumb', re: new RegExp(`^(?:${LOCATION_LABEL_SOURCE}|当前页面|首页\\s*[>»›])`, 'u'), max: 120 },
  {
    kind: 'share-prompt',
    re: /扫一扫|掃一掃|扫描二维码|掃描二維碼|二维码|二維碼|在您的设备上浏览|在您的設備上瀏覽|在手机打开|在手機打開|装进手机|裝進手機|分享到|^(?:微信|微博|客户端|客戶端|头条号|頭條號|抖音|快手|QQ空间|手机版|手機版|电脑版|電腦版|微信公众号|微信公眾號)(?:\s|$)/u,
    max: 40,
  },
  // The page's own controls: font size, print, close, and the button that unfolds a folded article (展开全文).
  {
    kind: 'page-tools',
    re: /^[【\[]?\s*(?:字体|字體|字号|字號|打印|列印|关闭|關閉|收藏|返回顶部|返回頂部|分享)\s*[:：]?|[【\[]\s*[大中小]\s*[】\]]|(?:打印|打印本页|关闭窗口|關閉窗口)\s*$|^(?:展开全文|展開全文|阅读全文|閱讀全文|查看全文|点击展开|點擊展開)\s*[>»]*$/u,
    max: 40,
  },
  { kind: 'error-report', re: /纠错|糾錯/u, max: 60 },
  // A licence is the footer's when it is labelled with its number (许可证：…, 经营许可证…); an article
  // may well mention 许可证 (检查经营者的许可证照).
  {
    kind: 'copyright',
    re: /版权所有|版權所有|copyright|all rights reserved|(?:许可证|許可證)(?:号|號|编号|編號)?\s*[:：]|(?:经营|經營|服务|服務)(?:许可证|許可證)\s*[:：]?\s*[A-Za-z0-9\p{Script=Han}]{0,4}\d|ICP备|ICP證|ICP证|公网安备|公網安備|未经授权|未經授權|不得转载|不得轉載/iu,
    max: 160,
  },
  {
    kind: 'site-operator',
    re: /^(?:主办单位|主辦單位|承办单位|承辦單位|运行维护单位|運行維護單位|运维单位|技术支持|技術支持|网站标识码|網站標識碼|主办|主辦)\s*[:：]/u,
    max: 90,
  },
  {
    kind: 'related-list',
    re: /^(?:相关文章|相關文章|相关新闻|相關新聞|相关推荐|相關推薦|相关阅读|相關閱讀|相关文件|相關文件|相关链接|相關鏈接|相关稿件|相關稿件|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|热点推荐|熱點推薦|热门推荐|熱門推薦|猜你喜欢|猜你喜歡|最新聞|最新闻|更多)(?:\s|$|[-:：>»]|Hot)/iu,
    max: 200,
  },
  // A link to a document that goes with the article (关联稿件：《…》政策解读 2022-11-03), printed
  // under the headline on disclosure pages: neither headline nor body, and its date is the link's.
  { kind: 'companion-link', re: COMPANION_LINK_LINE, max: 160 },
  // An outlet's prompt to install its app, placed inside articles (…，尽在某某新闻APP; 下载客户端).
  { kind: 'app-promo', re: /(?:尽在|盡在|下载|下載|打开|打開|安装|安裝|关注|關注)[^，。,;；]{0,12}(?:APP|客户端|客戶端)(?:[，,。!！]?.{0,8})?$/iu, max: 40 },
  { kind: 'prev-next', re: /^(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上一頁|下一頁)\s*[:：]?/u, max: 120 },
  {
    kind: 'counter',
    re: /^(?:浏览次数|瀏覽次數|阅读次数|閱讀次數|浏览量|瀏覽量|阅读量|閱讀量|点击数|點擊數|点击量|點擊量|访问量|訪問量|访问次数|訪問次數)\s*[:：]?\s*\d*\s*次?$/u,
    max: 30,
  },
  { kind: 'original-title', re: /^(?:原标题|原標題)\s*[:：]/u, max: 160 },
  // Like buttons of self-media platforms ("首赞", "+1", "在看 12").
  { kind: 'reaction-widget', re: /^(?:首赞|首讚|点赞|點贊|點讚|赞|讚|在看|\+\s?1)\s*\d*$/u, max: 12 },
  // The text-to-speech control above a post ("播报文章", "语音播报文章，释放双眼").
  {
    kind: 'read-aloud',
    re: /^(?:播报文章|播報文章|语音播报(?:文章)?|語音播報(?:文章)?|全文朗读|朗读全文|全文朗讀|朗讀全文|听全文|聽全文|收听全文|收聽全文|点击收听|點擊收聽)(?:[，,].{0,8})?$/u,
    max: 16,
  },
  // The poster's IP location that platforms print since 2022: a place name, no date or digits.
  { kind: 'location-stamp', re: /^(?:发布于|發佈於|發布於|IP属地|IP屬地)\s*[:：]?\s*\p{Script=Han}{2,12}$/iu, max: 20 },
  // A self-media platform's liability notice under every post (the author's view, storage only).
  {
    kind: 'platform-disclaimer',
    re: /(?:仅代表|僅代表)(?:作者|原作者)|(?:信息|資訊)(?:存储|存儲)(?:空间|空間)?(?:服务|服務)|信息发布平台|信息發布平台|資訊發布平台|用户上传并发布|用戶上傳並發布/u,
    max: 200,
  },
  // A credit label whose value the template left empty: an editor or review slot closes the
  // article as a filled one does; any other empty label is dropped.
  { kind: 'empty-credit', re: /^(?:责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|校对|校對|终审|終審|监制|監製)\s*[:：]\s*$/u, max: 10 },
  { kind: 'empty-label', re: /^(?:来源|來源|作者|记者|記者|通讯员|通訊員|摄影|攝影|发布时间|發佈時間|发布日期|發佈日期|时间|時間|日期)\s*[:：]\s*$/u, max: 10 },
];

/** An HTML tag fragment: the capture tool leaked markup. */
const STRAY_TAG = /<\/?[a-z][a-z0-9]*(?:\s+[a-z-]+(?:=(?:"[^"]*"?|'[^']*'?|[^\s>]*))?)*\s*\/?>?/i;
const STRAY_TAGS = new RegExp(STRAY_TAG.source, 'gi');
const WORD_CHARS = /[\p{L}\p{N}]/gu;

/**
 * A line that is leaked markup: its tag fragments outweigh its words (`</div>`, `<p align="center">`,
 * `<span style="…">编辑</span>`). A line that mentions a tag among its words (网页中不得使用<script>
 * 标签) is text about markup, and text is kept: what the reader saw on the page is what it says.
 */
export function isLeakedMarkup(line: string): boolean {
  if (!line.includes('<') || !STRAY_TAG.test(line) || !/<\/?[a-z]/i.test(line)) return false;
  const rest = line.replace(STRAY_TAGS, '');
  const words = rest.match(WORD_CHARS)?.length ?? 0;
  return words * 2 <= line.length - rest.length;
}
/** Mis-decoded text: replacement characters, or "?" glued to CJK punctuation (打?。?). */
const MOJIBAKE = /\uFFFD|[?？][。、，][?？]|[\u00c0-\u00ff]{3,}/u;

/**
 * Any rule's pattern, in one case-insensitive alternation (a superset of the rules, whose flags
 * differ): one scan rules a line out instead of one per rule. Lines of a huge page are mostly content.
 */
const ANY_RULE = new RegExp(RULES.map((r) => `(?:${r.re.source})`).join('|'), 'iu');

/** The longest line any rule here judges (the rules' `max`, the custom and markup checks' 120). */
const LONGEST_JUDGED = Math.max(120, ...RULES.map((r) => r.max));

/**
 * The kind of furniture a line is, or null for content. `extra` holds user-configured phrases.
 */
export function furnitureKind(raw: string, extra: readonly string[] = [], wholePage = true): FurnitureKind | null {
  return furnitureKindOfSquashed(squash(raw), extra, wholePage);
}

/** furnitureKind for a line already squashed (the cleaner's lines): no second whitespace pass. */
export function furnitureKindOfSquashed(line: string, extra: readonly string[] = [], wholePage = true): FurnitureKind | null {
  if (!line) return 'punctuation-only';
  if (!/[\p{L}\p{N}]/u.test(line)) return 'punctuation-only';
  if (line.length <= 120 && extra.some((p) => p && line.includes(p))) return 'custom';
  // A site's legal notice (版权声明, 免责声明, 凡本站注明…, 转载请注明出处) is furniture wherever it
  // sits and however long: in a long footer or a side box it is often the longest prose on the page.
  if (isLegalNotice(line)) return 'legal-notice';
  // Every rule below judges short lines only; a long one is content without a Han count.
  if (line.length > LONGEST_JUDGED) return null;
  const prose = hasSentenceEnd(line) && hanCount(line) > 40;
  if (!prose && line.length <= 120 && isLeakedMarkup(line)) return 'stray-markup';
  if (!prose && line.length <= 60 && MOJIBAKE.test(line)) return 'mojibake';
  if (ANY_RULE.test(line))
    for (const rule of RULES) {
      if (line.length > rule.max) continue;
      if (prose && rule.kind !== 'copyright' && rule.kind !== 'original-title' && rule.kind !== 'platform-disclaimer') continue;
      // A sentence that gives a number to call (…可拨打举报电话…反映。) is the article's; the site's
      // hotline is a label and a number.
      if (rule.kind === 'hotline' && hasSentenceEnd(line)) continue;
      if (rule.re.test(line)) return rule.kind;
    }
  // Latin-only scraps of widgets ("Baidu", "map") on a Chinese page.
  // Only on a whole-page capture: in an extracted body a lone word may be code or a caption.
  if (wholePage && /^[A-Za-z]{1,12}$/.test(line)) return 'stray-markup';
  return null;
}

/**
 * Furniture that marks the end of the article: once it appears below the body, the rest of
 * the page is footer, lists or a second copy.
 */
export function endsArticle(kind: FurnitureKind | null): boolean {
  return (
    kind === 'share-prompt' ||
    kind === 'prev-next' ||
    kind === 'related-list' ||
    kind === 'copyright' ||
    kind === 'legal-notice' ||
    kind === 'site-operator' ||
    kind === 'original-title' ||
    kind === 'error-report' ||
    kind === 'platform-disclaimer' ||
    kind === 'empty-credit'
  );
}
