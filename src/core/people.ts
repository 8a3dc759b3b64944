import { COMPOUND_SURNAMES, NAME_OPENING_WORDS, SINGLE_SURNAMES } from './surnames';
import type { Person } from './types';

/**
 * Officials as news reports name them: a chain of posts then the name
 * ("市委副书记、市长、市某某工作领导小组组长张三", "副市长李四"), a collective label
 * then bare names ("市领导甲乙、丙丁"), an organisation then the name ("省某某厅张三"),
 * or a list of names sharing one post ("国务院副总理甲乙、丙丁、戊己"). A name is a Chinese
 * family name (surnames.ts) and one or two given characters; a post is kept apart as a title.
 */
const TITLE_WORD =
  '(?:副?(?:书记|書記|市长|市長|省长|省長|区长|區長|县长|縣長|州长|州長|镇长|鎮長|乡长|鄉長|主任|组长|組長|指挥长|指揮長|部长|部長|局长|局長|厅长|廳長|秘书长|秘書長|主席|常委|委员|委員|总理|總理|院长|院長|校长|校長|负责人|負責人|理事长|理事長|董事长|董事長|总经理|總經理|检察长|檢察長|政委|司令员|司令員|处长|處長|科长|科長|会长|會長|社长|社長|行长|行長|署长|署長|馆长|館長|巡视员|巡視員|专员|專員|总监|總監|队长|隊長|所长|所長|站长|站長|主任委员|主任委員|主委|成员|成員|代表|总领事|總領事|领事|領事|大使|参赞|參贊|团长|團長|院士|总裁|總裁|行政长官|行政長官|特首|教授|研究员|研究員))';
const TITLE_END = new RegExp(`${TITLE_WORD}$`, 'u');
const TITLED_NAME = new RegExp(`^(.*${TITLE_WORD})([\\p{Script=Han}·]{2,12})$`, 'u');
// An organisation's name ends in one of these; a name written right after it is its member's
// ("广东省外经贸厅郭元强", "某某集团公司何立").
const ORG_NAME =
  /^(.*(?:厅|廳|局|集团|集團|公司|大学|大學|学院|學院|研究院|研究所|研究中心|协会|協會|联合会|聯合會|商会|商會|银行|銀行|医院|醫院))([\p{Script=Han}]{2,3})$/u;
const COLLECTIVE =
  /^(?:(?:省|市|区|區|县|縣|州|镇|鎮|乡|鄉|部|委|厅|廳|局)?(?:领导|領導)(?:同志)?|(?:省|市|区|區|县|縣)(?:委|政府)?(?:领导|領導)班子成员|出席(?:会议|會議)的有)/u;
/** Words that sit where a name would but are not people. */
const NOT_A_NAME =
  /^(?:会议|會議|大会|大會|会上|會上|他|她|我们|我們|大家|同志|文件|通知|通告|报告|報告|全市|全省|全区|全區|各地|各级|各級|部门|部門|其中|同时|同時|此外|随后|隨後|最后|最後|首先|要求|强调|強調|强化|強化|指出|重要|主要|讲话|講話|发言|發言|致辞|致辭|有关|有關|相关|相關|负责|負責|应当|應當|应该|應該|关于|關於|方面|高度|严格|嚴格|安全|金融|文化|成立|成为|成為|任务|任務|任何|于是|於是|钱款|周年|周边|周邊|黄金|黃金|石油|向上|万人|萬人|高层|高層|高校)$/u;
// A character that ends a phrase and never a name in running text (的, 了, 说…).
const NOT_IN_NAME = /[的了是说說等着著们們这這那被把对對在与與及或]/u;
const MIDDLE_DOT = /[·•・‧]/u;
const HAN_2_4 = /^\p{Script=Han}{2,4}$/u;
// An organisation's last character does not end a name (科学院, 财政局).
const ORG_LAST = /[院局部委厅廳馆館社处處校所会會]$/u;
const DOTTED_TAIL = /[\p{Script=Han}]{1,8}(?:[·•・‧][\p{Script=Han}]{1,8}){1,3}$/u;
const ACADEMIC_AFTER = /教授|研究员|研究員|院士|博士/u;
const LIST_SEPARATOR = /[、,，]/u;
const SPACES = /\s+/gu;
const ATTENDING_LABEL = /出席/u;
const DOTTED_NAME = /^[\p{Script=Han}]{1,8}(?:[·•・‧][\p{Script=Han}]{1,8}){1,3}$/u;

/**
 * A plausible personal name: a family name (single or compound) and one or two given
 * characters, a married name with two family names (林鄭月娥), a Tibetan name (扎西, 洛桑江村),
 * or a minority or foreign name written with a middle dot. Function words and fragments (应当, 会议时, 为主体) are not names.
 */
