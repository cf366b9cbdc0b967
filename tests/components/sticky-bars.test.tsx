import { afterEach, describe, expect, it, vi } from 'vitest';
import { stickyBars } from '../../src/lib/landing';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('stickyBars', { timeout: 30_000 }, () => {
  // landOn measures the bars at every landing (three or four a page load). On the
  // 2,000-question interview the whole document is 158,000 nodes, nearly all of them in
  // the reading column: a document-wide querySelectorAll walked them each time (15–22 ms a
  // landing in a trace). Bars are never inside the column, so it is not walked.
  it('finds the bars outside the reading column without walking the column', () => {
    document.body.innerHTML = `
      <header data-sticky-bar id="site"></header>
      <div class="grid">
        <div data-sticky-bar id="nav"><nav><div data-sticky-bar id="inner"></div></nav></div>
        <div data-reading-column><p>text</p><p>more</p></div>
      </div>`;
    const column = document.querySelector('[data-reading-column]');
    if (!column) throw new Error('no column');
    const walkedDocument = vi.spyOn(document, 'querySelectorAll');
    const walkedColumn = vi.spyOn(column, 'querySelectorAll');
    expect(
      stickyBars(document)
        .map((bar) => bar.id)
        .sort(),
    ).toEqual(['inner', 'nav', 'site']);
    expect(walkedDocument).not.toHaveBeenCalled();
    expect(walkedColumn).not.toHaveBeenCalled();
  });

  it('looks through the whole document on a page with no reading column', () => {
    document.body.innerHTML = '<div><div data-sticky-bar id="bar"></div></div>';
    expect(stickyBars(document).map((bar) => bar.id)).toEqual(['bar']);
  });
});
