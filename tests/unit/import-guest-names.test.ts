import { describe, expect, it } from 'vitest';
import { shortLabel } from '../../src/interview/import/labels';
import { importOk } from '../support/import-outcome';

// Guests the page names where the importer read "Interviewee": a first name alone after a
// place's quoted name in an interview's headline, an Arabic headline's press conference of a coach.

const guest = (text: string) => importOk(text).interview.people.interviewees.map((p) => p.name);

const numbered = [
  '1.Da quanti anni lavora in pasticceria?',
  'Da venti anni.A 16 anni ho cominciato come garzone.',
  '2.Qual è il dolce che le riesce meglio?',
  'La sfogliatella,ma solo la domenica.',
  '3.Cosa consiglia ai ragazzi del Centro?',
  'Di pesare tutto e di non avere fretta.',
];

describe("a first name after a place's quoted name in an interview's headline", () => {
  it('names the guest (an Italian newsletter: "… “La Loggia” Dario.")', () => {
    expect(
      guest(
        [
          'Il Ponte',
          'Il giornalino della scuola media',
          'Intervista al pasticcere della pasticceria “La Perla” Marco.',
          ...numbered,
        ].join('\n'),
      ),
    ).toEqual(['Marco']);
  });

  it('names no one from a headline that ends on the quoted name (near miss)', () => {
    expect(
      guest(
        [
          'Il Ponte',
          'Il giornalino della scuola media',
          'Intervista ai ragazzi della pasticceria “La Perla”.',
          ...numbered,
        ].join('\n'),
      ),
    ).toEqual(['Interviewee']);
  });
});

const arabicQuestions = [
  'هل هناك غيابات قبل المباراة؟',
  'لا، الجميع جاهزون باستثناء لاعب واحد.',
  'ما رأيك في المنافس؟',
  'فريق منظم ويلعب جيدا على أرضه.',
];

describe("an Arabic headline's press conference of a coach", () => {
  it('names the coach ("مؤتمر NAME قبل مباراة …", a script without capitals)', () => {
    expect(
      guest(
        [
          'مؤتمر سامي حداد قبل مباراة النجوم ضد الوادي',
          'تحدث سامي حداد مدرب فريق النجوم في مؤتمر صحفي قبل مباراة الغد.',
          ...arabicQuestions,
        ].join('\n\n'),
      ),
    ).toEqual(['سامي حداد']);
  });

  it('names no one from a press conference or a conference of coaches (near miss)', () => {
    expect(
      guest(
        [
          'مؤتمر صحفي للمدرب قبل مباراة النجوم ضد الوادي',
          'شارك المدرب في مؤتمر المدربين الدولي قبل عامين.',
          ...arabicQuestions,
        ].join('\n\n'),
      ),
    ).toEqual(['Interviewee']);
  });
});

describe("Turkish role labels ('Röportör:' / 'Röportaj veren:')", () => {
  const turns = (asks: string, answers: string) =>
    [
      'Bir Yazarla Çay Sohbetleri',
      `${asks}: Hoş geldiniz! Bize biraz kendinizden bahseder misiniz?`,
      `${answers}: Ben Bursa'da yaşayan, okumayı çok seven biriyim.`,
      `${asks}: Ne güzel. Yazmaya ne zaman başladınız?`,
      `${answers}: Lisede, bir öğretmenimin ısrarıyla.`,
      `${asks}: Son olarak okurlarınıza ne söylemek istersiniz?`,
      `${answers}: Yorumlarınız için teşekkür ederim.`,
    ].join('\n\n');

  it('label the questions and the answers, and leave the text', () => {
    for (const [asks, answers] of [
      ['Röportör', 'Röportaj veren'],
      ['Soru', 'Cevap'],
    ] as const) {
      const { interview } = importOk(turns(asks, answers));
      const all = interview.sections.flatMap((s) => s.questions);
      expect(all.map((q) => q.question[0]?.slice(0, 12))).toEqual([
        'Hoş geldiniz',
        'Ne güzel. Ya',
        'Son olarak o',
      ]);
      expect(all.map((q) => q.answer[0]?.slice(0, 8))).toEqual([
        'Ben Burs',
        'Lisede, ',
        'Yorumlar',
      ]);
    }
  });

  it("leave an answer's own 'word in lower case:' opening as its words (near miss)", () => {
    const { interview } = importOk(
      turns('Soru', 'Cevap').replace('Lisede,', 'Benim cevabım: lisede,'),
    );
    expect(interview.sections[0]?.questions[1]?.answer[0]).toMatch(/^Benim cevabım: lisede,/u);
  });
});

describe("a heading's short label", () => {
  it("is a question heading's topic, not its first three words ('What Is the Fourth Age?')", () => {
    expect(shortLabel('What Is the Fourth Age?')).toBe('Fourth Age');
    expect(shortLabel('Why are podcasts so long?')).toBe('Podcasts so long');
  });

  it('stays the first words of a heading that asks nothing or is short (near miss)', () => {
    expect(shortLabel('Trade and Economic Prospects in Central Asia')).toBe('Trade');
    expect(shortLabel('What Next?')).toBe('What Next?');
    expect(shortLabel('Whatever Happened to the Band')).toBe('Whatever Happened to');
  });
});
