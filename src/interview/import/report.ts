import type { Interview } from '../schema';
import type { DroppedParagraph, ImportReport } from './import-article';
import { FROM_PAGE_METADATA } from './read-article';

function quote(text: string, max = 90): string {
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
}

function lines(numbers: readonly number[]): string {
  return numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers.join(', ')}`;
}

/** Dropped paragraphs grouped by text, so a ticker repeated eight times is one line. */
function droppedLines(
  dropped: readonly DroppedParagraph[],
  publishedFrom: string | undefined,
): string[] {
  const groups = new Map<string, DroppedParagraph[]>();
  for (const d of dropped) {
    const group = groups.get(d.text);
    if (group) group.push(d);
    else groups.set(d.text, [d]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group;
    const count = group.length > 1 ? ` ×${group.length}` : '';
    const usedAsDate =
      first?.reason === 'date line' && first.text === publishedFrom ? ' (the published date)' : '';
    return `  ${first?.reason ?? ''}${count}, ${lines(group.map((d) => d.line))}: ${quote(first?.text ?? '')}${usedAsDate}`;
  });
}

/** Where the date came from: a line of the text, quoted, `--date`, or the page's metadata. */
function publishedFrom(from: string | undefined): string {
  if (from === undefined || from === '') return '';
  return from === FROM_PAGE_METADATA ? ` (from ${from})` : ` (from "${from}")`;
}

/** The importer's report as text: what was found, what was dropped and what to check. */
export function formatReport(interview: Interview, report: ImportReport): string {
  const { people, sections } = interview;
  const person = (p: Interview['people']['interviewers'][number]) =>
    `${p.name}${p.role ? `, ${p.role}` : ''} (tag "${p.label}")`;
  const questions = sections.reduce((n, s) => n + s.questions.length, 0);
  const out = [
    `title:       ${interview.title}`,
    `id:          ${interview.id}`,
    `published:   ${interview.published ?? '(none found)'}${publishedFrom(report.publishedFrom)}`,
    `publication: ${interview.source.publication}`,
    ...people.interviewers.map((p) => `interviewer: ${person(p)}`),
    ...people.interviewees.map((p) => `interviewee: ${person(p)}`),
    `byline:      ${(interview.byline ?? []).map((a) => `${a.name}${a.bio ? ' (with bio)' : ''}`).join('; ') || '(none found)'}`,
    `photo:       ${interview.image ? `${interview.image.caption}${interview.image.credit ? ` / credit: ${interview.image.credit}` : ''}` : '(none found)'}`,
    `intro:       ${interview.intro.length} paragraph${interview.intro.length === 1 ? '' : 's'}`,
    `sections:    ${sections.length}: ${sections.map((s) => `${s.label} (${s.questions.length})`).join(', ')}`,
    `questions:   ${questions}`,
    `key quotes:  ${report.keyQuotes.length} proposed${report.keyQuotes.map((q) => `\n             “${q}”`).join('')}`,
    `paragraphs:  ${report.paragraphs} read: ${report.kept} kept, ${report.dropped.length} dropped as page noise`,
  ];
  if (report.dropped.length > 0)
    out.push('dropped as page noise:', ...droppedLines(report.dropped, report.publishedFrom));
  if (report.warnings.length > 0) out.push('check:', ...report.warnings.map((w) => `  ${w}`));
  return out.join('\n');
}
