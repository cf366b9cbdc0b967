// Measures the importer on the fixtures in tests/fixtures/import: for each
// page, questions found, body paragraphs kept, noise dropped, and whether the
// import is clean. Shared by `npm run import:fidelity` and its unit test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { importArticle } from '../../src/interview/import/import-article';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/import/', import.meta.url));

const caseSchema = z.object({
  file: z.string(),
  shape: z.string(),
  source: z.string(),
  questions: z.number(),
  sections: z.optional(z.number()),
  interviewee: z.optional(z.string()),
  /** How each question starts, in order: where a count alone cannot tell a question cut in the wrong place. */
  questionStarts: z.optional(z.array(z.string())),
  noise: z.array(z.string()),
  optionalNoise: z.optional(z.array(z.string())),
  /**
   * What a reader expects of the page's details (from fresh-27 on): the title, an interviewer's
   * name, the date (YYYY-MM-DD) and the publication. Reported apart from `clean`, which keeps
   * the earlier sets' meaning.
   */
  title: z.optional(z.string()),
  interviewer: z.optional(z.string()),
  published: z.optional(z.string()),
  publication: z.optional(z.string()),
});
type Case = z.infer<typeof caseSchema>;

export type CaseResult = {
  file: string;
  set: string;
  shape: string;
  refused: string | undefined;
  questions: { expected: number; found: number };
  noise: { expected: number; dropped: number };
  /** Body lines (neither noise nor optional noise) that were dropped. */
  lostBody: string[];
  /** Noise lines that were kept. */
  keptNoise: string[];
  /**
   * Words of the page (four letters or more) found neither in the interview nor among the
   * dropped lines: text that vanished without a report. Labels taken off turns are among them.
   */
  vanished: string[];
  problems: string[];
  clean: boolean;
  /** Details (title, interviewer, date, publication) read otherwise than the case expects. */
  details: { expected: number; right: number; wrong: string[] };
};

const WORD = /\p{L}{4,}/gu;

/** The page's words that are in neither the interview nor the dropped lines (case aside). */
function vanishedWords(text: string, interview: string, dropped: readonly string[]): string[] {
  const out = `${interview}\n${dropped.join('\n')}`.toLowerCase();
  const words = new Set(out.match(WORD));
  // Lines joined without a space (Japanese, Chinese) make longer words of the page's.
  const joined = out.replace(/\s+/gu, '');
  return [...new Set(text.toLowerCase().match(WORD))].filter(
    (word) => !words.has(word) && !joined.includes(word),
  );
}

function readCases(): Case[] {
  const parsed: unknown = JSON.parse(readFileSync(path.join(FIXTURES, 'cases.json'), 'utf8'));
  return z.object({ cases: z.array(caseSchema) }).parse(parsed).cases;
}

function scoreCase(c: Case): CaseResult {
  const text = readFileSync(path.join(FIXTURES, c.file), 'utf8');
  const outcome = importArticle(text);
  const set = c.file.split('/')[0] ?? '';
  const base = { file: c.file, set, shape: c.shape };
  if (!outcome.ok) {
    return {
      ...base,
      refused: outcome.error,
      questions: { expected: c.questions, found: 0 },
      noise: { expected: c.noise.length, dropped: 0 },
      lostBody: [],
      keptNoise: c.noise,
      vanished: [],
      problems: [`refused: ${outcome.error}`],
      clean: false,
      details: { expected: expectedDetails(c), right: 0, wrong: [] },
    };
  }
  const { interview, report } = outcome;
  const found = interview.sections.reduce((n, s) => n + s.questions.length, 0);
  const dropped = report.dropped.map((d) => d.text);
  const remaining = [...dropped];
  const keptNoise: string[] = [];
  for (const line of c.noise) {
    const at = remaining.indexOf(line);
    if (at < 0) keptNoise.push(line);
    else remaining.splice(at, 1);
  }
  const optional = new Set(c.optionalNoise ?? []);
  const lostBody = remaining.filter((line) => !optional.has(line));
  const problems: string[] = [];
  if (found !== c.questions) problems.push(`${found} questions, not ${c.questions}`);
  if (c.sections !== undefined && interview.sections.length !== c.sections)
    problems.push(`${interview.sections.length} sections, not ${c.sections}`);
  if (keptNoise.length > 0)
    problems.push(`noise kept: ${keptNoise.map((l) => `"${l}"`).join(', ')}`);
  if (lostBody.length > 0)
    problems.push(`text dropped: ${lostBody.map((l) => `"${l}"`).join(', ')}`);
  const starts = interview.sections.flatMap((s) => s.questions.map((q) => q.question[0] ?? ''));
  c.questionStarts?.forEach((start, i) => {
    if (!starts[i]?.startsWith(start))
      problems.push(`question ${i + 1} starts "${starts[i]?.slice(0, 40) ?? ''}", not "${start}"`);
  });
  const names = interview.people.interviewees.map((p) => p.name);
  if (c.interviewee !== undefined && !names.includes(c.interviewee))
    problems.push(`interviewee ${names.join(', ')}, not ${c.interviewee}`);
  return {
    ...base,
    refused: undefined,
    questions: { expected: c.questions, found },
    noise: { expected: c.noise.length, dropped: c.noise.length - keptNoise.length },
    lostBody,
    keptNoise,
    vanished: vanishedWords(text, JSON.stringify(interview), dropped),
    problems,
    clean: problems.length === 0,
    details: detailsOf(c, interview),
  };
}

type Imported = Extract<ReturnType<typeof importArticle>, { ok: true }>['interview'];

function expectedDetails(c: Case): number {
  return [c.title, c.interviewer, c.published, c.publication].filter((d) => d !== undefined).length;
}

function detailsOf(c: Case, interview: Imported): CaseResult['details'] {
  const wrong = wrongDetails(c, interview);
  const expected = expectedDetails(c);
  return { expected, right: expected - wrong.length, wrong };
}

function wrongDetails(c: Case, interview: Imported): string[] {
  const wrong: string[] = [];
  if (c.title !== undefined && interview.title !== c.title)
    wrong.push(`title "${interview.title}", not "${c.title}"`);
  const interviewers = interview.people.interviewers.map((p) => p.name);
  if (c.interviewer !== undefined && !interviewers.includes(c.interviewer))
    wrong.push(`interviewer ${interviewers.join(', ')}, not ${c.interviewer}`);
  if (c.published !== undefined && interview.published !== c.published)
    wrong.push(`published ${interview.published ?? 'unset'}, not ${c.published}`);
  if (c.publication !== undefined && interview.source.publication !== c.publication)
    wrong.push(`publication "${interview.source.publication}", not "${c.publication}"`);
  return wrong;
}

/** Every fixture, scored. */
export function measureFidelity(): CaseResult[] {
  return readCases().map(scoreCase);
}
