import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  interviewHits,
  type PagefindResultData,
} from '../../src/features/search/search-hits';

const sub = (id: string | undefined, title: string, weights: number[], location: number) => ({
  title,
  excerpt: `… <mark>oil</mark> at ${title}`,
  weighted_locations: weights.map((weight) => ({ weight })),
  ...(id === undefined ? {} : { anchor: { id, location } }),
});

const result: PagefindResultData = {
  meta: {
    id: 'viktor-maiko-2026',
    title: 'The War Will End',
    publication: 'The Times of Central Asia',
    published: '2026-02-10',
  },
  excerpt: 'Kazakh <mark>oil</mark>',
  anchors: [
    { id: 'page_title', location: 0 },
    { id: 'trade__heading', location: 200 },
    { id: 'q1__question', location: 210 },
    { id: 'energy__heading', location: 700 },
    { id: 'q3__question', location: 710 },
    { id: 'q3b__question', location: 800 },
  ],
  sub_results: [
    sub('page_title', 'The War Will End', [1], 0),
    sub('q1__question', 'What are the  prospects?', [1, 1], 210),
    sub('energy__heading', 'Energy Sector Cooperation', [2], 700),
    sub('q3__question', 'How does Ukraine view\nenergy?', [1, 1, 1, 1, 1], 710),
    sub('q3b__question', 'And pipelines?', [0.5], 800),
  ],
};

describe('search excerpts', () => {
  it('read marks as marks and everything else as text', () => {
    expect(excerptParts('Kazakh <mark>oil,</mark> &amp; gas &lt;b&gt; <mark>Oil</mark>')).toEqual([
      { text: 'Kazakh ', marked: false },
      { text: 'oil,', marked: true },
      { text: ' & gas <b> ', marked: false },
      { text: 'Oil', marked: true },
    ]);
  });

  it('never let a tag through as markup', () => {
    const parts = excerptParts('a <script>alert(1)</script> b <img src=x onerror=y> c');
    expect(parts.map((p) => p.text).join('')).toBe('a alert(1) b  c');
  });
});

describe('search hits', () => {
  it('link each place to its section or question with the search marked', () => {
    const hits = interviewHits(result, 'kazakh oil', 5);
    expect(hits?.path).toBe('/i/viktor-maiko-2026?q=kazakh+oil');
    expect(hits?.hits.map((hit) => [hit.kind, hit.label, hit.path])).toEqual([
      ['introduction', 'Introduction', '/i/viktor-maiko-2026?q=kazakh+oil'],
      ['question', 'What are the prospects?', '/i/viktor-maiko-2026/trade?q=kazakh+oil#q1'],
      ['section', 'Energy Sector Cooperation', '/i/viktor-maiko-2026/energy?q=kazakh+oil'],
      ['question', 'How does Ukraine view energy?', '/i/viktor-maiko-2026/energy?q=kazakh+oil#q3'],
      ['question', 'And pipelines?', '/i/viktor-maiko-2026/energy?q=kazakh+oil#q3b'],
    ]);
  });

  it('name a section by its heading once, though Pagefind reads the heading’s two copies', () => {
    // A section's <h2> holds its heading twice: in its toggle (with JavaScript) and in a span for
    // pages without it. Pagefind leaves the ignored copy out of the text but not out of the
    // heading's title: results read "Energy Sector Cooperation Energy Sector Cooperation".
    const twice = {
      ...result,
      sub_results: [
        sub('energy__heading', 'Energy Sector Cooperation Energy Sector Cooperation', [2], 700),
      ],
    };
    expect(interviewHits(twice, 'oil')?.hits.map((hit) => hit.label)).toEqual([
      'Energy Sector Cooperation',
    ]);
  });

  it('keep the best places, in the order of the interview', () => {
    const hits = interviewHits(result, 'oil', 3);
    expect(hits?.hits.map((hit) => hit.label)).toEqual([
      'What are the prospects?',
      'Energy Sector Cooperation',
      'How does Ukraine view energy?',
    ]);
  });

  it('carry the interview’s title, publication and date', () => {
    expect(interviewHits(result, 'oil')).toMatchObject({
      interviewId: 'viktor-maiko-2026',
      title: 'The War Will End',
      publication: 'The Times of Central Asia',
      published: '2026-02-10',
    });
  });

  it('skip a page that is not an interview', () => {
    expect(interviewHits({ ...result, meta: { title: 'Library' } }, 'oil')).toBeUndefined();
  });
});

