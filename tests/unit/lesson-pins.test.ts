import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  directiveParam,
  lessonOf,
  parseReaderSearch,
  paths,
  readerSearch,
} from '../../src/config/paths';
import {
  decodePin,
  encodePin,
  isPackedPin,
  MOST_PUNYCODE,
  unpackPin,
} from '../../src/config/prompt-codec';
import {
  EMPTY_DRAFT,
  lessonPath,
  PROMPT_MAX,
  seedDraft,
  type LessonDraft,
} from '../../src/features/lesson/lesson-draft';
import { buildReaderModel } from '../../src/features/reader/reader-model';
import { readerView } from '../../src/features/reader/reader-view';
import type { Interview } from '../../src/interview/schema';
import { directiveFor } from '../../src/interview/passage-directive';
import {
  decodeTextDirective,
  type PassageText,
  type TextDirective,
} from '../../src/interview/text-fragment';
import { seedInterview } from '../support/seed';

// An interview in Russian: four answers, a passage pinned from each as the
// reader pins a selection (directiveFor: its first and last words).
const answers = [
  'Мы убеждены, что война закончится в этом году. Украина готова к справедливому миру, но не к капитуляции, и наши партнёры это понимают.',
  'Глубокое бурение — наш общий приоритет. Казахстанские и украинские компании уже обсуждают совместные проекты в нефтегазовой отрасли.',
  'Мы хотим интегрировать черноморские порты Украины в Средний коридор, чтобы грузы из Центральной Азии шли в Европу быстрее и дешевле.',
  'Я искренне в это верю. Люди в Казахстане видят, что происходит, и многие помогают украинцам, которые потеряли свои дома.',
];
const passages = [
  'Украина готова к справедливому миру, но не к капитуляции, и наши партнёры это понимают.',
  'Казахстанские и украинские компании уже обсуждают совместные проекты в нефтегазовой отрасли.',
  'Мы хотим интегрировать черноморские порты Украины в Средний коридор, чтобы грузы из Центральной Азии шли в Европу быстрее и дешевле.',
  'Люди в Казахстане видят, что происходит, и многие помогают украинцам, которые потеряли свои дома.',
];
const texts: PassageText[] = answers.map((text, i) => ({ key: `q${i + 1}`, text }));
const directives: TextDirective[] = passages.map((passage, i) => {
  const start = answers[i]?.indexOf(passage) ?? -1;
  return directiveFor(texts, { key: `q${i + 1}`, start, end: start + passage.length });
});

const prompt = (seed: string) =>
  [
    ...`${seed} Почему посол считает, что война закончится в этом году, и согласны ли вы с ним? Приведите один довод из текста и один из того, что вы знаете сами. `.repeat(
      3,
    ),
  ]
    .slice(0, PROMPT_MAX)
    .join('')
    .trim();

// 3 sections, 4 pinned passages and 4 prompts of 200 characters, as the README measures it.
const russianLesson = (): LessonDraft => ({
  ...EMPTY_DRAFT,
  sections: ['middle-corridor', 'energy', 'security'],
  sectionPrompts: { energy: prompt('2.'), security: prompt('3.') },
  prompt: prompt('1.'),
  pins: directives.map((directive, i) => ({
    directive: directiveParam(directive),
    text: passages[i] ?? '',
    sectionId: ['security', 'energy', 'middle-corridor', 'peace'][i] ?? '',
    prompt: i === 0 ? prompt('4.') : '',
    excerpt: i % 2 === 0,
  })),
  discuss: true,
});
const full = (path: string) => absoluteUrl(path, 'https://interview-reader.example.org', '/');

