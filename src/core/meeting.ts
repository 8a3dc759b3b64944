import { toIsoDate } from './dates';
import { isPersonName, isPost, leadingPerson, peopleInPhrase, titledPerson } from './people';
import type { Block, Meeting, Person } from './types';

/**
 * A meeting report's structure: whether the report is of a meeting at all, when it met, who
 * chaired (主持), who spoke (出席并讲话, 在会上强调, 发言, 通报, 讲解…), who attended (出席,
 * 参加, 列席), the numbered directives (一要… / 一是… / 第一… / （一）…) and the meeting's
 * statements (会议指出 / 强调 / 要求).
 */

// ---------------------------------------------------------------------------------------------
// Is a meeting reported?
// ---------------------------------------------------------------------------------------------

/**
 * Names of gatherings that are held: 会议, 座谈会, 全会, 集体学习, 论坛, 新闻发布会… (a product
 * 发布会 is a launch, not a meeting).
 */
const GATHERING =
  '(?:会议|會議|座谈会|座談會|研讨会|研討會|推进会|推進會|推介会|推介會|报告会|報告會|新闻发布会|新聞發布會|新聞發佈會|见面会|見面會|生活会|生活會|表彰会|表彰會|动员会|動員會|联席会|聯席會|协商会|協商會|年会|年會|例会|例會|全会|全會|大会|大會|常委会|常委會|常务会|常務會|峰会|峰會|论坛|論壇|集体学习|集體學習|座谈|座談)';
/**
 * Words that say a meeting took place. Each is bounded to one clause (no comma inside), so a
 * gathering named in one clause and a verb in another do not pair up.
 *  - 主持 a gathering (主持召开, 主持会议, 主持学习; a show or a contest one 主持 is not one),
 *    a gathering 由…主持, 召开, 开会 (not 召开的, a modifier: "前不久召开的业绩会");
 *  - a gathering then 举行 / 举办 / 开幕 (not 开幕式, a noun): "会议12月8日在北京举行";
 *  - 举行 / 进行 / 展开 then a gathering: "进行第二十次集体学习", "展开座谈";
 *  - speaking at one: "在…会议上强调", "在会上讲话";
 *  - a meeting's own start or business: "会议一开始", "会议听取了…", "会议审议…";
 *  - attending one, not as a modifier ("出席…会议的代表" describes the guests of a 会见).
 */
const HELD_SOURCES = [
  `主持(?:召开|召開|学习|學習|[^，。；！？,;!?]{0,30}?${GATHERING})`,
  `${GATHERING}由[^，。；！？,;!?]{1,40}?主持`,
  '(?:召开|召開|开会|開會)(?!的)',
  `${GATHERING}[^，。；！？,;!?]{0,30}?(?:举行|舉行|举办|舉辦|开幕|開幕|闭幕|閉幕)(?!式|的)`,
  `(?:举行|舉行|举办|舉辦|进行|進行|展开|展開|开展|開展)了?[^，。；！？,;!?的]{0,30}?${GATHERING}`,
  `${GATHERING}上(?:强调|強調|讲话|講話|指出|表示|说|說|发表|發表|作|提出|要求)`,
  '(?:会议|會議)(?:一|刚|剛|正式)?(?:开始|開始)',
  '(?:会议|會議)[，,]?(?:听取|聽取|审议|審議)',
  `(?:出席|参加|參加|列席)了?[^，。；！？,;!?的]{0,40}?${GATHERING}(?!的|[^，。；！？,;!?]{0,2}的)`,
];
const HELD = new RegExp(HELD_SOURCES.join('|'), 'gu');
/**
 * The report's main event is something else: a meeting with guests (会见), a visit (考察,
 * 调研), a letter (回信, 致信, 贺信). A gathering named after one of these in the same clause is
 * that event's object ("致信祝贺…大会开幕"), unless the clause adds a second event with 并 or
 * 后 ("在河南考察并主持召开…会议").
 */
