/**
 * The words pages label their facts with, defined once for both readers: the page reader
 * (src/extract, a DOM) and the text reader (src/core, lines of a text capture). Each reader keeps
 * its own context rules (what may stand before a label, where a value ends) but builds its label
 * patterns from these lists, so a label one reader knows the other knows too.
 *
 * Every word is listed in simplified and traditional script (mirror sites, Hong Kong and Taiwan
 * outlets); test/unit/core/vocabulary.test.ts checks each simplified word has its traditional twin.
 * Pure data and string helpers: no DOM, safe in the content script, the worker and Node.
 * Patterns built here carry no flags that would stop a reader from joining them into its own
 * alternation (every word is in the Basic Multilingual Plane).
 */

/** Labels of the stated origin (来源：新华社). */
/** Characters with a meaning in a pattern (what escapeRegExp escapes); every other stands for itself. */
const REGEXP_SYNTAX: ReadonlySet<string> = new Set('.*+?^${}()|[]\\/');

/** One character escaped, without a pattern's replace per character: the trees below hold thousands. */
function escapeChar(ch: string): string {
  return REGEXP_SYNTAX.has(ch) ? `\\${ch}` : ch;
}

export const SOURCE_LABELS = [
  '信息来源',
  '信息來源',
  '文章来源',
  '文章來源',
  '新闻来源',
  '新聞來源',
  '稿件来源',
  '稿件來源',
  '来源',
  '來源',
  '稿源',
  '出处',
  '出處',
] as const;

/** Origin labels that may be glued to their value without a colon (本文来源于人民网, 转载自…). */
export const GLUED_SOURCE_LABELS = ['来源于', '來源於', '转载自', '轉載自'] as const;

/** Editor labels, strongest first: a 责任编辑 wins over a plain 编辑 on the same page. */
export const EDITOR_LABELS_RANKED = [
  ['责任编辑', '責任編輯'],
  ['责编', '責編'],
  ['值班编辑', '值班編輯'],
  ['本文编辑', '本文編輯'],
  ['编辑', '編輯'],
  ['编审', '編審'],
  ['选稿', '選稿'],
] as const;
export const EDITOR_LABELS: readonly string[] = EDITOR_LABELS_RANKED.flat();

/** Labels that credit whoever wrote, reported or photographed the article. */
export const AUTHOR_LABELS = ['作者', '撰稿', '撰文', '记者', '記者', '通讯员', '通訊員', '摄影', '攝影'] as const;

/** Labels of the publish time. The bare 时间 / 日期 are the weakest, listed last. */
export const PUBLISH_DATE_LABELS = [
  '发布时间',
  '發布時間',
  '發佈時間',
  '发布日期',
  '發布日期',
  '發佈日期',
  '发表时间',
  '發表時間',
  '发表日期',
  '發表日期',
  '发稿时间',
  '發稿時間',
  '发布于',
  '發佈於',
  '發布於',
  '上传时间',
  '上傳時間',
  '时间',
  '時間',
  '日期',
] as const;

/** Labels of the last change: a page's date when it prints no other, weaker than a bare date. */
export const UPDATE_DATE_LABELS = ['更新时间', '更新時間', '最后更新', '最後更新', '修改时间', '修改時間'] as const;

/**
 * Dates a page prints that are not its publish date: when a document was written, issued to
 * offices, takes or loses effect, or a deadline. Each is one of these words then 日期 / 时间.
 */
export const OTHER_DATE_WORDS = ['成文', '印发', '印發', '施行', '实施', '實施', '生效', '废止', '廢止', '失效', '截止', '有效'] as const;
export const DATE_NOUNS = ['日期', '时间', '時間'] as const;

/** View counters printed in the info line (访问量：199); a number, never a name. */
export const COUNTER_LABELS = [
  '浏览次数',
  '瀏覽次數',
  '阅读次数',
  '閱讀次數',
  '访问次数',
  '訪問次數',
  '点击次数',
  '點擊次數',
  '浏览量',
  '瀏覽量',
  '阅读量',
  '閱讀量',
  '访问量',
  '訪問量',
  '点击量',
  '點擊量',
  '阅读数',
  '閱讀數',
  '点击数',
  '點擊數',
  '浏览',
  '瀏覽',
  '阅读',
  '閱讀',
  '点击',
  '點擊',
  '访问',
  '訪問',
  '人气',
  '人氣',
] as const;