describe('pinned passages in any language', () => {
  it('a Russian lesson (3 sections, 4 Russian passages, 4 prompts of 200) stays under 2,000 characters', () => {
    const draft = russianLesson();
    expect(directives.every((d) => d.textEnd)).toBe(true);
    const url = full(lessonPath('viktor-maiko-2026', draft));
    // Measured: 1,460 (2,081 with the passages percent-encoded, as before).
    expect(url.length).toBeLessThan(2000);
    const { pins } = parseReaderSearch(new URL(url).search);
    expect(pins.every((pin) => isPackedPin(pin.directive))).toBe(true);
    expect(pins.map((pin) => decodePin(pin.directive))).toEqual(directives);
    // The same lesson with its passages percent-encoded, as links were written before.
    const params = parseReaderSearch(new URL(url).search);
    const plainPins = params.pins.map((pin, i) => ({
      ...pin,
      directive: directiveParam(directives[i] ?? { textStart: '' }),
    }));
    const plain = full(paths.interview('viktor-maiko-2026', { ...params, pins: plainPins }));
    expect(plain.length).toBeGreaterThan(2000);
  });

  it('opens a Russian pin written either way on the same passage', () => {
    const interview = russianInterview();
    const model = buildReaderModel(interview);
    for (const directive of directives) {
      const packed = parseReaderSearch(`?pin=${encodePin(directive)}`);
      const plain = parseReaderSearch(`?pin=${directiveParam(directive)}`);
      expect(isPackedPin(packed.pins[0]?.directive ?? '')).toBe(true);
      expect(isPackedPin(plain.pins[0]?.directive ?? '')).toBe(false);
      const found = readerView(interview, model, packed, undefined, '', unpackPin).pins;
      expect(found[0]).toBeDefined();
      expect(found).toEqual(readerView(interview, model, plain, undefined, '', unpackPin).pins);
      // Until the decoder has loaded, no pin is found nor said to be missing.
      const pending = readerView(interview, model, packed, undefined, '');
      expect(pending.pins).toEqual([]);
      expect(pending.missing).toEqual([]);
    }
  });

  it('reads back every pin it writes, in any script, never longer than plain (property)', () => {
    const letter = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x400, max: 0x4ff }),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0, max: 0xd7ff }),
      fc.integer({ min: 0xe000, max: 0x10ffff }),
    );
    const term = fc
      .array(letter, { minLength: 1, maxLength: 60 })
      .map((codePoints) => String.fromCodePoint(...codePoints).trim())
      .filter((text) => text !== '');
    fc.assert(
      fc.property(
        term,
        fc.option(term, { nil: undefined }),
        fc.option(term, { nil: undefined }),
        fc.option(term, { nil: undefined }),
        (textStart, textEnd, prefix, suffix) => {
          const directive: TextDirective = {
            textStart,
            ...(textEnd ? { textEnd } : {}),
            ...(prefix ? { prefix } : {}),
            ...(suffix ? { suffix } : {}),
          };
          const written = readerSearch({
            pins: [{ directive: encodePin(directive), prompt: '', excerpt: false }],
          });
          expect(written.length).toBeLessThanOrEqual(
            readerSearch({
              pins: [{ directive: directiveParam(directive), prompt: '', excerpt: false }],
            }).length,
          );
          const read = parseReaderSearch(written).pins[0]?.directive ?? '';
          // Whitespace at a term's ends is not part of it (the reader trims terms).
          const trimmed = decodeTextDirective(directiveParam(directive));
          expect(decodePin(read)).toEqual(trimmed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a Russian passage as the browser test opens it', () => {
    const directive = { textStart: 'Украина никогда добровольно не отдаст свою территорию.' };
    expect(encodePin(directive)).toBe(
      'xn--++++++.-2cg1jabdkoehrcesg2ccqa3af9a9bckbwfbbceed0cqsac0bb7bdfe11c3dk',
    );
    expect(directiveParam(directive)).toHaveLength(289);
  });

  it('keeps plain pins exactly as they were: written, read and found as before', () => {
    const english = { textStart: 'the war will end this year.' };
    expect(encodePin(english)).toBe('the+war+will+end+this+year.');
    expect(encodePin({ textStart: 'a 20-ton', textEnd: 'end' })).toBe('a+20-ton,end');
    const old = '%D0%A3%D0%BA%D1%80%D0%B0%D0%B8%D0%BD%D0%B0+%D0%B3%D0%BE%D1%82%D0%BE%D0%B2%D0%B0';
    expect(isPackedPin(old)).toBe(false);
    expect(decodePin(old)).toEqual({ textStart: 'Украина готова' });
    const interview = seedInterview();
    const model = buildReaderModel(interview);
    const params = parseReaderSearch('?pin=the+war+will+end+this+year.&pin=xn--not+punycode');
    const view = readerView(interview, model, params, undefined, '', unpackPin);
    expect(unpackPin('the+war+will+end+this+year.')).toBe('the+war+will+end+this+year.');
    expect(view.pins[0]).toBeDefined();
    expect(view.missing).toEqual([{ kind: 'pin', words: 'xn--not punycode' }]);
    // A plain pin that starts like Punycode is encoded when written today, so never misread.
    expect(encodePin({ textStart: 'xn--80a' })).not.toBe('xn--80a');
    expect(decodePin(encodePin({ textStart: 'xn--80a' }))).toEqual({ textStart: 'xn--80a' });
    // A Punycode term no builder writes (too long to decode quickly) is read as it is.
    const hostile = `xn--${'a'.repeat(MOST_PUNYCODE)}`;
    expect(decodePin(hostile)).toEqual({ textStart: hostile });
  });

  it('opens the section of a pin or quote a hand-edited lesson does not list, after its own', () => {
    // The words are in Trade; the lesson lists Energy only. It said they were not in the interview.
    const interview = seedInterview();
    const model = buildReaderModel(interview);
    const ids = (view: ReturnType<typeof readerView>) => view.sections.map((s) => s.id);
    const pinned = readerView(
      interview,
      model,
      parseReaderSearch('?sections=energy&pin=not+merely+a+prospect'),
      undefined,
      '',
      unpackPin,
    );
    expect(pinned.missing).toEqual([]);
    expect(pinned.pins[0]?.sectionId).toBe('trade');
    expect(ids(pinned)).toEqual(['energy', 'trade']);
    const quoted = readerView(
      interview,
      model,
      parseReaderSearch('?sections=peace,energy&quote=not+merely'),
      undefined,
      '',
    );
    expect(quoted.missing).toEqual([]);
    expect(ids(quoted)).toEqual(['peace', 'energy', 'trade']);
    // Words in no section are still missing, and the lesson shows only its own sections.
    const absent = readerView(
      interview,
      model,
      parseReaderSearch('?sections=energy&pin=words+nowhere+at+all'),
      undefined,
      '',
      unpackPin,
    );
    expect(absent.missing).toEqual([{ kind: 'pin', words: 'words nowhere at all' }]);
    expect(ids(absent)).toEqual(['energy']);
  });

  it('links made inside the lesson keep its pins short, and the builder reopens them unpacked', () => {
    const url = full(lessonPath('viktor-maiko-2026', russianLesson()));
    const params = parseReaderSearch(new URL(url).search);
    const lesson = lessonOf(params);
    const passage = paths.passage('viktor-maiko-2026', 'peace', { textStart: 'the war' }, lesson);
    expect(passage.length).toBeLessThan(2000);
    for (const pin of params.pins) expect(passage).toContain(`pin=${pin.directive}&`);
    const interview = russianInterview();
    const model = buildReaderModel(interview);
    const draft = seedDraft({
      params,
      found: readerView(interview, model, params, undefined, '', unpackPin).pins,
      model,
      passageDirective: () => '',
    });
    expect(draft.pins.map((pin) => pin.directive)).toEqual(directives.map(directiveParam));
    expect(lessonPath('viktor-maiko-2026', draft)).toBe(
      new URL(url).pathname + new URL(url).search,
    );
  });
});

/** The seed interview with its first four answers in Russian, in the sections the lesson shows. */
function russianInterview(): Interview {
  const interview = seedInterview();
  const wanted = ['security', 'energy', 'middle-corridor', 'peace'];
  const sections = interview.sections.map((section) => {
    const at = wanted.indexOf(section.id);
    if (at < 0) return section;
    return {
      ...section,
      questions: section.questions.map((question, i) =>
        i === 0 ? { ...question, answer: [answers[at] ?? ''] } : question,
      ),
    };
  });
  return { ...interview, sections };
}
