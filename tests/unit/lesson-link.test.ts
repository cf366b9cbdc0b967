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
  EMPTY_DRAFT,
  lessonDraftReducer,
  lessonParams,
  lessonPath,
  PROMPT_MAX,
  type LessonDraft,
} from '../../src/features/lesson/lesson-draft';
import { decodeTextDirective } from '../../src/interview/text-fragment';

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
      excerpts: true,
      prompt: 'What links trade & energy? 50% = half, #1 “priority”.',
      sectionPrompts: { energy: 'Which pipeline matters most?' },
      pins: [
        {
          directive: directiveParam({ textStart: 'Deep drilling is a shared priority.' }),
          prompt: 'Why?',
        },
        { directive: directiveParam({ textStart: 'a 20-ton', textEnd: 'end' }), prompt: '' },
      ],
      quotes: [directiveParam({ textStart: 'the war will end' })],
    };
    const search = readerSearch(params);
    expect(search).toBe(
      '?q=oil&sections=energy,trade&mode=discuss&excerpts=show' +
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
    }));
    const draft: LessonDraft = {
      ...EMPTY_DRAFT,
      sections: ['middle-corridor', 'energy', 'security'],
      sectionPrompts: { energy: prompt('Energy.'), security: prompt('Security.') },
      prompt: prompt('Lesson.'),
      pins,
      discuss: true,
      excerpts: true,
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

  it('shows excerpts only in discussion mode, and adds a pinned passage’s section', () => {
    let draft = lessonDraftReducer(EMPTY_DRAFT, { type: 'excerpts', on: true });
    expect(draft.excerpts).toBe(false);
    draft = lessonDraftReducer(draft, { type: 'discuss', on: true });
    draft = lessonDraftReducer(draft, { type: 'excerpts', on: true });
    draft = lessonDraftReducer(draft, { type: 'toggle-section', id: 'trade' });
    draft = lessonDraftReducer(draft, { type: 'add-pin', pin: pin('war', 'peace') });
    expect(lessonParams(draft)).toMatchObject({
      sections: ['trade', 'peace'],
      mode: 'discuss',
      excerpts: true,
    });
    draft = lessonDraftReducer(draft, { type: 'discuss', on: false });
    expect(draft.excerpts).toBe(false);
  });
});
