import type { Person } from './types';

/**
 * Officials as news reports name them: a chain of posts then the name
 * ("市委副书记、市长、市疫情防控工作领导小组组长裘东耀", "副市长温奇志"), or a collective label
 * then bare names ("市领导楊興銘、張華忠"). A post ends in a title word; the name is the
 * 2–3 Han characters (4 for compound surnames) after the last one.
 */
const TITLE_WORD =
  '(?:副?(?:书记|書記|市长|市長|省长|省長|区长|區長|县长|縣長|州长|州長|镇长|鎮長|乡长|鄉長|主任|组长|組長|指挥长|指揮長|部长|部長|局长|局長|厅长|廳長|秘书长|秘書長|主席|常委|委员|委員|总理|總理|院长|院長|校长|校長|负责人|負責人|理事长|理事長|董事长|董事長|总经理|總經理|检察长|檢察長|政委|司令员|司令員|处长|處長|科长|科長|会长|會長|社长|社長|行长|行長|署长|署長|馆长|館長|巡视员|巡視員|专员|專員|总监|總監|队长|隊長|所长|所長|站长|站長|主任委员|主任委員|成员|成員|代表|总领事|總領事|领事|領事|大使|参赞|參贊|团长|團長|院士|总裁|總裁))';
const TITLE_END = new RegExp(`${TITLE_WORD}$`, 'u');
const NAME = '[\\p{Script=Han}·]{2,4}';
const TITLED_NAME = new RegExp(`^(.*${TITLE_WORD})(${NAME})$`, 'u');
const COLLECTIVE = /^(?:(?:省|市|区|區|县|縣|州|镇|鎮|乡|鄉|部|委|厅|廳|局)?(?:领导|領導)(?:同志)?|(?:省|市|区|區|县|縣)(?:委|政府)?(?:领导|領導)班子成员|出席(?:会议|會議)的有)/u;
/** Words that sit where a name would but are not people. */
const NOT_A_NAME = /^(?:会议|會議|大会|大會|会上|會上|他|她|我们|我們|大家|同志|文件|通知|通告|报告|報告|全市|全省|全区|全區|各地|各级|各級|部门|部門|其中|同时|同時|此外|随后|隨後|最后|最後|首先|要求|强调|強調|指出|重要|主要|讲话|講話|发言|發言|致辞|致辭|有关|有關|相关|相關|负责|負責)$/u;

export function isLikelyName(s: string): boolean {
  // A name does not end in an organisation's last character (科学院, 财政局).
  return /^[\p{Script=Han}·]{2,4}$/u.test(s) && !NOT_A_NAME.test(s) && !TITLE_END.test(s) && !/[院局部委厅廳馆館社处處校所会會]$/u.test(s);
}

const ORG_END = /[院校学學会會局部委所厅廳司处處室馆館社团團队隊组組办辦站台行厂廠省市县縣区區镇鎮乡鄉村国國心]/u;
// Academic and courtesy titles written after the name: "X教授", "Y研究员", "Z秘书长".
const AFTER_NAME = /(?:副?教授|副?研究员|副?研究員|院士|博士|先生|女士|同志|秘书长|秘書長|会长|會長|主任)$/u;

/** One "posts + name" phrase → a person, or null when the phrase names no one. */
export function titledPerson(phrase: string): Person | null {
  const p = phrase.trim();
  const after = AFTER_NAME.exec(p);
  if (after && p.length > after[0].length + 1) {
    const head = p.slice(0, after.index);
    const inner = titledPerson(head);
    if (inner && (inner.titles.length || head.length <= 3)) return { name: inner.name, titles: [...inner.titles, after[0]] };
    // No post before the name: the name is the last 2–3 characters before the title, 2 when
    // the character before those ends an organisation's name (…学院 陶然).
    // Only academic titles follow an unposted name in running text ("…学院陶然教授"); a bare
    // "…负责同志" names nobody.
    if (head.length > 3 && !/教授|研究员|研究員|院士|博士/u.test(after[0])) return null;
    const len = head.length <= 3 ? head.length : ORG_END.test(head.slice(-3, -2)) ? 2 : 3;
    const name = head.slice(-len);
    const org = head.slice(0, -len);
    if (isLikelyName(name)) return { name, titles: [...(org ? [org] : []), after[0]] };
  }
  const m = TITLED_NAME.exec(p);
  if (m) {
    // Prefer a 2–3 character name: a 4-character tail usually swallowed a title character.
    let titles = m[1];
    let name = m[2];
    if (name.length === 4 && !/^(?:欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|慕容|司徒|尉迟|尉遲|长孙|長孫|宇文|夏侯|公孙|公孫)/u.test(name)) {
      titles += name.slice(0, 1);
      name = name.slice(1);
    }
    if (!isLikelyName(name)) return null;
    return { name, titles: splitTitles(titles) };
  }
  if (isLikelyName(p)) return { name: p, titles: [] };
  return null;
}

function splitTitles(s: string): string[] {
  return s
    .split(/[、,，]/u)
    .map((t) => t.trim())
    .filter(Boolean);
}

/**
 * A list phrase before 出席/参加/主持 → people, each with the posts that precede their name.
 * Posts listed without a name ("副组长参加会议") give no one.
 */
export function peopleInPhrase(phrase: string, opts: { bareNames?: boolean } = {}): Person[] {
  const bareNames = opts.bareNames ?? true;
  let p = phrase.replace(/\s+/g, '').replace(/^(?:和|及|以及|与|與|並|并)/u, '');
  const collective = COLLECTIVE.exec(p);
  const groupTitle = collective && !/出席/u.test(collective[0]) ? [collective[0]] : [];
  if (collective) p = p.slice(collective[0].length);
  const items = p.split(/[、,，]/u).filter(Boolean);
  // A 、-list of short bare names ("甲乙、丙丁、戊己出席") names people even without a label.
  const nameList = items.length >= 2 && items.every((it) => it.length <= 3 && isLikelyName(it));
  const out: Person[] = [];
  let pendingTitles: string[] = [];
  for (const item of items) {
    if (TITLE_END.test(item)) {
      pendingTitles.push(item);
      continue;
    }
    const person = titledPerson(item);
    // Outside a collective list ("市领导A、B"), a bare 2–4 character piece is too often not a name.
    if (person && !person.titles.length && !pendingTitles.length && !bareNames && !collective && !nameList) {
      pendingTitles = [];
      continue;
    }
    if (!person) {
      pendingTitles = [];
      continue;
    }
    person.titles = [...pendingTitles, ...person.titles];
    if (!person.titles.length) person.titles = [...groupTitle];
    pendingTitles = [];
    out.push(person);
  }
  return out;
}
