import { toIsoDate } from './dates';
import { isLikelyName, peopleInPhrase, titledPerson } from './people';
import type { Block, Meeting, Person } from './types';

/**
 * A meeting report's structure: when it met, who chaired (主持), who spoke (出席并讲话, 强调,
 * 指出), who attended (出席 / 参加), the numbered directives (一要… / 一是…) and the
 * meeting's statements (会议指出 / 强调 / 要求).
 */
const MEETING_WORD = /会议|會議|大会|大會|座谈会|座談會|常务会|常務會|视频会|視頻會|电视电话会|電視電話會|例会|例會/u;
/**
 * Other gatherings reported the same way (a forum, a launch, an inspection visit). Articles
 * mention these in passing far more often than they report one, so only the headline or the
 * opening paragraphs may name them.
 */
const EVENT_WORD =
  /发布会|發佈會|發布會|论坛|論壇|年会|年會|研讨会|研討會|推介会|推介會|峰会|峰會|报告会|報告會|开幕式|開幕式|闭幕式|閉幕式|调研|調研|考察|视察|視察/u;
const EVENT_LEAD = 2;
const GATHERING = new RegExp(`${MEETING_WORD.source}|${EVENT_WORD.source}`, 'u');
/** Verbs that say the meeting took place; the day written before one dates it. */
const HELD = /召开|召開|举行|舉行|举办|舉辦|主持|开幕|開幕|启动|啟動|调研|調研|考察|视察|視察/u;
// A month-day, with its year when printed, and the first day of a span (5月10-12日).
const EVENT_DAY = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*(?:[-－—~～至到]\s*\d{1,2}\s*)?[日号號]/gu;
const CLAUSE_SPLIT = /[，,。；;：:！!？?]/u;
const HOST = /^(.*?)(?:主持(?:召开|召開|会议|會議|并|並|。|$)|主持)/u;
const HOST_BY = /由(.{2,40}?)主持/u;
const SPEAK =
  /^(.*?)(?:在(?:会上|會上|会议上|會議上|座谈会上|座談會上|讲话中|講話中|讲话时|講話時|致辞中|致辭中|发言中|發言中))?(?:出席(?:会议|會議)?(?:并|並)(?:讲话|講話|发表讲话|發表講話|致辞|致辭)|(?:作|做|发表|發表)了?(?:重要|总结|總結)?(?:讲话|講話)|(?:先后|先後)?(?:发言|發言)|致辞|致辭|致词|致詞|强调|強調|指出|要求|表示|介绍|介紹|说|說)/u;
const MAX_SENTENCE = 600;
// A sentence's list of attendees, commas included: "县委常委X，副县长Y，…参加了会议".
// The list is bounded: unbounded, the lazy prefix is retried from every position, and a 20,000-
// character block without sentence punctuation took seconds (robustness fuzz).
const ATTEND_SENTENCE =
  /([^。；;！？!?]{0,600}?)(?:出席|参加|參加|列席|陪同)了?(?:会议|會議|座谈会|座談會|活动|活動|大会|大會|开幕式|開幕式|闭幕式|閉幕式|仪式|儀式|典礼|典禮|发布会|發佈會|發布會|论坛|論壇|调研|調研|考察|视察|視察)?(?=[。；;，,]|$)/gu;
// A date or time between the chairman's name and 主持: "国务院总理X6月1日主持召开".
const TRAILING_TIME = /(?:\d{1,2}月\d{1,2}[日号號]|今天|今日|昨天|昨日|上午|下午|晚上|晚间|晚間)+$/u;
// Several guests credited at once ("A，B，C出席开幕式并先后致辞"): the list runs over commas, as
// an attendee list does, so it is read per sentence rather than per clause.
const SPEAK_SENTENCE =
  /([^。；;！？!?]{0,600}?)(?:出席|参加|參加)[^，,。；;]{0,8}?(?:并|並)(?:先后|先後|分别|分別)?(?:致辞|致辭|讲话|講話|发言|發言|作报告|作報告)/gu;
const STATEMENT = /(?:会议|會議)(?:指出|强调|強調|要求|认为|認為)/u;
const NUMERALS = '一二三四五六七八九十';

function clauses(text: string): string[] {
  return text.split(CLAUSE_SPLIT).map((c) => c.trim()).filter(Boolean);
}

function samePerson(a: Person, b: Person): boolean {
  return a.name === b.name;
}

function addPerson(list: Person[], p: Person): void {
  const prior = list.find((q) => samePerson(q, p));
  if (!prior) list.push(p);
  else if (!prior.titles.length && p.titles.length) prior.titles = p.titles;
}

/** The numbered directives: 一要… 二要… or 一是… 二是…, in sequence, one entry each. */
export function numberedDirectives(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const form of ['要', '是']) {
    const found: string[] = [];
    let next = 0;
    for (const p of paragraphs) {
      // Markers open a paragraph or follow punctuation, so 统一要求 is not a directive.
      const re = new RegExp(`(?:^|[。；;：:，,])\\s*([${NUMERALS}])${form}`, 'gu');
      const starts: { at: number; n: number }[] = [];
      for (const m of p.matchAll(re)) {
        const n = NUMERALS.indexOf(m[1]);
        if (n !== next) continue;
        starts.push({ at: (m.index ?? 0) + m[0].indexOf(m[1]), n });
        next++;
      }
      for (let k = 0; k < starts.length; k++) {
        const piece = p.slice(starts[k].at, k + 1 < starts.length ? starts[k + 1].at : undefined).trim();
        found.push(piece.replace(/[；;，,]\s*$/u, ''));
      }
    }
    if (found.length >= 2) out.push(...found);
  }
  return out;
}