export function isPersonName(s: string): boolean {
  if (MIDDLE_DOT.test(s)) return DOTTED_NAME.test(s);
  if (!HAN_2_4.test(s) || NOT_A_NAME.test(s) || TITLE_END.test(s)) return false;
  if (NOT_IN_NAME.test(s.slice(1))) return false;
  if (ORG_LAST.test(s)) return false;
  const compound = COMPOUND_SURNAMES.has(s.slice(0, 2));
  if (NAME_OPENING_WORDS.has(s.slice(0, 2))) return s.length === 2 || s.length === 4;
  if (s.length === 4) return compound || (SINGLE_SURNAMES.has(s[0]) && SINGLE_SURNAMES.has(s[1]));
  if (s.length === 3 && compound) return true;
  return SINGLE_SURNAMES.has(s[0]);
}

// Academic and courtesy titles written after the name: "X教授", "Y研究员", "Z秘书长".
const AFTER_NAME = /(?:副?教授|副?研究员|副?研究員|院士|博士|先生|女士|同志|秘书长|秘書長|会长|會長|主任)$/u;
const ORG_END = /[院校学學会會局部委所厅廳司处處室馆館社团團队隊组組办辦站台行厂廠省市县縣区區镇鎮乡鄉村国國心]/u;

/** The name at the end of a tail of characters: the longest suffix (4, 3, then 2) that reads as one. */
function nameAtEnd(tail: string): { name: string; rest: string } | null {
  if (MIDDLE_DOT.test(tail)) {
    // A dotted name runs from the last character that is not part of it.
    const m = DOTTED_TAIL.exec(tail);
    return m && DOTTED_NAME.test(m[0]) ? { name: m[0], rest: tail.slice(0, m.index) } : null;
  }
  for (const len of [4, 3, 2]) {
    if (tail.length < len) continue;
    const name = tail.slice(-len);
    if (isPersonName(name)) return { name, rest: tail.slice(0, -len) };
  }
  return null;
}

/** One "posts + name" phrase → a person, or null when the phrase names no one. */
export function titledPerson(phrase: string): Person | null {
  const p = phrase.trim();
  const after = AFTER_NAME.exec(p);
  if (after && p.length > after[0].length + 1) {
    const head = p.slice(0, after.index);
    const inner = titledPerson(head);
    if (inner && (inner.titles.length || head.length <= 4)) return { name: inner.name, titles: [...inner.titles, after[0]] };
    // No post before the name: the name is the last 2–3 characters before the title, 2 when
    // the character before those ends an organisation's name (…学院 陶然).
    // Only academic titles follow an unposted name in running text ("…学院陶然教授"); a bare
    // "…负责同志" names nobody.
    if (head.length > 3 && !ACADEMIC_AFTER.test(after[0])) return null;
    const len = head.length <= 3 ? head.length : ORG_END.test(head.slice(-3, -2)) ? 2 : 3;
    const name = head.slice(-len);
    const org = head.slice(0, -len);
    if (isPersonName(name)) return { name, titles: [...(org ? [org] : []), after[0]] };
  }
  const m = TITLED_NAME.exec(p);
  if (m) {
    const found = nameAtEnd(m[2]);
    // Characters between the last post and the name belong to the posts ("…组长国务院副总理X").
    if (found && found.rest.length <= 1) return { name: found.name, titles: splitTitles(m[1] + found.rest) };
    if (found) return null;
  }
  const org = ORG_NAME.exec(p);
  if (org) {
    const found = nameAtEnd(org[2]);
    if (found && !found.rest) return { name: found.name, titles: [org[1]] };
  }
  if (isPersonName(p)) return { name: p, titles: [] };
  return null;
}

function splitTitles(s: string): string[] {
  return s
    .split(LIST_SEPARATOR)
    .map((t) => t.trim())
    .filter(Boolean);
}

// A day or time glued before the first post ("26日" + a post) is not a post.
const LEADING_TIME = /^(?:(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号號](?:上午|下午|晚上|晚间|晚間)?|今天|今日|昨天|昨日)/u;
const LEADING_CONJUNCTION = /^(?:以及|和|及|与|與|並|并|还有|還有)/u;
// "A、B等", "A、B等专家", "A等全国政协委员": the list ends at 等; what follows names the group.
const ETC_TAIL = /等(?:[^、，,]{0,10})$/u;
const CONJUNCTION = /以及|和|及|与|與/u;
const ETC_SPLIT = /^([^等]{2,20})等(.*)$/u;

interface ListItem {
  text: string;
  /** The item starts a new conjunct (it followed 和/及/与 rather than 、). */
  opens: boolean;
}

