import { isSiteOrColumnName } from './headline';

/**
 * How far a researcher may rely on a field without checking it, graded from where the value came
 * from and whether the page's signals agreed on it (provenance keys written by the readers):
 * - high: printed where the page prints that fact and, where the page also declares it, agreeing;
 * - medium: one signal only, or one the reader sees but does not print (a meta tag);
 * - low: a guess, or signals that disagree: the popup asks the user to check it.
 * Fields without a value get no grade (the card says the value is missing).
 */
export type Confidence = 'high' | 'medium' | 'low';
export type GradedField = 'title' | 'publishedAt' | 'source' | 'editor';

export interface GradeInput {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  editor: string | null;
  dateInferred: boolean;
  provenance: Record<string, string>;
}

function titleGrade(title: string, from: string | undefined): Confidence {
  // A visible line that the document title or meta title agrees with.
  if (from === 'visible-heading' || from === 'disclosure-table' || from === 'text-headline-above-info-line') return 'high';
  // The document or meta title alone: right when the page titles itself, wrong when it names the site.
  if (from === 'meta' || from === 'document-title') return isSiteOrColumnName(title) ? 'low' : 'medium';
  if (from === 'heading' || from === 'text-first-headline-candidate') return 'medium';
  return 'low';
}

function dateGrade(from: string | undefined, check: string | undefined, inferred: boolean): Confidence {
  if (inferred) return 'low';
  if (check === 'declared-other-day') return 'low';
  if (!from) return 'low';
  if (from === 'info-line-under-headline' || from === 'disclosure-table') return 'high';
  if (from.startsWith('info-line-below')) return 'medium';
  if (from.startsWith('info-line')) return from.endsWith('labelled') || check === 'declared-same-day' ? 'high' : 'medium';
  // A declared date (meta, JSON-LD, Baidu spans) the page does not print.
  return 'medium';
}

function sourceGrade(from: string | undefined, check: string | undefined): Confidence {
  // An outlet's name beside the date, unlabelled: right on most pages (bench:signals), unless
  // the page declares another.
  if (from === 'info-line-unlabelled') return check === 'declared-other' ? 'low' : 'medium';
  // A labelled 来源 wherever the info line sits (under the headline, below the article).
  if (from?.startsWith('info-line')) return check === 'declared-other' ? 'medium' : 'high';
  return 'medium';
}

export function gradeFields(input: GradeInput): Partial<Record<GradedField, Confidence>> {
  const p = input.provenance;
  const out: Partial<Record<GradedField, Confidence>> = {};
  if (input.title) out.title = titleGrade(input.title, p.title);
  if (input.publishedAt) out.publishedAt = dateGrade(p.publishedAt, p['publishedAt.check'], input.dateInferred);
  if (input.source) out.source = sourceGrade(p.source, p['source.check']);
  if (input.editor) out.editor = p.editor?.startsWith('info-line') ? 'high' : 'medium';
  return out;
}
