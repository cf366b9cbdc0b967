import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  directiveParam,
  isLesson,
  LESSON_SEARCH,
  lessonOf,
  NO_PARAMS,
  parseReaderSearch,
  paths,
  readerSearch,
} from '../../src/config/paths';
import {
  decodePrompt,
  encodePrompt,
  MOST_PUNYCODE,
  unpackPin,
} from '../../src/config/prompt-codec';
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
import { directiveFor } from '../../src/interview/passage-directive';
import { decodeTextDirective } from '../../src/interview/text-fragment';
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

  // A lesson of 3 sections, 4 pinned passages and 4 prompts of 200 characters (one for the
  // lesson, two for sections, one for a passage), as the README's link contract measures it.
  const pinTexts = [
    'Ukrainian strikes are aimed at Russia’s military and energy infrastructure',
    'Deep drilling is a shared priority.',
    'integrate Ukraine’s Black Sea ports into the Middle Corridor',
    'I truly believe in that.',
  ];
  const fullLesson = (prompts: (seed: string) => string) => {
    const pins = pinTexts.map((text, i) => ({
      directive: directiveParam({ textStart: text }),
      text,
      sectionId: ['security', 'energy', 'middle-corridor', 'peace'][i] ?? '',
      prompt: i === 0 ? prompts('4.') : '',
      excerpt: i % 2 === 0,
    }));
    const draft: LessonDraft = {
      ...EMPTY_DRAFT,
      sections: ['middle-corridor', 'energy', 'security'],
      sectionPrompts: { energy: prompts('2.'), security: prompts('3.') },
      prompt: prompts('1.'),
      pins,
      discuss: true,
    };
    const url = absoluteUrl(
      lessonPath('viktor-maiko-2026', draft),
      'https://interview-reader.example.org',
      '/',
    );
    const { energy = '', security = '' } = draft.sectionPrompts;
    return { draft, url, written: [draft.prompt, energy, security, pins[0]?.prompt ?? ''] };
  };
  // What a reader's prompt box shows: the prompt as the link gives it, decoded.
  const promptsOpened = (url: string) => {
    const opened = parseReaderSearch(new URL(url).search);
    return [
      opened.prompt,
      opened.sectionPrompts.energy,
      opened.sectionPrompts.security,
      opened.pins[0]?.prompt,
    ].map((value) => decodePrompt(value ?? ''));
  };
  const inLanguage = (sentence: string) => (seed: string) =>
    [...`${seed} ${sentence} `.repeat(4)].slice(0, PROMPT_MAX).join('').trim();

  it('stays under 2,000 characters for 3 sections, 4 passages and 4 prompts of 200 characters', () => {
    const { draft, url, written } = fullLesson(prompt);
    expect(written.map((p) => p.length)).toEqual([200, 200, 200, 200]);
    expect(url.length).toBeLessThan(2000);
    // English prompts are written as they are, readable in the link.
    expect(url).toContain('&prompt=1.+Why+does+the+ambassador+say+that');
    // …and it opens what was built, in order; the pinned passage's section is added.
    const opened = parseReaderSearch(new URL(url).search);
    expect(opened.sections).toEqual(['middle-corridor', 'energy', 'security', 'peace']);
    expect(opened.pins.map((pin) => decodeTextDirective(pin.directive)?.textStart)).toEqual(
      pinTexts,
    );
    expect(opened.prompt).toBe(draft.prompt.trim());
    expect(promptsOpened(url)).toEqual(written.map((p) => p.trim()));
  });

  // Measured: English 1,212; Russian 1,408 (4,272 percent-encoded), Greek 1,436, Arabic 1,448,
  // Russian mixed with English 1,432, Hindi 1,532, Korean 1,980, Japanese 1,984; Chinese 2,192
  // (7,260).
  it.each([
    [
      'Russian',
      'Почему посол считает, что война закончится в этом году, и согласны ли вы с ним? Приведите один довод из текста и один из того, что вы знаете сами.',
    ],
    [
      'Greek',
      'Γιατί ο πρέσβης λέει ότι ο πόλεμος θα τελειώσει φέτος, και συμφωνείτε; Δώστε έναν λόγο από το κείμενο και έναν από όσα γνωρίζετε.',
    ],
    [
      'Arabic',
      'لماذا يقول السفير إن الحرب ستنتهي هذا العام، وهل توافق على ذلك؟ اذكر سببًا واحدًا من النص وسببًا آخر مما تعرفه أنت.',
    ],
    [
      'mixed Russian and English',
      'Посол говорит о «Middle Corridor»: why does it matter for Kazakhstan? Сравните с тем, что сказано про Black Sea ports.',
    ],
  ])('stays under 2,000 characters with prompts in %s, and reads them back', (_name, sentence) => {
    const { url, written } = fullLesson(inLanguage(sentence));
    expect(written.map((p) => [...p].length)).toEqual([200, 200, 200, 200]);
    expect(url.length).toBeLessThan(2000);
    expect(url).toContain('&prompt=xn--');
    expect(promptsOpened(url)).toEqual(written);
  });

  it('with Chinese prompts of 200 characters comes to about 2,200; of 160 it fits', () => {
    const sentence =
      '大使为什么说战争将在今年结束？你同意吗？请从文中举出一个理由，再从你自己的知识中举出一个理由，并说说如果你有机会，你接下来会问他什么问题。';
    const { url, written } = fullLesson(inLanguage(sentence));
    expect(url.length).toBeGreaterThan(2000);
    expect(url.length).toBeLessThan(2300);
    expect(promptsOpened(url)).toEqual(written);
    // Prompts of 160 Chinese characters fit (as the README and the builder say).
    const short = (seed: string) => [...inLanguage(sentence)(seed)].slice(0, 160).join('');
    expect(fullLesson(short).url.length).toBeLessThan(2000);
  });

  // Letters from ASCII, Cyrillic, Arabic, Chinese and anywhere else in Unicode, mixed.
  const letter = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0x400, max: 0x4ff }),
    fc.integer({ min: 0x600, max: 0x6ff }),
    fc.integer({ min: 0x4e00, max: 0x9fff }),
    fc.integer({ min: 0, max: 0xd7ff }),
    fc.integer({ min: 0xe000, max: 0x10ffff }),
  );

  it('reads back any prompt it writes, in any script, never longer than plain (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(letter, { maxLength: PROMPT_MAX })
          .map((codePoints) => String.fromCodePoint(...codePoints).trim()),
        (text) => {
          fc.pre(text !== '');
          const params = lessonParams({ ...EMPTY_DRAFT, prompt: text });
          const written = readerSearch(params);
          expect(written.length).toBeLessThanOrEqual(readerSearch({ prompt: text }).length);
          expect(decodePrompt(parseReaderSearch(written).prompt)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps links with plain prompts working, whatever their letters', () => {
    const old = parseReaderSearch(
      '?prompt=%D0%9F%D0%BE%D1%87%D0%B5%D0%BC%D1%83%3F&prompt.energy=Why+oil%3F&pin=oil&prompt.pin.1=xn--+not+punycode',
    );
    expect(decodePrompt(old.prompt)).toBe('Почему?');
    expect(decodePrompt(old.sectionPrompts.energy ?? '')).toBe('Why oil?');
    // A plain prompt that starts like Punycode but is not shows as it is; one written today is encoded.
    expect(decodePrompt(old.pins[0]?.prompt ?? '')).toBe('xn-- not punycode');
    expect(encodePrompt('xn--80a')).not.toBe('xn--80a');
    expect(decodePrompt(encodePrompt('xn--80a'))).toBe('xn--80a');
  });

  it('leaves a Punycode value no builder writes (too long to decode quickly) as it is', () => {
    const hostile = `xn--${'a'.repeat(MOST_PUNYCODE)}`;
    expect(decodePrompt(hostile)).toBe(hostile);
    // The longest a 200-letter prompt takes, in letters far apart in Unicode, is well within it.
    const spread = Array.from({ length: PROMPT_MAX }, (_, i) =>
      String.fromCodePoint(0x10000 + ((i * 7919) % 0xeffff)),
    ).join('');
    expect(encodePrompt(spread).length).toBeLessThan(MOST_PUNYCODE);
    expect(decodePrompt(encodePrompt(spread))).toBe(spread);
  });

  it('a link made inside a lesson keeps its prompts as short as the teacher wrote them', () => {
    const { url } = fullLesson(inLanguage('Почему посол так считает? Согласны ли вы?'));
    const lesson = lessonOf(parseReaderSearch(new URL(url).search));
    const passage = paths.passage('viktor-maiko-2026', 'peace', { textStart: 'the war' }, lesson);
    expect(passage.length).toBeLessThan(2000);
    expect(passage).toContain('prompt=xn--');
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
      found: readerView(interview, model, params, undefined, '', unpackPin).pins,
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

describe('LESSON_SEARCH (what the boot script reads as a lesson before the app has come)', () => {
  // A lesson the pattern missed would shift as the app applies it; a plain
  // link it took for one would keep its text hidden until the app has come.
  it.each([
    '?sections=peace,security',
    '?q=oil&sections=PEACE',
    '?mode=discuss',
    '?mode=DISCUSS',
    '?prompt=Why%3F',
    '?prompt.energy=And+here%3F',
    '?pin=Deep+drilling&prompt.pin.1=Explain',
  ])('takes the lesson %j for one', (search) => {
    expect(isLesson(parseReaderSearch(search))).toBe(true);
    expect(LESSON_SEARCH.test(search)).toBe(true);
  });

  it.each(['', '?q=oil', '?quote=the%20war', '?q=sections', '?mode=read', '?sections='])(
    'leaves %j alone',
    (search) => {
      expect(isLesson(parseReaderSearch(search))).toBe(false);
      expect(LESSON_SEARCH.test(search)).toBe(false);
    },
  );
});