const OTHER_EVENT = /会见|會見|会晤|會晤|会谈|會談|考察|视察|視察|调研|調研|回信|致信|贺信|賀信|致电|致電|慰问|慰問|看望/u;
const SECOND_EVENT = /并|並|后|後|随后|隨後/u;
/** A meeting to come or long past is not this report's: "将于…召开", "今年将举办…峰会", "召开以来". */
const NOT_NOW_BEFORE = /(?:将|將|即将|即將|拟|擬|计划|計劃)[^，。；,;]{0,20}$/u;
const NOT_NOW_AFTER = /^(?:以来|以來|前夕|之际|之際)/u;
const FUTURE = /将|將|即将|即將|拟|擬/u;
const CLAUSE_START = /[，,：:；;。！？!?\s]/u;
/** How many body paragraphs, after the headline, make the report's lead. */
const LEAD_PARAGRAPHS = 2;

interface Held {
  at: number;
  end: number;
}

/** Places in a sentence where a meeting is said to be held, as this report's main event. */
function heldEvents(sentence: string): Held[] {
  const out: Held[] = [];
  if (sentence.length > MAX_SENTENCE) return out;
  for (const m of sentence.matchAll(HELD)) {
    const at = m.index ?? 0;
    let clauseStart = at;
    while (clauseStart > 0 && !CLAUSE_START.test(sentence[clauseStart - 1])) clauseStart--;
    const before = sentence.slice(clauseStart, at);
    const other = OTHER_EVENT.exec(before);
    if (other && !SECOND_EVENT.test(before.slice(other.index + other[0].length))) continue;
    if (NOT_NOW_BEFORE.test(before) || FUTURE.test(m[0]) || NOT_NOW_AFTER.test(sentence.slice(at + m[0].length))) continue;
    out.push({ at, end: at + m[0].length });
  }
  return out;
}

const SENTENCE_SPLIT = /(?<=[。！？!?；;])/u;
const MAX_SENTENCE = 600;

function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_SPLIT)
    .map((s) => s.trim())
    .filter(Boolean);
}

const HEADLINE_SPLIT = /[\s\u3000]+/u;

/** Headline parts: a broadcast headline runs several titles together, split by spaces. */
function headlineParts(title: string | null): string[] {
  return (title ?? '').split(HEADLINE_SPLIT).filter(Boolean);
}

/**
 * A meeting is reported when the headline or the lead (first paragraphs) says one was held,
 * not when the word 会议 appears somewhere: a 会见 of a conference's delegates, an inspection
 * tour, a letter, a notice setting up a body, or an article citing last month's meeting names
 * a meeting without reporting one.
 */
export function reportsMeeting(title: string | null, paragraphs: string[]): boolean {
  const parts = headlineParts(title);
  if (parts.some((t) => NAMED_GATHERING.test(t) && !OTHER_EVENT.test(t))) return true;
  const headlineHeld = parts.some((t) => heldEvents(t).length > 0);
  if (headlineHeld) return true;
  // A letter is sent from afar: a report headlined by one tells the letter, even when its lead
  // says the gathering it greets opened ("X向…论坛致贺信": "论坛12日开幕。X发来贺信").
  if (parts.some((t) => LETTER.test(t))) return false;
  return leadParagraphs(paragraphs).some((text) => sentencesOf(text).some((s) => heldEvents(s).length > 0));
}

const LETTER = /致信|贺信|賀信|回信|复信|復信|致电|致電|贺电|賀電|贺词|賀詞/u;

/** A headline that is a gathering's name ("…第二场新闻发布会", "…发展座谈会") reports it. */
const NAMED_GATHERING = new RegExp(`${GATHERING}$`, 'u');
/** A paragraph of prose, not a headline line repeated above the text ("绥德县举行"). */
const PROSE = /[。！？!?]|^.{60}/u;

/** The lead: the first LEAD_PARAGRAPHS prose paragraphs and any short lines above them. */
function leadParagraphs(paragraphs: string[]): string[] {
  let prose = 0;
  let k = 0;
  while (k < paragraphs.length && prose < LEAD_PARAGRAPHS) if (PROSE.test(paragraphs[k++])) prose++;
  return paragraphs.slice(0, k);
}

