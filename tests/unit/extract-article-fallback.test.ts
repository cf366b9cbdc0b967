import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/features/add-interview/lib/extract-article';

// Where Readability takes too little of a page to be an article (a headline and one paragraph),
// the extractor reads every block of the page as it was, parsed again and made inert again.

const LONG = 'The river has changed, she says, and so have the people who walk beside it. '.repeat(
  8,
);
// Readability's first pass skips "comments" as unlikely and finds the one long paragraph enough.
const PAGE = `<!doctype html><html><head><title>Ann Lee on the river</title></head><body>
  <div class="story"><p>${LONG}</p></div>
  <div class="comments"><p>Q: What brought you to the river?</p><p>A: My grandmother fished it.</p>
  <noscript><p>Turn on JavaScript to comment</p></noscript>
  <script>document.write('<p>written by a script</p>')</script></div></body></html>`;

describe('a saved page Readability reads too little of', () => {
  it('is read whole: every block of the page, none of its scripts or fallbacks', async () => {
    const { window } = new JSDOM('');
    try {
      const lines = (await extractArticle(PAGE, new window.DOMParser())).text.split('\n');
      expect(lines[0]).toBe('Ann Lee on the river');
      expect(lines).toContain('Q: What brought you to the river?');
      expect(lines).toContain('A: My grandmother fished it.');
      expect(lines.join('\n')).not.toMatch(/JavaScript|written by a script/);
    } finally {
      window.close();
    }
  }, 30_000);
});
