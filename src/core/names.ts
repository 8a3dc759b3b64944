import { isPersonName } from './people';
import type { Author, AuthorRole } from './types';

/**
 * People named in credit lines: editors (责任编辑: a name, often with a staff code after it),
 * reporters (记者 张三 李四), photographers (张三/摄), correspondents (通讯员), authors (文/X) and
 * datelines (某某网讯(全媒体记者张三)). Pure string rules; no name list.
 */

const BRACKETS = /[(（[【〔][^)）\]】〕]*[)）\]】〕]/g;
// Editor/staff codes that CMSs append to a name: letters then digits ("AB123", "_XY4567"), "(A012)".
const STAFF_CODE = /[\s_\-－—]*[A-Za-z]{1,4}\d{2,8}\b|[\s_]+\d{3,8}\b/g;
const LABEL =
  /^(?:责任编辑|責任編輯|值班编辑|值班編輯|实习编辑|實習編輯|网络编辑|網絡編輯|编审|編審|编辑|編輯|责编|責編|审核|審核|校对|校對|作者|撰稿|记者|記者|通讯员|通訊員|摄影|攝影|来源|來源)\s*[:：]?\s*/;

/** Names are Han (with · for transliterated names) or Latin words; everything else is noise. */
const HAN_NAME = /^[\p{Script=Han}·•]{2,6}$/u;

/**
 * One person's name from a credit fragment: labels, brackets and staff codes removed.
 * Returns '' when nothing name-like is left.
 */
export function cleanPersonName(raw: string | null | undefined): string {
  if (!raw) return '';
  let s = raw
    .normalize('NFKC')
    .replace(/[\u200b\ufeff]/g, '')
    .trim();
  const wrapped = /^[(（[【〔]([^)）\]】〕]*)[)）\]】〕]$/u.exec(s);
  if (wrapped) s = wrapped[1].trim();
  for (let i = 0; i < 3; i++) s = s.replace(LABEL, '');
  s = s
    .replace(BRACKETS, ' ')
    .replace(STAFF_CODE, ' ')
    .replace(/[\/／]\s*(?:摄|攝|文|图|圖)\s*$/u, '')
    .replace(/[\s:：,，、;；。.|｜/()（）[\]【】〔〕]+$/u, '')
    .replace(/^[\s:：,，、;；。.|｜/()（）[\]【】〔〕]+/u, '')
    .trim();
  return s;
}

/** CMS account labels that stand where an editor's name should be. */
const NOT_A_PERSON = /^(?:系统管理员|系統管理員|管理员|管理員|超级管理员|admin|administrator|小编|小編|本站编辑|本站編輯|编辑部|編輯部|网站编辑|網站編輯)$/iu;

/**
 * The people of an editor credit, cleaned and joined with 、 ("汤某 丁某" → "汤某、丁某"); a Latin
 * name keeps its spaces ("Demi Xia"); an account label ("系统管理员") is nobody.
 */