/**
 * Labels of a list of other articles: below the body they end it; beside a link under the
 * headline (关联稿件：《…》解读 2022-11-03) the date printed is the linked item's.
 */
export const RELATED_LABELS = [
  '为你推荐',
  '為你推薦',
  '为您推荐',
  '為您推薦',
  '相关阅读',
  '相關閱讀',
  '相关新闻',
  '相關新聞',
  '相关报道',
  '相關報道',
  '相关文章',
  '相關文章',
  '相关链接',
  '相關鏈接',
  '相关稿件',
  '相關稿件',
  '相关文件',
  '相關文件',
  '相关推荐',
  '相關推薦',
  '推荐阅读',
  '推薦閱讀',
  '延伸阅读',
  '延伸閱讀',
  '热门推荐',
  '熱門推薦',
  '猜你喜欢',
  '猜你喜歡',
  '热点推荐',
  '熱點推薦',
  '更多精彩',
  '大家都在看',
  '热门文章',
  '熱門文章',
  '精彩推荐',
  '精彩推薦',
  '往期回顾',
  '往期回顧',
  '热点新闻',
  '熱點新聞',
  '今日推荐',
  '今日推薦',
] as const;

/** Labels of links to documents that accompany an item (a policy and its reading). */
export const COMPANION_LINK_LABELS = [
  '关联稿件',
  '關聯稿件',
  '关联文件',
  '關聯文件',
  '图文解读',
  '圖文解讀',
  '政策解读',
  '政策解讀',
  '相关解读',
  '相關解讀',
  '文件解读',
  '文件解讀',
  '解读文件',
  '解讀文件',
  '原文链接',
  '原文鏈接',
  '相关文件',
  '相關文件',
  '相关链接',
  '相關鏈接',
  '相关稿件',
  '相關稿件',
] as const;

/** The link to an article's next page in a pager (第1页 2 3 下一页). */
export const NEXT_PAGE_LABELS = ['下一页', '下一頁', '下页', '下頁', '后一页', '後一頁'] as const;

/**
 * Labels of a government information-disclosure (政府信息公开) table, by the field each states.
 * `other` rows are recognised as rows (and end the value before them) but are not kept.
 * 发布日期 is a row here only beside other rows: alone on a line it is an ordinary info line.
 */
export const DISCLOSURE_FIELD_LABELS = {
  indexNo: ['索引号', '索引號'],
  issuer: ['发文机关', '發文機關', '发布机构', '發佈機構', '發布機構', '发文单位', '發文單位', '所属机构', '所屬機構'],
  docNo: ['发文字号', '發文字號', '文号', '文號'],
  writtenAt: ['成文日期'],
  publishedAt: ['发布日期', '發布日期', '發佈日期'],
  topic: ['主题分类', '主題分類'],
  validity: ['有效性', '是否有效'],
  keywords: ['主题词', '主題詞'],
  other: [
    '生效日期',
    '废止日期',
    '廢止日期',
    '公开方式',
    '公開方式',
    '公开范围',
    '公開範圍',
    '体裁分类',
    '體裁分類',
    '组配分类',
    '組配分類',
    '服务对象',
    '服務對象',
    '信息分类',
    '信息分類',
    '标题',
    '標題',
    '名称',
    '名稱',
  ],
} as const;
export type DisclosureKey = Exclude<keyof typeof DISCLOSURE_FIELD_LABELS, 'other'>;

/** Every disclosure label, for the vocabulary's script check. */
export const DISCLOSURE_LABELS: readonly string[] = Object.values(DISCLOSURE_FIELD_LABELS).flat();

/** Labels that head a list of a document's attached files (附件：, 相关附件, 附件下载). */
/** File kinds a document is attached as: office (WPS too), OFD, PDF, archives, text, images. */
export const ATTACHMENT_FILE_TYPES: ReadonlySet<string> = new Set([
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'et',
  'wps',
  'ppt',
  'pptx',
  'dps',
  'ofd',
  'zip',
  'rar',
  '7z',
  'txt',
  'csv',
  'rtf',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'tif',
  'tiff',
  'bmp',
]);

export const ATTACHMENT_LABELS = ['附件', '相关附件', '相關附件', '附件下载', '附件下載', '附件列表', '下载附件', '下載附件', '相关下载', '相關下載'] as const;

