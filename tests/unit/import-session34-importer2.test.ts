import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../src/interview/import/dates';
import { guessLanguage } from '../../src/interview/import/language';
import { answers, importOk, questions } from '../support/import-outcome';

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
        fixture(
          'fresh-26/cs-regional-daily-employee-league-numbered-questions-glued-photo-caption.txt',
        ),
      ),
    ).toBe('cs');
    expect(
      guessLanguage(
        fixture('fresh-27/sk-party-site-title-leak-semicolon-lines-bare-questions.txt'),
      ),
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
  it("names the post's author the guest, not the blog that asked", () => {
    expect(
      guests(
        fixture(
          'fresh-27/en-author-site-blog-reposted-tour-interview-numbered-paren-questions.txt',
        ),
      ),
    ).toEqual(['R.J. Harlow']);
  });

  it("keeps the one the post's author interviewed as the guest", () => {
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

// An office's site prints its contact header over every page: the office's name, its address,
// phone and e-mail lines, then the section and a back link over the reprinted interview.
describe("an office's contact header over the page", { timeout: 30_000 }, () => {
  it('drops the header, its section line and back link, and keeps the headline', () => {
    const { interview, dropped } = importOk(
      fixture('fresh-27/lt-mep-office-site-contact-header-initials-answers-bare-questions.txt'),
    );
    const header = [
      'Europos Parlamento narės',
      'dr. Rasos Jurgaitienės biuras',
      'Gedimino pr. 12, 01103 Vilnius',
      'Tel. (5) 210 44 80',
      'El.paštas info@jurgaitiene.example',
      'Apie darbą',
      '« Atgal',
    ];
    expect(dropped).toEqual(expect.arrayContaining(header));
    expect(interview.intro).toContain('Rasos Jurgaitienės interviu „Lietuvos žinioms”');
    expect(interview.intro?.some((line) => header.includes(line))).toBe(false);
  });

  it('keeps a lead that comes before contact lines, and a byline over its e-mail alone', () => {
    const text = `Harbour office reopens
The harbour office reopened on Monday after a year of repairs, its director told us.
Tel. (5) 210 44 80
Email: office@harbour.example
What changed?
Everything but the door.
When are you open?
Every weekday from nine.`;
    const { interview, dropped } = importOk(text);
    expect(interview.intro).toContain(
      'The harbour office reopened on Monday after a year of repairs, its director told us.',
    );
    expect(dropped).not.toContain('Harbour office reopens');
    const byline = importOk(`Jane Doe
jane@paper.example
A chat with the harbour's director about a year of repairs and what comes next for the port.
What changed?
Everything but the door.
When are you open?
Every weekday from nine.`);
    expect(byline.dropped).not.toContain('Jane Doe');
  });
});

// A footer's short line under the last answer, with dropped furniture beside it at the page's end:
// the page's "Print" link under a back link dropped as the top's furniture printed again.
describe("one short footer line among the page's dropped last lines", { timeout: 30_000 }, () => {
  it('leaves "Spausdinti" (print) out of the last answer, reported', () => {
    const { interview, dropped } = importOk(
      fixture('fresh-27/lt-mep-office-site-contact-header-initials-answers-bare-questions.txt'),
    );
    expect(dropped).toContain('Spausdinti');
    expect(answers(interview).at(-1)).toBe(
      'Kiekviena pabaiga yra kažko naujo pradžia. Apie tai galvosiu tada, kai ateis laikas.',
    );
  });

  it("keeps a last answer's short closing line where nothing dropped ends the page with it", () => {
    const { interview } = importOk(`Q: What will you do after the final?
A: Sleep for a week. Then back to training with the juniors.
Q: Anything for the fans?
A: Thank you for every away trip this season.
See you in August`);
    expect(answers(interview).at(-1)).toBe('See you in August');
  });
});

// A sports portal's section name over its headline, the player's words in quotes, then the byline.
describe("a portal's section line over a quoted headline", { timeout: 30_000 }, () => {
  const croatian = fixture(
    'fresh-27/hr-sports-portal-press-conference-bare-questions-quoted-answers-credit.txt',
  );

  it('titles the page by the quoted headline and drops the section line', () => {
    const { interview, dropped } = importOk(croatian);
    expect(interview.title).toBe(
      '"Ove godine sam osvojio dvije titule, ali ne vjerujem da sam bolji nego ranije"',
    );
    expect(dropped).toContain('Hrvatska nogometna reprezentacija');
  });

  it('keeps a name over the quote as it was, and a short line over a quote no byline follows', () => {
    const named = importOk(croatian.replace('Hrvatska nogometna reprezentacija', 'Ivan Perković'));
    expect(named.dropped).not.toContain('Ivan Perković');
    const unsigned = importOk(`Summer league notes
"We train twice a day and it shows"
The coach spoke after Sunday's win, the third in a row for the youth side.
How is the team?
Fit and hungry.
What comes next?
The cup, in August.`);
    expect(unsigned.dropped).not.toContain('Summer league notes');
  });
});

// Bylines in scripts without capitals: Hebrew "מאת: NAME" (by), Korean "NAME 기자" (reporter).
describe('a byline in a script without capitals', { timeout: 30_000 }, () => {
  const interviewers = (text: string) =>
    importOk(text).interview.people.interviewers.map((person) => person.name);

  it.each([
    ['מאיה ברגר', 'fresh-27/he-school-paper-two-pupils-first-name-labels-bare-questions.txt'],
    ['한서윤', 'fresh-27/ko-university-paper-q-dot-no-question-mark-answerer-name-role-lines.txt'],
  ])('names the interviewer %s from the page %s', (name, page) => {
    expect(interviewers(fixture(page))).toEqual([name]);
  });

  it('takes no sentence opening with "מאת" for a byline', () => {
    const page = fixture(
      'fresh-27/he-school-paper-two-pupils-first-name-labels-bare-questions.txt',
    );
    expect(
      interviewers(page.replace('מאת: מאיה ברגר', 'מאת המערכת שלנו, עם תודה לכל מי שעזר בכתבה')),
    ).not.toContain('המערכת שלנו');
  });
});

// A date written year first with dots, as Korean and Hungarian pages print it, a Korean CMS's
// "승인" (approved) before it: "승인 2019.03.11 00:12", "2021.11.02".
describe('a date line written year first with dots', { timeout: 30_000 }, () => {
  it.each([
    [
      '2019-03-11',
      'fresh-27/ko-university-paper-q-dot-no-question-mark-answerer-name-role-lines.txt',
    ],
    [
      '2021-11-02',
      'fresh-27/hu-personal-site-pdf-text-initials-answers-dash-questions-hyphenated.txt',
    ],
  ])('dates the page %s from %s', (date, page) => {
    expect(importOk(fixture(page)).interview.published).toBe(date);
  });

  it('reads no version number or impossible date as a date', () => {
    expect(parseDateLine('2019.13.11')).toBeUndefined();
    expect(parseDateLine('Version 2019.03.11')).toBeUndefined();
    expect(parseDateLine('1.2.3')).toBeUndefined();
  });
});