export function creditedNames(raw: string | null | undefined): string | null {
  const one = cleanPersonName(raw);
  if (!one) return null;
  if (/^[A-Za-z][A-Za-z .'-]*$/.test(one)) return NOT_A_PERSON.test(one) ? null : one;
  const names = one
    .split(/[、,，;；/／]|\s+(?=[\p{Script=Han}])/u)
    .map((n) => cleanPersonName(n))
    .filter((n) => n && !NOT_A_PERSON.test(n));
  return names.length ? names.join('、') : null;
}

/** Several names in one credit ("张三 李四", "张三、李四") split apart and cleaned. */
export function splitNames(raw: string): string[] {
  const cleaned = raw.normalize('NFKC').replace(BRACKETS, ' ').replace(STAFF_CODE, ' ');
  return cleaned
    .split(/[\s、,，;；]+/u)
    .map((n) => cleanPersonName(n))
    .filter((n) => HAN_NAME.test(n) || /^[A-Za-z][A-Za-z .'-]{1,40}$/.test(n));
}

interface RoleLabel {
  re: RegExp;
  role: AuthorRole;
}

// Labels that precede names. 全媒体记者 / 融媒体记者 / 本报记者 / 特约记者 all end in 记者.
const PREFIX_LABELS: RoleLabel[] = [
  { re: /(?:记者|記者)/u, role: 'reporter' },
  { re: /(?:通讯员|通訊員)/u, role: 'correspondent' },
  // A label may stand before its name with a space only (记者 林晓岚 摄影 周默, 文 张三 图 李四).
  { re: /(?:摄影|攝影|图|圖)(?:\s*[/／:：]|\s+$)/u, role: 'photographer' },
  { re: /(?:摄影记者|攝影記者)/u, role: 'photographer' },
  { re: /(?:^|[\s(（])(?:文|作者|撰稿)(?:\s*[/／:：]|\s+$)/u, role: 'author' },
  { re: /(?:编译|編譯|翻译|翻譯|译|譯)\s*[/／:：]/u, role: 'translator' },
];

const ANY_LABEL = new RegExp(
  '(摄影记者|攝影記者|记者|記者|通讯员|通訊員|(?:摄影|攝影)(?:\\s*[/／:：]|\\s+(?=[^\\s\\d]))|(?:图|圖)\\s*[/／:：]|(?:^|(?<=[\\s(（]))(?:文|作者|撰稿)\\s*[/／:：]|(?:^|(?<=[\\s(（]))(?:文|图|圖)\\s+(?=\\p{Script=Han}{2,4}(?:\\s|[)）]|$))|(?:编译|編譯|翻译|翻譯)\\s*[/／:：])',
  'gu',
);

/** Labels of fields that are not credits: a source, an editor, a publish time, a date. */
const OTHER_FIELD = /来源|來源|稿源|责任编辑|責任編輯|编辑|編輯|发布|發布|\d{4}\s*[-/.年]/u;

/** A photo or text label separated from its name by a space only. */
const SPACED_LABEL = /^(?:摄影|攝影|文|图|圖)\s+$/u;

const CREDIT_LABEL_CHAR = /[记記讯訊摄攝图圖文作撰编編翻]/u;

function roleOf(label: string): AuthorRole {
  for (const l of PREFIX_LABELS.slice().reverse()) if (l.re.test(label)) return l.role;
  return 'other';
}

/**
 * Credits in a short line or a bracketed dateline. Names after a role label run until the next
 * label; a trailing "/摄" makes the group before it photographers.
 */
export function parseCredits(text: string): Author[] {
  const s = text.normalize('NFKC');
  const out: Author[] = [];
  const seen = new Set<string>();
  const push = (name: string, role: AuthorRole) => {
    const key = `${role}:${name}`;
    if (!name || seen.has(key)) return;
    // One person named twice with different roles (记者X/摄) keeps the more specific role.
    const prior = out.findIndex((a) => a.name === name);
    if (prior >= 0) {
      if (role === 'photographer') out[prior] = { name, role };
      return;
    }
    seen.add(key);
    out.push({ name, role });
  };

  const labels = [...s.matchAll(ANY_LABEL)];
  for (let i = 0; i < labels.length; i++) {
    const m = labels[i];
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < labels.length ? (labels[i + 1].index ?? s.length) : s.length;
    let segment = s.slice(start, end);
    // A dateline's credits end at its closing bracket; the story follows.
    const close = segment.search(/[)）]/);
    if (close >= 0) segment = segment.slice(0, close);
    // Other fields' labels end the names too (记者 魏某 来源：某某报).
    const other = segment.search(OTHER_FIELD);
    if (other >= 0) segment = segment.slice(0, other);
    let role = roleOf(m[0]);
    const photo = /[/／]\s*(?:摄|攝)|\s(?:摄|攝)\s*$/u.exec(segment);
    if (photo) {
      segment = segment.slice(0, photo.index);
      role = 'photographer';
    }
    // A label followed by a space only (摄影 周默, 文 张三) is a credit when a person's name follows:
    // 摄影 比赛 is a phrase.
    const spaced = SPACED_LABEL.test(m[0]);
    for (const name of splitNames(segment.replace(/[:：]/g, ' '))) if (!spaced || isPersonName(name)) push(name, role);
  }
  // "张三/摄" with no label before it.
  if (!labels.length) {
    const photo = /^(.{2,20}?)\s*[/／]\s*(?:摄|攝)\s*$/u.exec(s.trim());
    if (photo) for (const name of splitNames(photo[1])) push(name, 'photographer');
  }
  return out;
}

/** A line that is only credits (reporters, photographers...), not body text. */
export function isCreditLine(text: string): boolean {
  const s = text.normalize('NFKC').trim();
  if (s.length > 40 || /[。！？!?]/.test(s)) return false;
  // Every credit label holds one of these characters: most lines of a long page are refused here.
  if (!CREDIT_LABEL_CHAR.test(s)) return false;
  const credits = parseCredits(s);
  if (!credits.length) return false;
  // Removing labels, names and separators leaves only a short outlet name at most.
  const rest = s
    .replace(ANY_LABEL, '')
    .replace(/[/／]\s*(?:摄|攝)/gu, '')
    .replace(/[\s、,，()（）:：]/g, '');
  const names = credits.map((a) => a.name).join('');
  return rest.length - names.length <= 12;
}