/** A line that opens with a companion-link label (关联稿件：…): the furniture rule and the page reader's date rule. */
export const COMPANION_LINK_LINE = new RegExp(`^\\s*${alternation(COMPANION_LINK_LABELS)}\\s*[:：]`);
const mayOpenWithCompanionLabel = mayOpenWith(COMPANION_LINK_LABELS);

/** COMPANION_LINK_LINE's test, run only on lines that may open with one of its labels. */
export function isCompanionLinkLine(text: string): boolean {
  return mayOpenWithCompanionLabel(text) && COMPANION_LINK_LINE.test(text);
}

/**
 * Values an origin label is filled with that name nobody: how the article came (转载, 原创) or
 * a placeholder (不详). A page that prints one states no source. A vague origin is still the
 * page's statement and is kept (来源：网络, 本站原创).
 */
export const NOT_A_SOURCE = [
  '转载',
  '轉載',
  '转载文章',
  '轉載文章',
  '原创',
  '原創',
  '原创文章',
  '原創文章',
  '综合',
  '綜合',
  '未知',
  '不详',
  '不詳',
  '暂无',
  '暫無',
  '无',
  '無',
  '其他',
  '其它',
  '佚名',
  'admin',
  '管理员',
  '管理員',
] as const;

/** Origins that name no one in particular: "from the internet", "from netizens". */
export const VAGUE_SOURCES = ['网络', '網絡', '互联网', '互聯網', '网上', '網上', '网友', '網友', '网络整理', '網絡整理', '网络转载', '網絡轉載'] as const;

/** Separators between a headline and site or column names in a document title. */
export const TITLE_SEPARATOR = /\s*(?:_|\||｜|--|—{1,2}|–|\s-\s|-(?=[^-]*$))\s*/;

/**
 * Words a site or column name ends with (…网, …人民政府, …门户网站, …频道), and the offices
 * that run government sites (…旅游局, …委员会, …办公室): a part of the document title that ends
 * in one is the site's, not the headline's.
 */
export const SITE_NAME_END =
  /(?:网|網|网站|網站|门户|門戶|政府|频道|頻道|新闻|新聞|在线|在線|日报|日報|晚报|晚報|官网|官網|客户端|客戶端|电视台|電視台|广播|廣播|首页|首頁|平台|中心|局|厅|廳|委员会|委員會|办公室|辦公室|\.com|\.cn|\.gov\.cn)$/i;

/** Words before a clock time that put it after noon (下午3:05 is 15:05, 傍晚6:30 is 18:30). */
export const AFTERNOON_WORDS = ['下午', '晚上', '傍晚', '晚间', '晚間', '夜间', '夜間', '夜里', '夜裡', 'PM', 'pm'] as const;
/** Words before a clock time that keep it before noon (凌晨12:30 is 00:30). */
export const MORNING_WORDS = ['上午', '早上', '早晨', '清晨', '凌晨', '中午', 'AM', 'am'] as const;

const AFTERNOON = new Set<string>(AFTERNOON_WORDS.map((w) => w.toUpperCase()));
const MIDNIGHT_WORDS = new Set(['凌晨', 'AM']);

/** The 24-hour clock hour of `hour` said after a time-of-day word (下午3 → 15, 凌晨12 → 0). */
export function applyMeridiem(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const m = meridiem.toUpperCase();
  if (AFTERNOON.has(m) && hour < 12) return hour + 12;
  if (MIDNIGHT_WORDS.has(m) && hour === 12) return 0;
  return hour;
}

/** Escapes a word for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function trieSource(node: TrieNode): string {
  const branches: string[] = [];
  for (const [ch, child] of node.next) branches.push(escapeChar(ch) + trieSource(child));
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  // A word that ends here and goes on in a longer one: the longer is tried first (greedy `?`).
  return node.end ? `(?:${body})?` : body;
}

/**
 * A non-capturing pattern matching any of the words, the longer first where one word starts
 * another (发布时间 before 发布), written as a prefix tree: the vocabulary's hundred-odd labels share
 * their opening characters (发布时间 / 发布日期 / 發佈時間), and a tree lets the engine reject a
 * line's character after one test instead of one per word, and compiles to far less code. Every
 * page line meets these patterns, and a capture's first call pays their compilation.
 */
export function alternation(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of new Set(words)) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}

/** No Han character glued before: the label stands as its own word. */
export const NO_HAN_BEFORE = '(?<![\\u4e00-\\u9fa5])';

