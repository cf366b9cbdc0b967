import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/interview/fields';
import { parseInterview, parseJson, readInterview } from '../../src/interview/parse';
import { problemLines } from '../../src/interview/problems';
import { summarizeProblems } from '../../src/interview/problem-summary';
import { editJson } from '../support/json-edit';
import {
  atEveryLimit,
  jsonPath,
  SHORT_FIELDS,
  textOfLength,
  withEveryField,
} from '../support/longest-fields';
import { INVISIBLE_TEXTS, mutatedCorpus } from '../support/mutations';
import { seedFiles, seedJson } from '../support/seed';

const seedText = readFileSync(seedFiles.interview, 'utf8');

function problemsOf(doc: unknown): string[] {
  const result = parseInterview(doc);
  return result.ok ? [] : problemLines(result.problems);
}

describe('text that shows nothing', () => {
  it.each(INVISIBLE_TEXTS)('rejects a text field made only of %j, naming its path', (value) => {
    const doc = seedJson();
    editJson(doc, ['sections', 0, 'questions', 0, 'answer', 1], value);
    expect(problemsOf(doc)).toEqual([
      '$.sections[0].questions[0].answer[1]: must show something, not only spaces, control or invisible characters',
    ]);
  });

  it('accepts text with invisible characters among visible ones, and any script', () => {
    for (const value of ['Kyiv\u200B', '\u202BשלוםRLE', 'Ханґиль \u3164 한글', 'e\u0301', '🇺🇦']) {
      const doc = seedJson();
      editJson(doc, ['intro', 0], value);
      expect(problemsOf(doc)).toEqual([]);
    }
  });
});

describe('limits', () => {
  it('rejects a paragraph over the limit, saying how long it is and where', () => {
    const doc = seedJson();
    editJson(doc, ['sections', 0, 'questions', 0, 'answer', 0], 'a'.repeat(1_000_000));
    expect(problemsOf(doc)).toContain(
      '$.sections[0].questions[0].answer[0]: must be at most 100,000 characters (it has 1,000,000)',
    );
  });

  it('accepts every title, heading, name, bio, caption and note at its longest', () => {
    const doc = seedJson();
    atEveryLimit(doc);
    expect(readInterview(JSON.stringify(doc)).ok).toBe(true);
  });

  it.each(SHORT_FIELDS.map(({ path, limit }) => [jsonPath(path), path, limit] as const))(
    'rejects %s one character over its limit, saying how long it is',
    (name, path, limit) => {
      const doc = seedJson();
      withEveryField(doc);
      editJson(doc, path, textOfLength(limit + 1));
      // Read as the browser and interview:check read a file.
      const result = readInterview(JSON.stringify(doc));
      expect(result.ok ? [] : problemLines(result.problems)).toEqual([
        `${name}: must be at most ${limit.toLocaleString('en')} characters (it has ${(limit + 1).toLocaleString('en')})`,
      ]);
    },
  );

  it('rejects more questions than an interview may hold, at the first one too many', () => {
    const doc = seedJson();
    const sections = Array.from({ length: 6 }, (_, s) => ({
      id: `s${s}`,
      label: `S${s}`,
      heading: `Section ${s}`,
      questions: Array.from({ length: 1_000 }, (_, q) => ({
        id: `q${s}-${q}`,
        askedBy: 'tca',
        question: ['Why?'],
        answeredBy: 'viktor-maiko',
        answer: ['Because.'],
      })),
    }));
    editJson(doc, ['sections'], sections);
    editJson(doc, ['keyQuotes'], []);
    const result = readInterview(JSON.stringify(doc));
    expect(result.ok ? [] : problemLines(result.problems)).toEqual([
      '$.sections[5].questions[0]: is one question too many: an interview may hold 5,000 questions',
    ]);
  });

  it('refuses a file too large to be an interview before reading it', () => {
    const result = readInterview(' '.repeat(LIMITS.fileLength + 1));
    expect(result.ok ? [] : problemLines(result.problems)).toEqual([
      '$: must be at most 25,000,000 characters (it has 25,000,001)',
    ]);
  });
});

// These parse thousands of interviews on purpose: seconds on a busy machine.
describe('problem messages', { timeout: 30_000 }, () => {
  it('never echo a long or hostile value: cut short and escaped', () => {
    const doc = seedJson();
    const hostile = `\u001b[2J${'x'.repeat(1_000_000)}`;
    editJson(doc, ['sections', 0, 'questions', 0, 'askedBy'], hostile);
    editJson(doc, ['people', hostile], 1);
    const text = problemsOf(doc).join('\n');
    expect(text.length).toBeLessThan(600);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('$.people["\\u001b[2Jxxxx');
  });

  it('name an unknown field by its own path, quoting an odd name', () => {
    const doc = seedJson();
    editJson(doc, ['Title'], 'x');
    editJson(doc, ['source', 'a b\u001b'], 'x');
    expect(problemsOf(doc)).toEqual([
      '$.source["a b\\u001b"]: is not a field of the format (check its spelling)',
      '$.Title: is not a field of the format (check its spelling)',
    ]);
  });

  it('say a problem repeated 10,000 times once, with how many more there are', () => {
    const doc = seedJson();
    const section: unknown = Array.isArray(doc.sections) ? doc.sections[0] : undefined;
    editJson(
      doc,
      ['sections'],
      Array.from({ length: 5_000 }, () => structuredClone(section)),
    );
    editJson(doc, ['keyQuotes'], []);
    const result = readInterview(JSON.stringify(doc));
    expect(result.ok ? [] : problemLines(result.problems)).toEqual([
      '$.sections[1].id: duplicate id "trade" (already used at $.sections[0].id) (also at $.sections[2].id, $.sections[3].id and 4,996 more places)',
      '$.sections[1].questions[0].id: duplicate id "q1" (already used at $.sections[0].questions[0].id) (also at $.sections[2].questions[0].id, $.sections[3].questions[0].id and 4,996 more places)',
    ]);
  });

  it('list at most 50 problems, then say how many more there are', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ path: `$.f${i}`, message: 'is wrong' }));
    const summary = summarizeProblems(many);
    expect(summary).toHaveLength(50);
    expect(summary.at(-1)).toEqual({
      path: '$',
      message: 'has 71 more problems, not listed: fix the ones above first',
    });
  });
});

describe('reading a file', { timeout: 60_000 }, () => {
  it('ignores a byte order mark, as the browser does', () => {
    expect(readInterview(`\uFEFF${seedText}`).ok).toBe(true);
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, data: { a: 1 } });
  });

  it('names the deepest path in every rejection of 1,000 mutated files', () => {
    const rootOnly: string[] = [];
    for (const text of mutatedCorpus(seedText, 1_000)) {
      const result = readInterview(text);
      if (result.ok) continue;
      // A root object cut short before any field is the one place `$` is right.
      const cutAtRoot = result.problems.every((p) =>
        /field name|after a field|string is not closed/.test(p.message),
      );
      if (!cutAtRoot && result.problems.every((p) => p.path === '$')) {
        rootOnly.push(problemLines(result.problems).join('; '));
      }
    }
    expect(rootOnly).toEqual([]);
  });
});
