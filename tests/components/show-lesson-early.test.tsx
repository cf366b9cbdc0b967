import { afterEach, describe, expect, it } from 'vitest';
import { showLessonEarly } from '../../src/lib/landing';
import { LESSON_NOTE_PROPERTY, LESSON_SHOWN_ATTRIBUTE } from '../../src/lib/lesson-pending';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
});

const section = (id: string, keyQuote = true) =>
  `<section id="${id}"><h2 id="${id}__heading">${id}</h2><article id="q-${id}"><p>${
    keyQuote ? `<mark data-kind="key-quote" id="kq-${id}">words</mark>` : 'words'
  }</p></article></section>`;

/** A built reader page, as far as the boot script reads it: index, key quotes, sections. */
function page(ids: string[], { keyQuotes = ids } = {}) {
  document.body.innerHTML = `
    <nav id="question_index"><ol>${ids
      .map(
        (id) =>
          `<li><a href="/i/x/${id}">${id}</a><ol><li><a href="/i/x/${id}#q">q</a></li></ol></li>`,
      )
      .join('')}</ol></nav>
    <div data-reading-column>
      <div><section aria-labelledby="key_quotes_heading"><h2 id="key_quotes_heading">Key quotes</h2><ul>${keyQuotes
        .map((id) => `<li><a href="/i/x/${id}#kq-${id}">quote</a></li>`)
        .join('')}</ul></section></div>
      ${ids.map((id) => section(id, keyQuotes.includes(id))).join('')}
    </div>`;
}

const shown = () =>
  Array.from(document.querySelectorAll(`[${LESSON_SHOWN_ATTRIBUTE}]`)).map(
    (element) => element.id || element.querySelector('a')?.getAttribute('href'),
  );
const early = (search: string, target?: string) =>
  showLessonEarly(document, search, target, LESSON_SHOWN_ATTRIBUTE, LESSON_NOTE_PROPERTY);

describe('showLessonEarly', { timeout: 30_000 }, () => {
  it('marks the chosen sections, their index entries and key quotes, and the bar’s words', () => {
    page(['a', 'b', 'c']);
    expect(early('?sections=a,C')).toBe(true);
    // In the document's order: the index's entries, the key quotes, the sections.
    expect(shown()).toEqual(['/i/x/a', '/i/x/c', '/i/x/a#kq-a', '/i/x/c#kq-c', 'a', 'c']);
    expect(document.documentElement.style.getPropertyValue(LESSON_NOTE_PROPERTY)).toBe(
      '"Showing 2 of 3 sections"',
    );
  });

  it('says "A lesson" when every section is chosen, as the bar does', () => {
    page(['a', 'b']);
    expect(early('?sections=a,b')).toBe(true);
    expect(document.documentElement.style.getPropertyValue(LESSON_NOTE_PROPERTY)).toBe(
      '"A lesson"',
    );
  });

  it('lands inside the lesson: a fragment or a section path’s heading in a chosen section', () => {
    page(['a', 'b', 'c']);
    expect(early('?sections=b,c', 'c__heading')).toBe(true);
    page(['a', 'b', 'c']);
    expect(early('?sections=b,c', 'kq-b')).toBe(true);
  });

  // What the app shows otherwise (another order, a notice, a prompt, no key quotes panel) is
  // left to it: the page stays marked pending, unpainted below the header, as before.
  it.each([
    ['another order', '?sections=c,a', undefined],
    ['an unknown section', '?sections=a,z', undefined],
    ['an empty list', '?sections=,', undefined],
    ['another parameter', '?sections=a&mode=discuss', undefined],
    ['a prompt first', '?prompt=Why&sections=a', undefined],
    ['a search', '?sections=a&q=oil', undefined],
    ['a target outside the lesson', '?sections=a', 'c__heading'],
    ['a target the page lacks', '?sections=a', 'q99'],
    ['a broken escape', '?sections=a%E0%A4%A', undefined],
  ])('leaves %s to the app', (_, search, target) => {
    page(['a', 'b', 'c']);
    expect(early(search, target)).toBe(false);
    expect(shown()).toEqual([]);
  });

  it('leaves a lesson without key quotes to the app, which takes their panel away', () => {
    page(['a', 'b', 'c'], { keyQuotes: ['a'] });
    expect(early('?sections=b,c')).toBe(false);
    page(['a', 'b', 'c'], { keyQuotes: ['a'] });
    expect(early('?sections=a,b')).toBe(true);
  });
});