/**
 * An alternation of labels where a label that ends a longer one (时间 in 发布时间, 编辑 in 责任编辑)
 * counts only as a word of its own: glued after other characters it is part of another label
 * (报名时间, 截止日期 are an event's time, not the page's).
 */
export function standaloneAlternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  // A word ends another exactly when it is one of the others' proper suffixes: one set of them
  // instead of every word tested against every other as the module loads.
  const endings = new Set<string>();
  for (const w of sorted) for (let i = 1; i < w.length; i++) endings.add(w.slice(i));
  return `(?:${sorted.map((w) => (endings.has(w) ? `${NO_HAN_BEFORE}${escapeRegExp(w)}` : escapeRegExp(w))).join('|')})`;
}

/** `word` as a pattern, standing as its own word when it ends another of `among` (编辑 in 责任编辑). */
export function standaloneWord(word: string, among: readonly string[]): string {
  return among.some((o) => o !== word && o.endsWith(word)) ? `${NO_HAN_BEFORE}${escapeRegExp(word)}` : escapeRegExp(word);
}

const NOT_A_SOURCE_SET: ReadonlySet<string> = new Set(NOT_A_SOURCE.map((w) => w.toLowerCase()));
export function isNotASource(value: string): boolean {
  return NOT_A_SOURCE_SET.has(value.toLowerCase());
}

/** Alternation of a word list, for building patterns. */
function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/**
 * A test that `text` may end with one of `words`, then at most a colon and spaces (a label right
 * before its value): its last such character is one the words end with. Like mayOpenWith, it only
 * says "maybe", and spares a large pattern's compilation on lines that cannot match it.
 */
export function mayEndWithLabel(words: readonly string[]): (text: string) => boolean {
  const finals = new Set(words.map((w) => w[w.length - 1]));
  return function mayEndWithFinal(text) {
    let t = text.trimEnd();
    if (t.endsWith(':') || t.endsWith('：')) t = t.slice(0, -1).trimEnd();
    return t.length > 0 && finals.has(t[t.length - 1]);
  };
}

/** Brackets a label may open with: 【版权声明】, （来源）, [免责声明]. */
const OPENING_BRACKETS: ReadonlySet<number> = new Set([...'【[〔(（'].map((c) => c.charCodeAt(0)));

/**
 * Whether a UTF-16 unit is one of the characters `\s` matches and `trim` drops (ECMAScript's
 * WhiteSpace and LineTerminator): asked by code, since a character string of a CJK text is made
 * anew each time it is read.
 */
