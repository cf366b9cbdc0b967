import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  directiveParam,
  isLesson,
  lessonOf,
  NO_PARAMS,
  parseReaderSearch,
  paths,
  readerSearch,
} from '../../src/config/paths';
import {
  editDraft,
  EMPTY_DRAFT,
  lessonDraftReducer,
  newPin,
  lessonParams,
  lessonPath,
  PROMPT_MAX,
  type LessonDraft,
  type LessonSeed,
} from '../../src/features/lesson/lesson-draft';
import { buildReaderModel } from '../../src/features/reader/reader-model';
import { readerView } from '../../src/features/reader/reader-view';
import { joinedOffset } from '../../src/interview/passages';
import { decodeTextDirective, directiveFor } from '../../src/interview/text-fragment';
import { seedInterview } from '../support/seed';

const prompt = (seed: string) =>
  `${seed} Why does the ambassador say that, and do you agree? Give one reason from the text, one from what you know, and say what you would ask him next, if you could. `
    .repeat(3)
    .slice(0, PROMPT_MAX);

describe('the lesson link', () => {
  it('reads what it builds: sections, mode, excerpts, prompts and pinned passages, in order', () => {
    const params = {
      ...NO_PARAMS,
      q: 'oil',
      sections: ['energy', 'trade'],
      mode: 'discuss' as const,
      prompt: 'What links trade & energy? 50% = half, #1 “priority”.',
      sectionPrompts: { energy: 'Which pipeline matters most?' },
      pins: [
        {
          directive: directiveParam({ textStart: 'Deep drilling is a shared priority.' }),
          prompt: 'Why?',
          excerpt: false,
        },
        {
          directive: directiveParam({ textStart: 'a 20-ton', textEnd: 'end' }),
          prompt: '',
          excerpt: true,
        },
      ],
      quotes: [directiveParam({ textStart: 'the war will end' })],
    };
    const search = readerSearch(params);
    expect(search).toBe(
      '?q=oil&sections=energy,trade&mode=discuss&excerpts=2' +
        '&prompt=What+links+trade+%26+energy?+50%25+%3D+half,+%231+%E2%80%9Cpriority%E2%80%9D.' +
        '&prompt.energy=Which+pipeline+matters+most?' +
        '&pin=Deep+drilling+is+a+shared+priority.&prompt.pin.1=Why?&pin=a+20-ton,end' +
        '&quote=the+war+will+end',
    );
    expect(parseReaderSearch(search)).toEqual(params);
  });

  it('keeps today’s links working: sections=, quote= and mode=discuss mean what they meant', () => {
    expect(
      parseReaderSearch('?sections=trade,energy&mode=discuss&quote=the%20war%20will%20end'),
    ).toEqual({
      ...NO_PARAMS,
      sections: ['trade', 'energy'],
      mode: 'discuss',
      quotes: ['the%20war%20will%20end'],
    });
  });

  it('tells a lesson from a plain reader URL, and keeps only the lesson', () => {
    expect(isLesson(NO_PARAMS)).toBe(false);
    expect(isLesson({ ...NO_PARAMS, q: 'oil', quotes: ['x'] })).toBe(false);
    expect(isLesson({ ...NO_PARAMS, prompt: 'Discuss' })).toBe(true);
    expect(lessonOf({ ...NO_PARAMS, q: 'oil', mode: 'discuss', sections: ['trade'] })).toEqual({
      mode: 'discuss',
      sections: ['trade'],
    });
  });

  it('a passage link made inside a lesson keeps the lesson', () => {
    const lesson = lessonOf(parseReaderSearch('?sections=peace&prompt=Talk&mode=discuss'));
    expect(paths.passage('viktor-maiko-2026', 'peace', { textStart: 'the war' }, lesson)).toBe(
      '/i/viktor-maiko-2026/peace?sections=peace&mode=discuss&prompt=Talk&quote=the+war',
    );
  });

  it('stays under 2,000 characters for 3 sections, 4 passages and 4 prompts of 200 characters', () => {
    const pins = [
      'Ukrainian strikes are aimed at Russia’s military and energy infrastructure',
      'Deep drilling is a shared priority.',
      'integrate Ukraine’s Black Sea ports into the Middle Corridor',
      'I truly believe in that.',
    ].map((text, i) => ({
      directive: directiveParam({ textStart: text }),
      text,
      sectionId: ['security', 'energy', 'middle-corridor', 'peace'][i] ?? '',
      prompt: i === 0 ? prompt('Passage.') : '',
      excerpt: i % 2 === 0,
    }));
    const draft: LessonDraft = {
      ...EMPTY_DRAFT,
      sections: ['middle-corridor', 'energy', 'security'],
      sectionPrompts: { energy: prompt('Energy.'), security: prompt('Security.') },
      prompt: prompt('Lesson.'),
      pins,
      discuss: true,
    };
    const url = absoluteUrl(
      lessonPath('viktor-maiko-2026', draft),
      'https://interview-reader.example.org',
      '/',
    );
    expect(
      [draft.prompt, ...Object.values(draft.sectionPrompts), pins[0]?.prompt].map((p) => p?.length),
    ).toEqual([200, 200, 200, 200]);
    expect(url.length).toBeLessThan(2000);
    // …and opens what was built, in order; the pinned passage's section is added.
    const opened = parseReaderSearch(new URL(url).search);
    expect(opened.sections).toEqual(['middle-corridor', 'energy', 'security', 'peace']);
    expect(opened.pins.map((pin) => decodeTextDirective(pin.directive)?.textStart)).toEqual(
      pins.map((pin) => pin.text),
    );
    expect(opened.prompt).toBe(draft.prompt.trim());
    expect(opened.pins[0]?.prompt).toBe(pins[0]?.prompt.trim());
  });
});