// ---------------------------------------------------------------------------------------------
// When
// ---------------------------------------------------------------------------------------------

/**
 * A day as reports write it: 26日, 3月26号, 2012年10月12日, and runs of days of which the
 * first is the meeting's (8日至10日, 10月12日、13日和15日, 12月25和26日, 5月10-12日).
 */
const DAY_RUN =
  /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*(?:[日号號](?![报報])|(?=\s*(?:[-－—~～至到和、]|以及)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号號]))(?:\s*(?:[-－—~～至到和、]|以及)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号號])*/gu;
// 今天, 昨天, 前天; 周日, 星期五, 上周五: days counted from the publish date.
const RELATIVE_DAY = /(今天|今日|昨天|昨日|前天|前日)|(上)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])/gu;
/** Days the text leaves vague: the meeting's day is then unknown, not the publish date. */
const VAGUE_DAY = /近日|日前|近期|前不久|不久前|最近|此前/u;
const WEEKDAYS = '日一二三四五六';
const TODAY = /今/u;
const YESTERDAY = /昨/u;

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function resolveDay(m: RegExpMatchArray, ref: string): string | null {
  const [, y, mo, d] = m;
  if (y && mo) return toIsoDate(`${y}年${mo}月${d}日`)?.iso.slice(0, 10) ?? null;
  if (mo) return toIsoDate(`${mo}月${d}日`, { reference: ref })?.iso.slice(0, 10) ?? null;
  // A day without its month is this month's, or last month's when it lies after the publish day.
  const day = Number(d);
  const [ry, rm, rd] = ref.split('-').map(Number);
  let year = ry;
  let month = day <= rd ? rm : rm - 1;
  if (month < 1) {
    month = 12;
    year--;
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function resolveRelative(m: RegExpMatchArray, ref: string): string {
  if (m[1]) {
    const back = TODAY.test(m[1]) ? 0 : YESTERDAY.test(m[1]) ? 1 : 2;
    return shiftDays(ref, -back);
  }
  // The latest such weekday on or before the publish date; 上周X is in the week before.
  const want = WEEKDAYS.indexOf(m[3] === '天' ? '日' : m[3]);
  const refDow = new Date(`${ref}T00:00:00Z`).getUTCDay();
  let back = (refDow - want + 7) % 7;
  if (m[2]) {
    // Weeks run Monday to Sunday: last week's day is 7 days before this week's.
    const mondayBack = (refDow + 6) % 7;
    const thisWeek = -mondayBack + ((want + 6) % 7);
    back = -(thisWeek - 7);
  }
  return shiftDays(ref, -back);
}

/** The last day named in `text` (a run counts once, by its first day), or null. */
function lastDayIn(text: string, ref: string): { iso: string | null; vague: boolean } | null {
  let best: { at: number; iso: string | null } | null = null;
  for (const m of text.matchAll(DAY_RUN)) {
    if (!best || (m.index ?? 0) >= best.at) best = { at: m.index ?? 0, iso: resolveDay(m, ref) };
  }
  for (const m of text.matchAll(RELATIVE_DAY)) {
    if (!best || (m.index ?? 0) >= best.at) best = { at: m.index ?? 0, iso: resolveRelative(m, ref) };
  }
  const vague = VAGUE_DAY.exec(text);
  if (vague && (!best || vague.index > best.at)) return { iso: null, vague: true };
  return best ? { iso: best.iso, vague: false } : null;
}

/**
 * The day the meeting was held: the day written in the sentence that says it was held, before
 * the verb ("中央纪委常委会24日召开会议", "今天，四川省委召开会议"), or earlier in that
 * paragraph ("8月23号，…。会议一开始，…"). Dates of other things in other sentences (a report
 * published 日前, a session that closed 昨天) are not read. Only 近日 → unknown.
 */
const MAX_DATED_SENTENCES = 20;

function meetingDate(paragraphs: string[], reference: string | null): string | null {
  if (!reference) return null;
  const ref = reference.slice(0, 10);
  const lead = leadParagraphs(paragraphs).length;
  // The text above is searched once, for the first sentence that says the meeting was held; a
  // report tells when it met in its first few such sentences.
  let searchedAbove = false;
  let tried = 0;
  for (let k = 0; k < paragraphs.length && k < 8; k++) {
    const p = paragraphs[k];
    let offset = 0;
    for (const s of sentencesOf(p)) {
      const start = p.indexOf(s, offset);
      offset = start + s.length;
      const held = heldEvents(s);
      if (!held.length) continue;
      if (++tried > MAX_DATED_SENTENCES) return null;
      // Up to the verb: the day may sit between the gathering and 举行 ("会议8日至10日在京举行").
      const own = lastDayIn(s.slice(0, held[0].end), ref);
      if (own) return own.iso;
      // The lead's opening day scopes what it tells ("2月27日下午，…一行到…。…展开座谈").
      if (searchedAbove) continue;
      searchedAbove = true;
      const above = k < lead ? [...paragraphs.slice(0, k), p.slice(0, Math.max(0, start))].join('\n') : p.slice(0, Math.max(0, start));
      const earlier = lastDayIn(above, ref);
      if (earlier) return earlier.iso;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Who
// ---------------------------------------------------------------------------------------------

/**
 * Words between a person and the verb that do not change who acts: a day or time, a place
 * (在北京, 在河南…考察), adverbs (先后, 分别, 亲自), a coordinated first event (…考察，并),
 * a shared accompaniment (陪同考察并), a topic (就这个问题), a commission (受中共中央委托),
 * and the end of a list (等, 等全国政协委员).
 */
const FILLER_END = new RegExp(
  `(?:${[
    '(?:\\d{4}\\s*年\\s*)?(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*[日号號](?:[-－—~～至到和、]\\d{1,2}[日号號])*',
    '今天|今日|昨天|昨日|当天|當天|近日|日前|上午|下午|晚上|晚间|晚間|清晨|凌晨|中午',
    '(?:上)?(?:周|週|星期)[一二三四五六日天]',
    '在[^，。；,;「」“”]{1,30}',
    '在',
    '先后|先後|分别|分別|相继|相繼|亲自|親自|专门|專門|随后|隨後|一同|共同|也|还|還|均|又|再|首先',
    '[，,]?(?:并|並|并且|並且)',
    '陪同[^，。；,;]{0,10}?(?:并|並)',
    '就[^，。；,;]{1,40}',
    '受[^，。；,;]{1,20}?(?:委托|委託)',
    '应邀|應邀',
    '等[^、，,。；]{0,10}',
  ]
    .map((s) => `(?:${s})`)
    .join('|')})$`,
  'u',
);

/** "在批示中指出", "在贺信中表示": words sent, not said at the meeting; the place is not a filler. */
const SENT_WORDS = /指示|批示|贺信|賀信|信中|致信|回信|贺电|賀電/u;

function stripFiller(text: string): string {
  let t = text;
  // Bounded: each pass removes one filler.
  for (let k = 0; k < 8; k++) {
    const m = FILLER_END.exec(t);
    if (!m || !m[0] || (m[0].startsWith('在') && SENT_WORDS.test(m[0]))) break;
    t = t.slice(0, m.index);
  }
  return t;
}

const PIECE_SPLIT = /[，,]/u;
const UNNAMED_GROUP = /(?:负责人|負責人|负责同志|負責同志|同志|代表|人士|干部|幹部|成员|成員)$/u;
const LEAD_IN = /^.*[：:]/u;

/**
 * The people that are the subject of a verb at `at` in the sentence: the list just before it,
 * read back over commas while each piece is all people ("国务院副总理A、B，国务委员C出席").
 */
function subjectBefore(sentence: string, at: number): Person[] {
  let before = stripFiller(sentence.slice(Math.max(0, at - 300), at));
  before = before.replace(LEAD_IN, '');
  const pieces = before.split(PIECE_SPLIT);
  // "A、B等12位专家，分别作了报告": a comma may close the list before the verb.
  if (pieces.length > 1 && !pieces[pieces.length - 1]) pieces.pop();
  const out: Person[] = [];
  for (let k = pieces.length - 1; k >= 0; k--) {
    const piece = k === pieces.length - 1 ? pieces[k] : stripFiller(pieces[k]);
    const people = peopleInPhrase(piece);
    if (!people.length) {
      // Unnamed officials close the list ("A、B，有关部门负责人出席"): the names are before them.
      if (k === pieces.length - 1 && k > 0 && UNNAMED_GROUP.test(piece) && isPeopleOnly(pieces[k - 1])) continue;
      break;
    }
    out.unshift(...people);
    // An earlier piece continues the list only when it is all people (no verb in it).
    if (k > 0 && !isPeopleOnly(pieces[k - 1])) break;
  }
  return out;
}

const SPACES = /\s+/gu;
const LIST_MARK = /、/u;
const ETC_END = /等[^、]{0,10}$/u;
const CONJUNCTION_START = /^(?:以及|和|及|与|與)/u;

/** Every piece of the phrase is a person or a post. */
function isPeopleOnly(piece: string): boolean {
  const items = piece.replace(SPACES, '').split(LIST_MARK).filter(Boolean);
  if (!items.length) return false;
  return items.every((it) => {
    const t = it.replace(ETC_END, '').replace(CONJUNCTION_START, '');
    return !!titledPerson(t) || peopleInPhrase(t).length > 0 || isPost(t);
  });
}

/** The one person before a verb: the last of the subject list. */
function chairBefore(sentence: string, at: number): Person | null {
  const by = BY_CHAIR.exec(sentence.slice(Math.max(0, at - 60), at));
  if (by) {
    const people = peopleInPhrase(by[1]);
    return people.length ? people[people.length - 1] : null;
  }
  const people = subjectBefore(sentence, at);
  return people.length ? people[people.length - 1] : null;
}

/** 会议由X主持: the chairman follows 由. */
const BY_CHAIR = /由([^，。；由]{2,40})$/u;
const CHAIR = /主持(?!人)/gu;
// 召开 a 座谈会 one then leads (听取意见, 讲话): the convener chairs it.
const CONVENE_FORUM = /(?:召开|召開)[^，。；]{0,40}?(?:座谈会|座談會)/gu;

/**
 * Verbs that make their subject a speaker at the meeting. Generic reporting verbs (强调, 指出,
 * 表示, 说) count only when the sentence places them at the meeting (在会上, 在讲话中): a leader
 * who sent a 指示 or a 批示 is quoted with the same verbs and did not speak there.
 */
const SPEAK = new RegExp(
  [
    // 出席会议并讲话, 会见与会代表并讲话, 参加会见并在会上讲话
    '(?:出席|参加|參加|会见|會見)[^，。；]{0,20}?(?:并|並)(?:在会上|在會上|先后|先後|分别|分別)?(?:讲话|講話|发表|發表|致辞|致辭|作|发言|發言)',
    // 在会上强调, 在讲话中表示, 在…会议上指出
    '在(?:[^，。；]{0,40}?' +
      GATHERING +
      '上|会上|會上|讲话中|講話中|发言中|發言中|致辞中|致辭中)(?:强调|強調|指出|表示|说|說|讲话|講話|发表|發表|提出|介绍|介紹|要求|作)',
    // 作重要讲话, 作总结讲话, 作了重点发言, 作工作报告, 作了题为…的报告 (not 作出重要指示)
    '(?:作|做|发表|發表)了?(?:题为[^，。；]{1,40}?的)?[^，。；的]{0,8}?(?:讲话|講話|发言|發言|报告|報告|说明|說明)',
    // 致辞, 向大会致词
    '(?:向[^，。；]{1,20}?)?(?:致辞|致辭|致词|致詞)',
    // 发言, 先后发言, 发了言
    '(?:先后|先後|分别|分別|相继|相繼)?(?:发言|發言|发了言|發了言)',
    // 通报, 汇报, 讲解, 宣读, 介绍…情况
    '(?:通报|通報|汇报|匯報|讲解|講解|进行讲解|進行講解|宣读|宣讀)',
    '(?:介绍|介紹)了?[^，。；]{0,20}?(?:情况|情況)',
    // 就…提出了建议, 谈了看法, 发表了意见
    '(?:提出|发表|發表|谈|談|提)了?(?:各自的)?(?:意见|意見|建议|建議|看法)',
  ].join('|'),
  'gu',
);
/**
 * Reporting verbs that, said of a person named with a post ("市长X强调", "某厅Y介绍，"), report
 * what was said at the meeting: the report tells the meeting. A leader quoted from a 指示 or a
 * 批示 is not the subject of these ("X作出重要指示强调": the verb follows 指示).
 */
const TITLED_SPEECH = /(?:强调|強調|指出|要求|提出)(?!的)|(?:介绍|介紹)(?:了|[，,])/gu;
/**
 * At a 座谈会 the people invited are there to give their views, and at a 新闻发布会 the officials
 * on the podium answer, so a participant named with a post who 说 / 表示 spoke at it; elsewhere
 * these verbs quote people who need not have been there.
 */
const FORUM = /座谈会|座談會|新闻发布会|新聞發布會|新聞發佈會/u;
const FORUM_SPEECH = /(?:说|說|表示)[，,：:]/gu;
/** Words said to the press or quoted by another outlet, not at the meeting. */
const TO_THE_PRESS = /引述|援引|接受[^，。；]{0,20}?(?:采访|採訪)|告诉|告訴|(?:对|對|向)(?:记者|記者|媒体|媒體)/u;
const ACADEMIC = /(?:教授|研究员|研究員|院士|博士|学者|學者|专家|專家)$/u;
/**
 * A clause opened by the meeting's place or moment ("会上，", "在座谈会上，", "会议一开始，") tells
 * what a participant did there: the person named with a post at its start took the floor.
 */
const AT_THE_MEETING = new RegExp(`(?:^|[，,。；;：:])\\s*在?(?:${GATHERING}|会|會)(?:上|一开始|一開始|开始时|開始時)[，,]`, 'gu');

/** 会议听取了X(代表…)(对…)作的说明 / 汇报 / 报告: X reported to the meeting. */
const HEARD_REPORT = /(?:听取|聽取)了?([^，。；;]{2,60}?)(?:对|對|就|关于|關於)[^。；;]{1,150}?(?:作|做)的(?:说明|說明|汇报|匯報|报告|報告)/gu;
/** "X代表国务院": the body X spoke for is not part of his name. */
const ON_BEHALF = /代表[^、，,]*$/u;
/** Attending: 出席 / 参加 / 列席 (the meeting), closing the clause; …并讲话 is a speaker's. */
const ATTEND = new RegExp(
  `(?:出席|参加|參加|列席)了?(?:[^，。；;,的]{0,40}?(?:${GATHERING}|会见|會見|学习|學習|约谈|約談|活动|活動|开幕式|開幕式|仪式|儀式))?(?=[。；;，,！!]|$)`,
  'gu',
);
/** The people listed after 出席会议的…: 出席会议的常委A、B等全体起立 (a 默哀 sentence), 出席座谈会的还有A、B等. */
// "出席座谈会的党外人士还有A、B", "出席会议的有：A、B": the names follow 还有 / 有.
const ALSO_PRESENT = /^(?:.*?(?:还有|還有)|[^、，,]{0,12}?有[：:]|有)/u;
const ATTENDING_LIST = /(?:出席|参加|參加|列席)(?:会议|會議|座谈会|座談會|大会|大會)的([^。；;]{2,200}?)(?=等|全体|全體|[。；;]|$)/gu;

function addPerson(list: Person[], p: Person): void {
  const prior = list.find((q) => q.name === p.name);
  if (!prior) list.push(p);
  else if (!prior.titles.length && p.titles.length) prior.titles = p.titles;
}

// ---------------------------------------------------------------------------------------------
// Directives
// ---------------------------------------------------------------------------------------------

const NUMERALS = '一二三四五六七八九十';
// A numbered item opens a paragraph or follows punctuation (统一要求 is not an item):
// 一要… / 一是… / 第一，… / （一）…; group 1 is the marker, group 2 its numeral.
const ITEM_MARKERS = [
  new RegExp(`(?:^|[。；;：:，,])\\s*(([${NUMERALS}])要)`, 'gu'),
  new RegExp(`(?:^|[。；;：:，,])\\s*(([${NUMERALS}])是)`, 'gu'),
  new RegExp(`(?:^|[。；;：:，,])\\s*(第([${NUMERALS}])(?:[，,、：:]|(?=要|是)))`, 'gu'),
  new RegExp(`(?:^|[。；;：:，,])\\s*([（(]([${NUMERALS}])[）)])`, 'gu'),
];
/**
 * A list that recounts what was done (采取了…, 降低了…, 并没有…) is past measures, not the
 * meeting's directives: most of its items carry a completed-action marker.
 */
const PAST_ACTION = /(?<![为為除])了(?!解)|已经|已經|没有|沒有|过去|過去/u;

/**
 * A list introduced as someone else's reading ("「某某号」表示，…可以说明三点，一是…",
 * "《某报》评论员文章指出，一是…", "专家分析，一是…") is a commentator's points, not the meeting's.
 */
const COMMENTATOR =
  /(?:[」”》』]|报道|報道|评论员|評論員|评论|評論|专家|專家|学者|學者|分析人士|媒体|媒體|官媒|账号|帳號)[^，。；,;]{0,6}(?:表示|指出|认为|認為|说|說|称|稱|分析|解读|解讀)/u;
const SENTENCE_END = /[。！？!?]/u;
const TRAILING_PUNCTUATION = /[；;，,、]\s*$/u;

/** The text of the sentence before position `at`, where a list's first item starts. */
function introBefore(p: string, at: number): string {
  let k = at;
  while (k > 0 && at - k < 200 && !SENTENCE_END.test(p[k - 1])) k--;
  return p.slice(k, at);
}

/** The numbered directives, each list in order; several lists (each restarting at 一) are added up. */
export function numberedDirectives(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const re of ITEM_MARKERS) {
    let list: string[] = [];
    let next = 0;
    let commentary = false;
    const close = () => {
      const past = list.filter((it) => PAST_ACTION.test(it)).length;
      if (list.length >= 2 && past * 2 <= list.length && !commentary) out.push(...list);
      list = [];
    };
    for (const p of paragraphs) {
      const starts: { at: number; opens: boolean }[] = [];
      for (const m of p.matchAll(re)) {
        const n = NUMERALS.indexOf(m[2]);
        const at = (m.index ?? 0) + m[0].length - m[1].length;
        if (n === 0) {
          starts.push({ at, opens: true });
          next = 1;
        } else if (n === next) {
          starts.push({ at, opens: false });
          next++;
        }
      }
      for (let k = 0; k < starts.length; k++) {
        if (starts[k].opens) {
          close();
          commentary = COMMENTATOR.test(introBefore(p, starts[k].at));
        }
        const piece = p.slice(starts[k].at, k + 1 < starts.length ? starts[k + 1].at : undefined).trim();
        const item = piece.replace(TRAILING_PUNCTUATION, '');
        list.push(item);
      }
    }
    close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The record
// ---------------------------------------------------------------------------------------------

const STATEMENT = /(?:会议|會議)(?:指出|强调|強調|要求|认为|認為)/u;

export function extractMeeting(title: string | null, body: Block[], publishedAt: string | null): Meeting | null {
  const paragraphs = body.map((b) => b.text);
  if (!reportsMeeting(title, paragraphs)) return null;

  const sentences: string[] = [];
  for (const p of paragraphs) for (const s of sentencesOf(p)) if (s.length <= MAX_SENTENCE) sentences.push(s);
  const headline = headlineParts(title);
  const forum = [title ?? '', ...paragraphs.slice(0, LEAD_PARAGRAPHS)].some((t) => FORUM.test(t));

  let host: Person | null = null;
  const speakers: Person[] = [];
  const attendees: Person[] = [];
  const known = new Map<string, Person>();
  const learn = (p: Person) => {
    const prior = known.get(p.name);
    if (!prior || (!prior.titles.length && p.titles.length)) known.set(p.name, p);
  };

  // The chairman: the body first (it gives posts), then the headline.
  for (const s of [...sentences, ...headline]) {
    for (const m of s.matchAll(CHAIR)) {
      const p = chairBefore(s, m.index ?? 0);
      if (p) {
        learn(p);
        host ??= p;
      }
    }
    if (host) break;
  }
  if (!host) {
    for (const s of [...sentences, ...headline]) {
      const m = CONVENE_FORUM.exec(s);
      CONVENE_FORUM.lastIndex = 0;
      const p = m ? chairBefore(s, m.index) : null;
      if (p) {
        learn(p);
        host = p;
        break;
      }
    }
  }

  for (const s of [...sentences, ...headline]) {
    for (const m of s.matchAll(SPEAK)) {
      for (const q of subjectBefore(s, m.index ?? 0)) {
        learn(q);
        addPerson(speakers, q);
      }
    }
    for (const re of forum ? [TITLED_SPEECH, FORUM_SPEECH] : [TITLED_SPEECH]) {
      if (TO_THE_PRESS.test(s)) break;
      for (const m of s.matchAll(re)) {
        for (const q of subjectBefore(s, m.index ?? 0)) {
          // An official's post makes a report of his words a report of the meeting; a
          // scholar's title alone does not (the report may quote him from elsewhere).
          if (!q.titles.length || (re === TITLED_SPEECH && q.titles.every((t) => ACADEMIC.test(t)))) continue;
          learn(q);
          addPerson(speakers, q);
        }
      }
    }
    for (const m of s.matchAll(AT_THE_MEETING)) {
      const q = leadingPerson(s.slice((m.index ?? 0) + m[0].length));
      if (q) {
        learn(q);
        addPerson(speakers, q);
      }
    }
    for (const m of s.matchAll(HEARD_REPORT)) {
      for (const q of peopleInPhrase(m[1].replace(ON_BEHALF, ''))) {
        learn(q);
        addPerson(speakers, q);
      }
    }
    for (const m of s.matchAll(ATTEND)) {
      for (const q of subjectBefore(s, m.index ?? 0)) {
        learn(q);
        addPerson(attendees, q);
      }
    }
    for (const m of s.matchAll(ATTENDING_LIST)) {
      const list = m[1].replace(ALSO_PRESENT, '');
      for (const q of peopleInPhrase(list)) {
        learn(q);
        addPerson(attendees, q);
      }
    }
  }

  const hostName = host?.name;
  const speakerList = speakers.filter((q) => q.name !== hostName && isPersonName(q.name)).map((q) => known.get(q.name) ?? q);
  const attendeeList = attendees.filter((q) => q.name !== hostName && !speakerList.some((s) => s.name === q.name)).map((q) => known.get(q.name) ?? q);
  const directives = numberedDirectives(paragraphs);
  const statements: string[] = [];
  for (const p of paragraphs) {
    const at = p.search(STATEMENT);
    if (at >= 0) statements.push(p.slice(at).trim());
  }
  return {
    date: meetingDate(paragraphs, publishedAt),
    host: host ? (known.get(host.name) ?? host) : null,
    speakers: speakerList,
    attendees: attendeeList,
    directives,
    statements,
  };
}