function meetingDate(paragraphs: string[], reference: string | null): string | null {
  if (!reference) return null;
  for (const p of paragraphs.slice(0, 6)) {
    if (!GATHERING.test(p) && !HELD.test(p)) continue;
    const verb = p.search(HELD);
    const noun = p.search(GATHERING);
    const meetAt = verb < 0 ? noun : noun < 0 ? verb : Math.min(verb, noun);
    const before = meetAt >= 0 ? p.slice(0, meetAt + 2) : p;
    // The last month-day before the meeting verb dates the meeting ("12月7日消息…12月7日清晨6時,…召開").
    const all = [...before.matchAll(EVENT_DAY)];
    if (all.length) {
      const [, y, m, d] = all[all.length - 1];
      return toIsoDate(y ? `${y}年${m}月${d}日` : `${m}月${d}日`, { reference })?.iso.slice(0, 10) ?? null;
    }
    if (/今天|今日/u.test(before)) return reference.slice(0, 10);
    if (/昨天|昨日/u.test(before)) {
      const d = new Date(`${reference.slice(0, 10)}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - 1);
      return d.toISOString().slice(0, 10);
    }
  }
  return null;
}

export function extractMeeting(title: string | null, body: Block[], publishedAt: string | null): Meeting | null {
  const paragraphs = body.map((b) => b.text);
  const all = [title ?? '', ...paragraphs].join('\n');
  const lead = [title ?? '', ...paragraphs.slice(0, EVENT_LEAD)].join('\n');
  if (!MEETING_WORD.test(all) && !EVENT_WORD.test(lead)) return null;

  let host: Person | null = null;
  const speakers: Person[] = [];
  const attendees: Person[] = [];
  const known = new Map<string, Person>();
  const learn = (p: Person) => {
    if (!known.has(p.name) || p.titles.length) known.set(p.name, p);
  };

  for (const p of paragraphs) {
    const by = HOST_BY.exec(p);
    if (by && !host) {
      const people = peopleInPhrase(by[1]);
      if (people.length) host = people[people.length - 1];
    }
    for (const c of clauses(p)) {
      if (c.length > MAX_SENTENCE) continue;
      if (/主持/u.test(c)) {
        const m = HOST.exec(c);
        const people = m ? peopleInPhrase(m[1].replace(TRAILING_TIME, '')) : [];
        if (people.length && !host) host = people[people.length - 1];
        for (const q of people) learn(q);
      }
      const s = SPEAK.exec(c);
      if (s && s[1]) {
        const people = peopleInPhrase(s[1]).filter((q) => q.titles.length || known.has(q.name));
        for (const q of people) {
          learn(q);
          addPerson(speakers, known.get(q.name) ?? q);
        }
      }
    }
    for (const sentence of p.split(/[。；;！？!?]/u)) {
      // Bounded: the lazy scan below is quadratic in a sentence's length, and real ones are short.
      if (sentence.length > MAX_SENTENCE || !/出席|参加|參加|列席|陪同/u.test(sentence)) continue;
      for (const a of sentence.matchAll(SPEAK_SENTENCE)) {
        for (const piece of (a[1] ?? '').split(/[，,]/u)) {
          for (const q of peopleInPhrase(piece, { bareNames: false })) {
            learn(q);
            addPerson(speakers, known.get(q.name) ?? q);
          }
        }
      }
      for (const a of sentence.matchAll(ATTEND_SENTENCE)) {
        // "出席并讲话" is a speaker's credit, read above.
        const after = sentence.slice((a.index ?? 0) + a[0].length, (a.index ?? 0) + a[0].length + 2);
        if (/^(?:并|並)/u.test(after) || !a[1]) continue;
        for (const piece of a[1].split(/[，,]/u)) {
          for (const q of peopleInPhrase(piece.replace(/^.*(?:会上|會上|会议上|會議上)/u, ''), { bareNames: false })) {
            learn(q);
            addPerson(attendees, q);
          }
        }
      }
    }
  }
  const hostName = host?.name;
  const speakerList = speakers.filter((q) => q.name !== hostName && isLikelyName(q.name));
  const attendeeList = attendees.filter((q) => q.name !== hostName && !speakerList.some((s) => s.name === q.name));
  const directives = numberedDirectives(paragraphs);
  const statements: string[] = [];
  for (const p of paragraphs) {
    const at = p.search(STATEMENT);
    if (at >= 0) statements.push(p.slice(at).trim());
  }
  if (!host && !speakerList.length && !attendeeList.length && !directives.length && !statements.length) return null;
  return {
    date: meetingDate(paragraphs, publishedAt),
    host: host ? (known.get(host.name) ?? host) : null,
    speakers: speakerList,
    attendees: attendeeList,
    directives,
    statements,
  };
}


