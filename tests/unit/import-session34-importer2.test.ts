import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/interview/import/language';
import { importOk, questions } from '../support/import-outcome';

// Session 34 (importer2): fresh-27's and fresh-26's leftovers, each checked on the fixture page
// it came from (tests/fixtures/import, re-typed with names changed) and on a near miss of its own.

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

// A wrong `lang` has a screen reader speak every word of the interview in another language's
// voice: Croatian was read as Czech (their shared "je", "se", "na"), Lithuanian as Polish (its
// "ą", "ę"), Persian as Arabic (one script).
describe('languages that share their letters or script with a neighbour', () => {
  it.each([
    ['hr', 'fresh-27/hr-sports-portal-press-conference-bare-questions-quoted-answers-credit.txt'],
    ['lt', 'fresh-27/lt-mep-office-site-contact-header-initials-answers-bare-questions.txt'],
    ['fa', 'fresh-26/fa-digital-library-teen-magazine-print-page-dash-questions-run-in.txt'],
  ])('reads %s from the page %s', (tag, page) => {
    expect(guessLanguage(fixture(page))).toBe(tag);
  });

  // Near misses: the neighbours the new tags could take.
  it('keeps a Serbian text in Latin letters (ekavian, "šta") undetermined, not Croatian', () => {
    expect(
      guessLanguage(
        'Šta vam je bilo najteže ove sezone? Posle povrede nisam znao da li ću ponovo igrati. Tada sam shvatio koliko mi znači fudbal, i sada sam srećan što sam opet na terenu sa momcima. Gde ćete igrati sledeće godine? Ne znam još, videćemo posle leta.',
      ),
    ).toBeUndefined();
  });

  it('keeps Czech and Slovak pages as before', () => {
    expect(
      guessLanguage(
        fixture('fresh-26/cs-regional-daily-employee-league-numbered-questions-glued-photo-caption.txt'),
      ),
    ).toBe('cs');
    expect(
      guessLanguage(fixture('fresh-27/sk-party-site-title-leak-semicolon-lines-bare-questions.txt')),
    ).toBeUndefined();
  });

  it('takes no Latvian text for Lithuanian (their shared "ir", "jau", "tik")', () => {
    expect(
      guessLanguage(
        'Kā jūs sākāt strādāt teātrī? Tas bija nejauši. Draudzene mani uzaicināja uz noklausīšanos, un mani uzreiz pieņēma. Vai jums tas patīk? Jā, tas ir mans darbs jau divdesmit gadus, un es to mīlu tik pat ļoti kā pirmajā dienā.',
      ),
    ).not.toBe('lt');
  });

  it('keeps Arabic that quotes a Persian name Arabic, and Urdu undetermined', () => {
    expect(
      guessLanguage(
        'كيف بدأت مسيرتك في السينما؟ بدأت بعد أن شاهدت فيلم المخرج الإيراني پرویز كيميائي في مهرجان القاهرة، وكان ذلك قبل عشرين عاما.',
      ),
    ).toBe('ar');
    expect(
      guessLanguage(
        'آپ نے کرکٹ کھیلنا کب شروع کیا؟ میں نے آٹھ سال کی عمر میں اپنے محلے کی گلی میں کھیلنا شروع کیا تھا، اور پھر اسکول کی ٹیم میں آ گیا۔',
      ),
    ).toBeUndefined();
  });
});

const guests = (text: string) =>
  importOk(text).interview.people.interviewees.map((person) => person.name);

// An author's post reprinting an interview she gave: the blog that asked is named in her
// reflection ("for the girls over at Swoon Shelf"), she wrote the post ("Posted on … by
// R.J. Harlow") and says the questions were put to her.
describe("an author's post of the questions she was asked", { timeout: 30_000 }, () => {
  it('names the post\'s author the guest, not the blog that asked', () => {
    expect(
      guests(
        fixture('fresh-27/en-author-site-blog-reposted-tour-interview-numbered-paren-questions.txt'),
      ),
    ).toEqual(['R.J. Harlow']);
  });

  it('keeps the one the post\'s author interviewed as the guest', () => {
    const text = `Notes from the Reading Room
Posted on 3 May 2021 by Jane Doe
Last week I spoke with Tom Lee about his new novel, Salt Roads, for the library's book club.
Below are the questions I asked him and the answers he gave.
1) What inspired Salt Roads?
My grandfather's stories of the coast road. He drove it every week for forty years.
2) How long did it take to write?
Three years, most of them spent cutting.
3) What's next?
A book about bridges.`;
    expect(guests(text)).toEqual(['Tom Lee']);
    expect(questions(importOk(text).interview)).toHaveLength(3);
  });
});