describe('an excerpt where the last word typed is only the start of one', () => {
  // Pagefind matches a word being typed by its stem's beginning, and centres its excerpt on the
  // place with most matches: typed "modernizati", its excerpt showed and marked "modernize", and
  // "modernization", the word begun, was cut off; typed "cons", it marked "continues".
  const answer =
    'We plan to modernize the ports. Refineries need upgrades, and work continues on new links across the sea to Europe and Asia this year and the next. The modernization of railways is under way, with construction of the Trans-Adriatic Pipeline.';
  const words = answer.split(' ');
  const at = (word: string) => words.findIndex((w) => w.startsWith(word));
  const heading = 'How does Ukraine view energy?';
  const offset = heading.split(' ').length;
  const data = (locations: number[], excerpt: string): PagefindResultData => ({
    meta: { id: 'viktor-maiko-2026', title: 'The War Will End' },
    excerpt,
    raw_content: `${heading} ${answer} Next question? More words.`,
    anchors: [
      { id: 'energy__heading', location: 0, element: 'h2', text: 'Energy' },
      { id: 'q3__question', location: 0, element: 'h3', text: heading },
      { id: 'q3__answer', location: offset, element: 'div', text: '' },
      {
        id: 'q4__question',
        location: offset + words.length,
        element: 'h3',
        text: 'Next question?',
      },
    ],
    sub_results: [
      {
        title: heading,
        excerpt,
        anchor: { id: 'q3__question', location: 0 },
        weighted_locations: locations.map((location) => ({
          weight: 1,
          location: offset + location,
        })),
      },
    ],
  });
  const marked = (hits: ReturnType<typeof interviewHits>) =>
    hits?.hits[0]?.excerpt.filter((part) => part.marked).map((part) => part.text);
  const shown = (hits: ReturnType<typeof interviewHits>) =>
    hits?.hits[0]?.excerpt.map((part) => part.text).join('');

  it('shows and marks the word begun, not another of its stem', () => {
    const hits = interviewHits(
      data([at('modernize'), at('modernization')], 'We plan to <mark>modernize</mark> the ports.'),
      'modernizati',
    );
    expect(marked(hits)).toEqual(['modernization']);
    expect(shown(hits)).toContain('The modernization of railways');
  });

  it('marks no word that does not begin with what was typed, when one does', () => {
    const hits = interviewHits(
      data([at('continues'), at('construction')], 'work <mark>continues</mark> on new links'),
      'cons',
    );
    expect(marked(hits)).toEqual(['construction']);
  });

  it('marks a whole word’s other forms, without the punctuation after them', () => {
    const hits = interviewHits(
      data([at('Pipeline.')], 'the Trans-Adriatic <mark>Pipeline.</mark>'),
      'pipelines',
    );
    expect(marked(hits)).toEqual(['Pipeline']);
    expect(shown(hits)).toMatch(/Trans-Adriatic Pipeline\.$/);
  });

  it('keeps to its own question: no word of the next one shows', () => {
    const hits = interviewHits(data([at('Pipeline.')], ''), 'pipeline');
    expect(shown(hits)).not.toContain('Next question');
  });
});

describe('an interview found by its title or publication alone', () => {
  // Pagefind indexes the title and publication too: such a result has no place of its text
  // (no sub-result), and showed its title with nothing marked and no excerpt.
  const byTitle: PagefindResultData = {
    meta: {
      id: 'anna-kovalchuk-2025',
      title: 'Анна Ковальчук: «Энергетика — это мир»',
      publication: 'Казахстанская правда',
    },
    excerpt: 'As the war between Russia and Ukraine approaches',
    anchors: [{ id: 'trade__heading', location: 103 }],
    sub_results: [],
  };
  const marked = (parts: { text: string; marked: boolean }[] | undefined) =>
    parts?.filter((part) => part.marked).map((part) => part.text);

  it('marks the words typed in its title and publication', () => {
    const hits = interviewHits(byTitle, 'ковальчук правда');
    expect(hits?.hits).toEqual([]);
    expect(marked(hits?.marked?.title)).toEqual(['Ковальчук']);
    expect(hits?.marked?.title.map((part) => part.text).join('')).toBe(byTitle.meta.title);
    expect(marked(hits?.marked?.publication)).toEqual(['правда']);
  });

  it('marks a word begun, and words inside a line written without spaces', () => {
    const chinese = { ...byTitle, meta: { id: 'w', title: '王小明谈能源与和平' } };
    expect(marked(interviewHits(chinese, '能源')?.marked?.title)).toEqual(['能源']);
    expect(marked(interviewHits(chinese, '王小明')?.marked?.title)).toEqual(['王小明']);
    expect(marked(interviewHits(byTitle, 'энерг')?.marked?.title)).toEqual(['Энергетика']);
    // Not the middle of a word in a script with spaces.
    expect(marked(interviewHits(byTitle, 'чук')?.marked?.title)).toEqual([]);
  });

  it('marks words typed in a line without spaces whose letters carry marks (Thai, kana)', () => {
    // The words typed are compared folded (their marks off): "พลังงาน" is "พลงงาน", "ガス" "カス".
    const thai = { ...byTitle, meta: { id: 't', title: 'พลังงานกับสันติภาพ' } };
    expect(marked(interviewHits(thai, 'พลังงาน')?.marked?.title)).toEqual(['พลังงาน']);
    const japanese = { ...byTitle, meta: { id: 'j', title: 'ガス田の未来' } };
    expect(marked(interviewHits(japanese, 'ガス')?.marked?.title)).toEqual(['ガス']);
    expect(
      interviewHits(japanese, 'ガス')
        ?.marked?.title.map((part) => part.text)
        .join(''),
    ).toBe('ガス田の未来');
  });

  it('marks nothing more where places of its text match', () => {
    expect(interviewHits(result, 'war')?.marked).toBeUndefined();
  });
});