describe('the lesson builder’s draft', () => {
  const pin = (text: string, sectionId = 'trade') => ({
    directive: directiveParam({ textStart: text }),
    text,
    sectionId,
  });

  it('chooses, orders and un-chooses sections', () => {
    let draft = EMPTY_DRAFT;
    for (const id of ['trade', 'energy', 'peace'])
      draft = lessonDraftReducer(draft, { type: 'toggle-section', id });
    draft = lessonDraftReducer(draft, { type: 'move-section', id: 'peace', by: -1 });
    expect(draft.sections).toEqual(['trade', 'peace', 'energy']);
    draft = lessonDraftReducer(draft, { type: 'move-section', id: 'trade', by: -1 });
    expect(draft.sections).toEqual(['trade', 'peace', 'energy']);
    draft = lessonDraftReducer(draft, { type: 'toggle-section', id: 'peace' });
    expect(draft.sections).toEqual(['trade', 'energy']);
  });

  it('pins each passage once, orders and removes them, and cuts prompts at 200 characters', () => {
    let draft = lessonDraftReducer(EMPTY_DRAFT, { type: 'add-pin', pin: pin('one') });
    draft = lessonDraftReducer(draft, { type: 'add-pin', pin: pin('two') });
    draft = lessonDraftReducer(draft, { type: 'add-pin', pin: pin('one') });
    expect(draft.pins.map((p) => p.text)).toEqual(['one', 'two']);
    draft = lessonDraftReducer(draft, { type: 'move-pin', directive: 'two', by: -1 });
    expect(draft.pins.map((p) => p.text)).toEqual(['two', 'one']);
    draft = lessonDraftReducer(draft, {
      type: 'pin-prompt',
      directive: 'one',
      text: 'x'.repeat(300),
    });
    expect(draft.pins[1]?.prompt).toHaveLength(PROMPT_MAX);
    draft = lessonDraftReducer(draft, { type: 'remove-pin', directive: 'two' });
    expect(draft.pins.map((p) => p.text)).toEqual(['one']);
  });

  it('shows a passage as an excerpt only if the teacher chose it, and only in discussion mode', () => {
    let draft = lessonDraftReducer(EMPTY_DRAFT, { type: 'toggle-section', id: 'trade' });
    draft = lessonDraftReducer(draft, { type: 'add-pin', pin: pin('war', 'peace') });
    draft = lessonDraftReducer(draft, { type: 'add-pin', pin: pin('oil') });
    draft = lessonDraftReducer(draft, { type: 'pin-excerpt', directive: 'oil', on: true });
    expect(lessonParams(draft).pins?.map((p) => p.excerpt)).toEqual([false, false]);
    draft = lessonDraftReducer(draft, { type: 'discuss', on: true });
    const params = lessonParams(draft);
    expect(params).toMatchObject({ sections: ['trade', 'peace'], mode: 'discuss' });
    expect(params.pins?.map((p) => p.excerpt)).toEqual([false, true]);
    expect(readerSearch(params)).toBe(
      '?sections=trade,peace&mode=discuss&excerpts=2&pin=war&pin=oil',
    );
    draft = lessonDraftReducer(draft, { type: 'pin-excerpt', directive: 'war', on: true });
    expect(readerSearch(lessonParams(draft))).toContain('&excerpts=show&');
  });
});