export function isSpaceCode(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/**
 * A test that `text` may open with one of `words`: its first character past spaces and opening
 * brackets is one the words start with. A pattern that reads a label at a line's start
 * is compiled to native code the first time it runs, a millisecond or more for a long list of
 * labels on a capture's first call; most lines open with none of the labels' first characters,
 * so behind this test the pattern need not run, nor be compiled, on pages that have no such line.
 * It only says "maybe": the caller's pattern decides.
 */
export function mayOpenWith(words: readonly string[]): (text: string) => boolean {
  const initials: ReadonlySet<number> = new Set(words.map((w) => w.charCodeAt(0)));
  return function mayOpenWithInitial(text) {
    // Spaces and brackets in any run (a pattern's `[\s【\[]*`).
    let i = 0;
    let c = text.charCodeAt(0);
    while (i < text.length && (OPENING_BRACKETS.has(c) || isSpaceCode(c))) c = text.charCodeAt(++i);
    return i < text.length && initials.has(c);
  };
}

/**
 * Labels that head a site's legal notice: a 版权声明 / 免责声明 / 法律声明 block in the footer or
 * in a side box, printed on every page of the site. `声明` alone opens a notice only with a
 * colon or a bracket after it (a bare word could be a heading of the article); 郑重声明 and
 * 严正声明 are statements a government publishes as news (冒用名义, 谣言), not site notices.
 */
export const LEGAL_NOTICE_LABELS: readonly string[] = [
  '版权及免责声明',
  '版權及免責聲明',
  '免责及版权声明',
  '免責及版權聲明',
  '版权声明',
  '版權聲明',
  '免责声明',
  '免責聲明',
  '法律声明',
  '法律聲明',
  '版权说明',
  '版權說明',
  '免责条款',
  '免責條款',
  '网站声明',
  '網站聲明',
  '本站声明',
  '本站聲明',
  '本网声明',
  '本網聲明',
];

/** How a notice names the site that prints it: 本站, 本网, 本网站. */
const THIS_SITE = '(?:本|我)(?:网站|網站|站|网|網|平台)';

/** How a notice spells the site: THIS_SITE's spellings, each a part of every match (本网站 holds 本网). */
const SITE_WORDS = ['本网', '本網', '本站', '本平台', '我网', '我網', '我站', '我平台'];

/**
 * Phrases of a legal, copyright, disclaimer or reprint notice. Each names the site itself (本站,
 * 本网), its contributors or the reprint terms, which an article about copyright does not do:
 * it reports on others' notices in the third person.
 *
 * Grouped by words every phrase of the group contains: a group's pattern runs only on a line
 * holding one of its words. Most prose holds none, and a pattern not run is not compiled; one
 * pattern of every phrase cost milliseconds to compile on the first call of a capture whose page
 * held a single 凡 or 本站 in its first lines.
 */
const LEGAL_NOTICE_PHRASE_GROUPS: readonly { words: readonly string[]; phrases: readonly string[] }[] = [
  {
    words: ['凡'],
    phrases: [
      // 凡本站注明“来源：…”的作品 / 凡本网刊登的…
      `凡(?:是)?${THIS_SITE}`,
      // 凡注明来源为…的作品
      '凡(?:注明|註明|标注|標註|署名)[“"「『]?(?:来源|來源|稿源|出处|出處)',
    ],
  },
  {
    words: ['所有', '全部', '部分'],
    phrases: [
      // 所有内容均由…提供 / 部分内容来源于网络
      '(?:所有|全部|部分)(?:内容|內容|信息|資訊|稿件|文章|资料|資料|作品)(?:均|皆|都)?(?:由[^，。；,;]*?(?:提供|发布|發布|上传|上傳)|来源于网络|來源於網絡|来自网络|來自網絡|转载自网络|轉載自網絡)',
    ],
  },
  {
    words: SITE_WORDS,
    phrases: [
      // 本网站所刊登的… / 本网登载的内容…; without 所, 发布 and 提供 are also how a notice article
      // speaks of its own site (以本网站发布的通知为准), so only the media verbs go bare.
      `${THIS_SITE}(?:所(?:刊登|刊載|刊载|登载|登載|发布|發布|发表|發表|提供|转载|轉載)|刊登|刊載|刊载|登载|登載)的`,
      // 本网转载其他媒体的稿件…
      `${THIS_SITE}(?:转载|轉載)(?:其他|其它|的|之)`,
      // 并不代表本站观点
      `(?:不|并不|並不)代表${THIS_SITE}`,
      // 需要同本网联系的…
      `(?:同|与|與|和)${THIS_SITE}(?:联系|聯繫|联络|聯絡|取得联系|取得聯繫)`,
    ],
  },
  {
    words: ['转载', '轉載', '引用'],
    phrases: [
      // 转载请注明出处 / 转载须保留本文链接
      '(?:转载|轉載|引用)(?:时|時)?(?:请|請|须|須|需|务必|務必)(?:务必|務必)?(?:注明|註明|标明|標明|保留)',
    ],
  },
  {
    words: ['版权', '版權', '侵权', '侵權'],
    phrases: [
      // 版权归原作者所有 / 版权均属本站
      `(?:版权|版權)(?:均)?(?:归|歸|属于|屬於|属|屬)(?:原作者|作者|原创作者|原創作者|${THIS_SITE})`,
      // 如有侵权，请联系删除
      '(?:如有|若有|如涉及|若涉及)(?:侵权|侵權|版权|版權)(?:问题|問題)?[，,]?(?:请|請)',
    ],
  },
];

/** The notice phrase must start within the line's first this many characters: notices lead with it. */
const PHRASE_WITHIN = 40;
/** What of a line the phrase test reads: the opening, and room for the longest phrase after it. */
const PHRASE_HEAD = 100;

const LABEL = anyOf(LEGAL_NOTICE_LABELS);

/**
 * A line that opens with a notice label: `免责声明：…`, `【版权声明】`, a bare `版权声明` heading,
 * `声明：…`.
 */
const LEGAL_NOTICE_LABEL = new RegExp(`^[【\\[〔(（]?\\s*(?:${LABEL}\\s*(?:[】\\]〕)）]|[:：]|$)|(?:声明|聲明)\\s*(?:[】\\]〕)）]|[:：]))`);

/**
 * Each group's phrases as one pattern, searched along the line: a bounded prefix
 * (`^.{0,40}?(?:…)`) is unrolled by the regex compiler into forty copies of the alternation,
 * which took milliseconds to compile to native code, again after each collection.
 */
const LEGAL_NOTICE_PHRASE_TESTS = LEGAL_NOTICE_PHRASE_GROUPS.map(({ words, phrases }) => ({ words, re: new RegExp(anyOf(phrases)) }));

/**
 * Any group's word, as one literal alternation: asked of every sentence of a page while the
 * article is sought, it rules most lines out in one search, where testing each group's words in
 * turn took more of the walk than any other check.
 */
const ANY_NOTICE_WORD = new RegExp(anyOf(LEGAL_NOTICE_PHRASE_GROUPS.flatMap(({ words }) => words)));

/** Where the first notice phrase in `text` starts, or -1. */
function noticePhraseIndex(text: string): number {
  if (!ANY_NOTICE_WORD.test(text)) return -1;
  let first = -1;
  for (const { words, re } of LEGAL_NOTICE_PHRASE_TESTS) {
    if (!words.some((w) => text.includes(w))) continue;
    const m = re.exec(text);
    if (m && (first < 0 || m.index < first)) first = m.index;
  }
  return first;
}

/**
 * A line of a legal notice: it opens with a notice label, or a notice phrase starts near its
 * beginning (`一、凡本站注明…`). Wherever it sits and however long it is, it is not article text.
 */
export function isLegalNotice(text: string): boolean {
  if (opensWithNoticeLabel(text)) return true;
  const head = text.length > PHRASE_HEAD ? text.slice(0, PHRASE_HEAD) : text;
  const at = noticePhraseIndex(head);
  return at >= 0 && at <= PHRASE_WITHIN;
}

/**
 * A notice's label standing alone on its line (`免责声明`, `版权声明：`, `【法律声明】`, `声明：`):
 * the heading of a notice box, whose items follow it. A bare `声明` is not one (a subheading of
 * an article may read so).
 */
const LEGAL_NOTICE_HEADING = new RegExp(`^[【\\[〔(（]?\\s*(?:${LABEL}\\s*[】\\]〕)）]?\\s*[:：]?|(?:声明|聲明)\\s*(?:[】\\]〕)）]\\s*[:：]?|[:：]))$`);

/** Every notice label, and the bare 声明 that opens a notice with a colon or a bracket after it. */
const mayOpenWithNoticeLabel = mayOpenWith([...LEGAL_NOTICE_LABELS, '声明', '聲明']);

/** A line that opens with a notice label (`免责声明：…`, `【版权声明】`, `声明：…`). */
export function opensWithNoticeLabel(text: string): boolean {
  return mayOpenWithNoticeLabel(text) && LEGAL_NOTICE_LABEL.test(text);
}

/** A notice's label standing alone on its line: the heading of a notice box. */
export function isNoticeHeading(text: string): boolean {
  return mayOpenWithNoticeLabel(text) && LEGAL_NOTICE_HEADING.test(text);
}

/** The longest notice heading (`【版權及免責聲明】：`), in characters: longer lines need no test. */
export const LEGAL_NOTICE_HEADING_MAX = 12;

/** Lines a notice's heading may claim after it: a notice box holds a handful of items. */
export const LEGAL_NOTICE_MAX_ITEMS = 12;

/**
 * Labels that open a breadcrumb trail (当前位置：首页 > 新闻 > 正文), in both scripts. Templates
 * vary the words around 位置: 您当前的位置, 您现在的位置, 您所在的位置, 当前位置.
 */
export const LOCATION_LABELS: readonly string[] = [
  '您当前的位置',
  '您當前的位置',
  '您当前位置',
  '您當前位置',
  '当前的位置',
  '當前的位置',
  '当前位置',
  '當前位置',
  '您现在的位置',
  '您現在的位置',
  '您现在位置',
  '您現在位置',
  '现在的位置',
  '現在的位置',
  '现在位置',
  '現在位置',
  '您所在的位置',
  '您所在位置',
  '所在的位置',
  '所在位置',
  '您的位置',
];

/** A breadcrumb's opening label, as a pattern source to build on (no anchor, no colon). */
export const LOCATION_LABEL_SOURCE = anyOf(LOCATION_LABELS);
