/**
 * Words and phrases that both readers go by: `src/extract` (pages) and `src/core` (text
 * captures and the blocks extraction hands over). Defined once, here, DOM-free, in simplified
 * and traditional script, so the two readers cannot drift apart. Patterns are built from the
 * word lists and carry no flags that would stop a reader from joining them into its own
 * alternation (no `u`: every word is in the Basic Multilingual Plane).
 */

/** Alternation of a word list, for building patterns. */
function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/**
 * Labels that head a site's legal notice: a 版权声明 / 免责声明 / 法律声明 block in the footer or
 * in a side box, printed on every page of the site. `声明` alone opens a notice only with a
 * colon or a bracket after it (a bare word could be a heading of the article); 郑重声明 and
 * 严正声明 are statements a government publishes as news (冒用名义, 谣言), not site notices.
 */
export const LEGAL_NOTICE_LABELS: readonly string[] = [
  '版权及免责声明', '版權及免責聲明', '免责及版权声明', '免責及版權聲明',
  '版权声明', '版權聲明', '免责声明', '免責聲明', '法律声明', '法律聲明',
  '版权说明', '版權說明',
  '免责条款', '免責條款', '网站声明', '網站聲明', '本站声明', '本站聲明', '本网声明', '本網聲明',
];

/** How a notice names the site that prints it: 本站, 本网, 本网站. */
const THIS_SITE = '(?:本|我)(?:网站|網站|站|网|網|平台)';

/**
 * Phrases of a legal, copyright, disclaimer or reprint notice. Each names the site itself (本站,
 * 本网), its contributors or the reprint terms, which an article about copyright does not do:
 * it reports on others' notices in the third person.
 */
export const LEGAL_NOTICE_PHRASES: readonly string[] = [
  // 凡本站注明“来源：…”的作品 / 凡本网刊登的…
  `凡(?:是)?${THIS_SITE}`,
  // 凡注明来源为…的作品
  '凡(?:注明|註明|标注|標註|署名)[“"「『]?(?:来源|來源|稿源|出处|出處)',
  // 所有内容均由…提供 / 部分内容来源于网络
  '(?:所有|全部|部分)(?:内容|內容|信息|資訊|稿件|文章|资料|資料|作品)(?:均|皆|都)?(?:由[^，。；,;]*?(?:提供|发布|發布|上传|上傳)|来源于网络|來源於網絡|来自网络|來自網絡|转载自网络|轉載自網絡)',
  // 本网站所刊登的… / 本网登载的内容…; without 所, 发布 and 提供 are also how a notice article
  // speaks of its own site (以本网站发布的通知为准), so only the media verbs go bare.
  `${THIS_SITE}(?:所(?:刊登|刊載|刊载|登载|登載|发布|發布|发表|發表|提供|转载|轉載)|刊登|刊載|刊载|登载|登載)的`,
  // 本网转载其他媒体的稿件…
  `${THIS_SITE}(?:转载|轉載)(?:其他|其它|的|之)`,
  // 转载请注明出处 / 转载须保留本文链接
  '(?:转载|轉載|引用)(?:时|時)?(?:请|請|须|須|需|务必|務必)(?:务必|務必)?(?:注明|註明|标明|標明|保留)',
  // 并不代表本站观点
  `(?:不|并不|並不)代表${THIS_SITE}`,
  // 需要同本网联系的…
  `(?:同|与|與|和)${THIS_SITE}(?:联系|聯繫|联络|聯絡|取得联系|取得聯繫)`,
  // 版权归原作者所有 / 版权均属本站
  `(?:版权|版權)(?:均)?(?:归|歸|属于|屬於|属|屬)(?:原作者|作者|原创作者|原創作者|${THIS_SITE})`,
  // 如有侵权，请联系删除
  '(?:如有|若有|如涉及|若涉及)(?:侵权|侵權|版权|版權)(?:问题|問題)?[，,]?(?:请|請)',
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
export const LEGAL_NOTICE_LABEL = new RegExp(
  `^[【\\[〔(（]?\\s*(?:${LABEL}\\s*(?:[】\\]〕)）]|[:：]|$)|(?:声明|聲明)\\s*(?:[】\\]〕)）]|[:：]))`,
);

/**
 * Any notice phrase, wherever it starts. A plain alternation searched along the line: a bounded
 * prefix (`^.{0,40}?(?:…)`) is unrolled by the regex compiler into forty copies of the
 * alternation, which took milliseconds to compile to native code, again after each collection.
 */
export const LEGAL_NOTICE_PHRASE = new RegExp(anyOf(LEGAL_NOTICE_PHRASES));

/**
 * A line of a legal notice: it opens with a notice label, or a notice phrase starts near its
 * beginning (`一、凡本站注明…`). Wherever it sits and however long it is, it is not article text.
 */
export function isLegalNotice(text: string): boolean {
  if (LEGAL_NOTICE_LABEL.test(text)) return true;
  const m = LEGAL_NOTICE_PHRASE.exec(text.length > PHRASE_HEAD ? text.slice(0, PHRASE_HEAD) : text);
  return m !== null && m.index <= PHRASE_WITHIN;
}

/**
 * A notice's label standing alone on its line (`免责声明`, `版权声明：`, `【法律声明】`, `声明：`):
 * the heading of a notice box, whose items follow it. A bare `声明` is not one (a subheading of
 * an article may read so).
 */
export const LEGAL_NOTICE_HEADING = new RegExp(`^[【\\[〔(（]?\\s*(?:${LABEL}\\s*[】\\]〕)）]?\\s*[:：]?|(?:声明|聲明)\\s*(?:[】\\]〕)）]\\s*[:：]?|[:：]))$`);

/** The longest notice heading (`【版權及免責聲明】：`), in characters: longer lines need no test. */
export const LEGAL_NOTICE_HEADING_MAX = 12;

/** Lines a notice's heading may claim after it: a notice box holds a handful of items. */
export const LEGAL_NOTICE_MAX_ITEMS = 12;

/**
 * Labels that open a breadcrumb trail (当前位置：首页 > 新闻 > 正文), in both scripts. Templates
 * vary the words around 位置: 您当前的位置, 您现在的位置, 您所在的位置, 当前位置.
 */
export const LOCATION_LABELS: readonly string[] = [
  '您当前的位置', '您當前的位置', '您当前位置', '您當前位置', '当前的位置', '當前的位置', '当前位置', '當前位置',
  '您现在的位置', '您現在的位置', '您现在位置', '您現在位置', '现在的位置', '現在的位置', '现在位置', '現在位置',
  '您所在的位置', '您所在位置', '所在的位置', '所在位置', '您的位置',
];

/** A breadcrumb's opening label, as a pattern source to build on (no anchor, no colon). */
export const LOCATION_LABEL_SOURCE = anyOf(LOCATION_LABELS);