/** Items of a 、-list; an item that is not itself a name and holds 和/及/与 is split there. */
function listItems(p: string): ListItem[] {
  const out: ListItem[] = [];
  const push = (text: string, opens: boolean) => {
    const t = text.replace(ETC_TAIL, '');
    if (t) out.push({ text: t, opens });
  };
  let afterEtc = false;
  for (const raw of p.split(LIST_SEPARATOR)) {
    let item = raw;
    let opens = afterEtc;
    afterEtc = false;
    // "A等专家和B、C负责人": the names end at 等; the group noun and what follows are another conjunct.
    const etc = ETC_SPLIT.exec(item);
    if (etc && titledPerson(etc[1])) {
      push(etc[1], opens);
      item = etc[2];
      opens = true;
      afterEtc = true;
      if (!item) continue;
    }
    // Bounded: an item holds a few conjunctions at most.
    for (let k = 0; k < 4; k++) {
      const cleaned = item.replace(ETC_TAIL, '');
      if (!cleaned || titledPerson(cleaned) || TITLE_END.test(cleaned)) break;
      const c = CONJUNCTION.exec(item);
      if (!c || c.index === 0) break;
      push(item.slice(0, c.index), opens);
      item = item.slice(c.index + c[0].length);
      opens = true;
    }
    push(item, opens);
  }
  return out;
}

/**
 * A list phrase before 出席/参加/主持 → people, each with the posts that precede their name.
 * Posts listed without a name (a 副组长 who 参加会议, named nowhere) give no one. A name without a post of its own
 * is read when it follows a post it shares ("副总理甲乙、丙丁"), under a collective label, or
 * in a conjunct that is all names ("甲乙、丙丁和有关部门负责同志"); in a conjunct that also holds
 * words that are not people ("某某公司、华为等企业负责人") a bare piece is not taken for a name.
 */
export function peopleInPhrase(phrase: string, opts: { bareNames?: boolean } = {}): Person[] {
  const bareNames = opts.bareNames ?? true;
  let p = phrase.replace(SPACES, '').replace(LEADING_TIME, '').replace(LEADING_CONJUNCTION, '');
  const collective = COLLECTIVE.exec(p);
  const groupTitle = collective && !ATTENDING_LABEL.test(collective[0]) ? [collective[0]] : [];
  if (collective) p = p.slice(collective[0].length);
  const items = listItems(p);
  // Each conjunct is pure when every item in it is a person or a post.
  const pure: boolean[] = [];
  let conjunct = -1;
  const conjunctOf: number[] = [];
  for (const it of items) {
    if (it.opens || conjunct < 0) {
      conjunct++;
      pure.push(true);
    }
    conjunctOf.push(conjunct);
    if (!TITLE_END.test(it.text) && !titledPerson(it.text)) pure[conjunct] = false;
  }
  const out: Person[] = [];
  let pendingTitles: string[] = [];
  let shared: string[] = [];
  items.forEach((item, k) => {
    if (item.opens) shared = [];
    // A post written after the name ("陶然研究员") makes the item a person, not a post.
    const person = titledPerson(item.text);
    if (!person && TITLE_END.test(item.text)) {
      pendingTitles.push(item.text);
      return;
    }
    if (!person) {
      pendingTitles = [];
      shared = [];
      return;
    }
    const bare = !person.titles.length && !pendingTitles.length;
    // Without bareNames, a bare name needs a label or a post it shares with the name before it.
    if (bare && !collective && !(pure[conjunctOf[k]] && (bareNames || shared.length))) {
      pendingTitles = [];
      return;
    }
    person.titles = [...pendingTitles, ...person.titles];
    if (!person.titles.length) person.titles = shared.length ? [...shared] : [...groupTitle];
    else shared = [...person.titles];
    pendingTitles = [];
    out.push(person);
  });
  return out;
}

const TITLE_ANYWHERE = new RegExp(TITLE_WORD, 'gu');
// A verb right after a name in running text: it tells where the name ends ("…副会长某某带来了",
// "…书记某某某首先发言").
const VERB_AFTER_NAME =
  /^(?:带来|帶來|介绍|介紹|说|說|表示|提出|发言|發言|汇报|匯報|通报|通報|讲话|講話|谈|談|指出|强调|強調|认为|認為|就|在|对|對|作|做|首先|宣读|宣讀|代表|向|结合|結合|围绕|圍繞|主持|出席|参加|參加|列席|也|还|還|亲自|親自|分别|分別|先后|先後|专门|專門|播放|回顾|回顧|总结|總結)/u;

/**
 * The person named with a post at the start of a clause, when a verb follows the name
 * ("某某协会副会长某某带来了数据"): the name's length is told by where the verb begins.
 */
export function leadingPerson(clause: string): Person | null {
  const head = clause.slice(0, 60);
  for (const m of head.matchAll(TITLE_ANYWHERE)) {
    const end = (m.index ?? 0) + m[0].length;
    for (const len of [3, 2]) {
      const name = head.slice(end, end + len);
      if (isPersonName(name) && VERB_AFTER_NAME.test(clause.slice(end + len))) {
        return { name, titles: splitTitles(head.slice(0, end)) };
      }
    }
  }
  return null;
}

/** A post without a name ("省委副书记", "国务委员"). */
export function isPost(text: string): boolean {
  return TITLE_END.test(text) && !titledPerson(text);
}