describe('excerpts in a lesson link', () => {
  const pins = '&pin=one&pin=two&pin=three';

  it('excerpts=show (links made before excerpts were chosen per passage) shows every passage', () => {
    const { pins: read } = parseReaderSearch(`?mode=discuss&excerpts=show${pins}`);
    expect(read.map((p) => p.excerpt)).toEqual([true, true, true]);
  });

  it('excerpts=1,3 shows those passages, counted from 1; other numbers are ignored', () => {
    const { pins: read } = parseReaderSearch(`?mode=discuss&excerpts=1,3,9,x${pins}`);
    expect(read.map((p) => p.excerpt)).toEqual([true, false, true]);
    expect(readerSearch({ pins: read })).toBe(`?excerpts=1,3${pins}`);
  });

  it('no excerpts= keeps every pinned passage hidden with its answer', () => {
    const { pins: read } = parseReaderSearch(`?mode=discuss${pins}`);
    expect(read.map((p) => p.excerpt)).toEqual([false, false, false]);
    expect(readerSearch({ pins: read })).toBe(`?${pins.slice(1)}`);
  });
});

describe('a draft opened inside a lesson', () => {
  const interview = seedInterview();
  const model = buildReaderModel(interview);
  const seedOf = (search: string): LessonSeed => {
    const params = parseReaderSearch(search);
    return {
      params,
      found: readerView(interview, model, params, undefined, '').pins,
      model,
      passageDirective: (key, start, end) =>
        directiveParam(directiveFor(model.answerTexts, { key, start, end })),
    };
  };

  it('starts from that lesson, and a passage pinned from the text is added to it', () => {
    const seed = seedOf(
      '?sections=peace&mode=discuss&excerpts=1&prompt=Talk&pin=the+war+will+end+this+year.',
    );
    const answer = model.questions.get('q5')?.answer ?? [];
    const paragraph = answer.findIndex((text) => text.includes('I truly believe in that.'));
    const at = joinedOffset(answer, paragraph, (answer[paragraph] ?? '').indexOf('I truly'));
    const text = 'I truly believe in that.';
    const pin = newPin(seed, 'q5', at, at + text.length, text);
    const draft = editDraft(null, seed, { type: 'add-pin', pin });
    expect(draft).toMatchObject({ sections: ['peace'], prompt: 'Talk', discuss: true });
    expect(draft.pins).toEqual([
      {
        directive: 'the+war+will+end+this+year.',
        text: 'the war will end this year.',
        sectionId: 'peace',
        prompt: '',
        excerpt: true,
      },
      { directive: pin.directive, text, sectionId: 'peace', prompt: '', excerpt: false },
    ]);
    expect(decodeTextDirective(pin.directive)?.textStart).toMatch(/^I truly believe/);
    // Once changed, the teacher's draft is what changes next, not the lesson.
    expect(editDraft(draft, seed, { type: 'prompt', text: 'Why?' }).pins).toHaveLength(2);
  });
});
