import { describe, expect, it } from 'vitest';
import { withoutTrackingParams } from '../../src/interview/import/source-address';
import { readArticle } from '../../src/interview/import/read-article';
import { seedInterview } from '../support/seed';

// A saved page's own address (its canonical link or og:url) often carries what the site or a
// newsletter added when the page was shared: campaign and click ids. They say how a reader came,
// not which article it is; kept, the interview's source address (and its citations) carry them.

describe('the address of a saved page, as the interview’s source', () => {
  it('loses the campaign and click ids sites and mail add', () => {
    const article = 'https://riverside.example/people/ann-lee';
    for (const tracked of [
      `${article}?utm_source=share`,
      `${article}?utm_source=newsletter&utm_medium=email&utm_campaign=june&utm_term=x&utm_content=y`,
      `${article}?fbclid=IwAR0abc`,
      `${article}?gclid=Cj0KCQ&gbraid=0AAA&wbraid=1BBB`,
      `${article}?mc_cid=3f1&mc_eid=9a2`,
      `${article}?msclkid=abc&igshid=MzRl&yclid=1&twclid=2&ttclid=3&dclid=4`,
      `${article}?_hsenc=p2A&_hsmi=123&mkt_tok=eyJ`,
      `${article}?UTM_Source=Share`,
    ]) {
      expect(withoutTrackingParams(tracked), tracked).toBe(article);
    }
  });

  it('keeps every other parameter and the fragment as they were written', () => {
    expect(
      withoutTrackingParams('https://news.example/story.php?id=42&utm_source=x&lang=ru#part-2'),
    ).toBe('https://news.example/story.php?id=42&lang=ru#part-2');
    expect(withoutTrackingParams('https://news.example/a?utm_medium=social#q3')).toBe(
      'https://news.example/a#q3',
    );
    // Written as the site wrote it: no re-encoding of what stays.
    expect(withoutTrackingParams('https://news.example/a?q=caf%C3%A9+au+lait&fbclid=1&p=a~b')).toBe(
      'https://news.example/a?q=caf%C3%A9+au+lait&p=a~b',
    );
    // Near misses: a parameter that only looks like one is the article's own.
    for (const own of [
      'https://news.example/a?ref=12',
      'https://news.example/a?source=archive',
      'https://news.example/a?utm=1',
      'https://news.example/a?page=2&utmost=1',
      'https://news.example/a?gclid_note=1',
      'https://news.example/a',
      'https://news.example/a?',
    ]) {
      expect(withoutTrackingParams(own), own).toBe(own);
    }
  });

  it('is what the importer takes from the page’s metadata; an address stated by hand is kept as given', () => {
    const text = [
      'Ann Lee: the river keeper',
      'Q: Why the river?',
      'A: It was there when I was a child.',
      'Q: And now?',
      'A: It still is.',
    ].join('\n\n');
    const page = { url: 'https://riverside.example/ann-lee?utm_source=share&fbclid=IwAR0' };
    const read = readArticle(text, { page });
    expect(read.ok && read.draft.meta.url).toBe('https://riverside.example/ann-lee');
    const stated = readArticle(text, { page, url: 'https://rivertimes.example/x?utm_source=me' });
    expect(stated.ok && stated.draft.meta.url).toBe('https://rivertimes.example/x?utm_source=me');
  }, 30_000);

  it('leaves the seed’s address as it is', () => {
    const url = seedInterview().source.url;
    expect(url).toBeDefined();
    expect(withoutTrackingParams(url ?? '')).toBe(url);
  });
});
