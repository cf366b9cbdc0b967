import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-25 pages (tests/fixtures/import/fresh-25), session 31's fixtures
// helper: each is checked here on text of its own, as a caller of importArticle sees it. The first
// import loads the importer's modules: under load that takes seconds.

describe('Hindi question and answer labels', { timeout: 30_000 }, () => {
  it('reads "सवाल-" / "जवाब-" (and "प्रश्न:" / "उत्तर:") as the question and answer labels', () => {
    const { interview } = importOk(`खेल डेस्क
टीम की कप्तान से खास बातचीत।
सवाल- इस सीरीज के लिए आपकी तैयारी कैसी है।
जवाब- हम एक हफ्ता पहले आ गए थे और नेट्स में खूब अभ्यास किया।
सवाल- आपका पसंदीदा मैदान कौन सा है
जवाब- मुंबई का मैदान, वहां का माहौल अलग है।
प्रश्न: आप खाली समय में क्या करती हैं।
उत्तर: किताबें पढ़ती हूं और संगीत सुनती हूं।`);
    expect(questions(interview)).toEqual([
      ['इस सीरीज के लिए आपकी तैयारी कैसी है।'],
      ['आपका पसंदीदा मैदान कौन सा है'],
      ['आप खाली समय में क्या करती हैं।'],
    ]);
    expect(answers(interview)).toEqual([
      'हम एक हफ्ता पहले आ गए थे और नेट्स में खूब अभ्यास किया।',
      'मुंबई का मैदान, वहां का माहौल अलग है।',
      'किताबें पढ़ती हूं और संगीत सुनती हूं।',
    ]);
  });

  it('leaves a sentence opening on "उत्तर प्रदेश" (a state\'s name) in its answer', () => {
    const { interview } = importOk(`आप कहां से हैं?

उत्तर प्रदेश के एक छोटे शहर से। वहीं पढ़ाई की।

पहला मैच कब खेला?

उत्तर - प्रदेश की टीम के लिए नहीं, स्कूल के लिए।`);
    expect(questions(interview)).toEqual([['आप कहां से हैं?'], ['पहला मैच कब खेला?']]);
    expect(answers(interview)[0]).toBe('उत्तर प्रदेश के एक छोटे शहर से। वहीं पढ़ाई की।');
  });
});

describe('a photo credit or byline names no guest', { timeout: 30_000 }, () => {
  const page = (lead: string) => `Інтерв'ю
26.01.2026 10:30
Київ, 19.01.2026 | Фото: Агентство Новин / Петро Гайдай
${lead}
Текст: Ярослав Дідух

Як ви оцінюєте минулий рік?

Рік був важкий, але ми зберегли всі програми.

Що буде з новими стадіонами?

Будівництво триває, перші відкриємо навесні.`;

  it('takes neither the agency nor the photographer of "Фото: AGENCY / NAME" for the guest', () => {
    const { interview } = importOk(page(`Інтерв'ю міністра спорту агентству "Новини"`));
    const names = interview.people.interviewees.map((p) => p.name);
    expect(names).not.toContain('Агентство Новин');
    expect(names).not.toContain('Петро Гайдай');
    expect(names).not.toContain('Ярослав Дідух');
  });

  it('takes no photographer credited on a line of its own for the guest', () => {
    const { interview } = importOk(`Фото: Петро Гайдай
Інтерв'ю міністра спорту агентству "Новини"

Як ви оцінюєте минулий рік?

Рік був важкий, але ми зберегли всі програми.

Що буде з новими стадіонами?

Будівництво триває, перші відкриємо навесні.`);
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('Петро Гайдай');
  });

  it('still names the guest the lead gives', () => {
    const { interview } = importOk(
      page(`Міністр спорту Тарас Оліфіренко розповів агентству про плани на рік.`),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Тарас Оліфіренко']);
  });
});

describe(
  'a briefing run into one paragraph under surnames in capitals',
  { timeout: 30_000 },
  () => {
    const briefing = (label: (name: string) => string) =>
      `Η ΕΝΗΜΕΡΩΣΗ ΤΩΝ ΣΥΝΤΑΚΤΩΝ ΑΠΟ ΤΟΝ ΕΚΠΡΟΣΩΠΟ ΝΙΚΟΛΑΟ ΣΤΑΘΑΚΗ Καλημέρα σας. ${label('ΜΠΕΚΙΑΡΗ')} Κύριε Εκπρόσωπε, θα απαντήσει η κυβέρνηση στην πρόταση; ${label('ΣΤΑΘΑΚΗΣ')} Θα απαντήσει όταν τελειώσει η ενημέρωση των αρχηγών, όχι νωρίτερα. ${label('ΠΑΠΑΣ')} Πότε θα κατατεθεί το νομοσχέδιο για τα μέσα ενημέρωσης; ${label('ΣΤΑΘΑΚΗΣ')} Μέσα στον Μάιο, όπως έχει ήδη ανακοινωθεί από το υπουργείο. ${label('ΜΠΕΚΙΑΡΗ')} Και οι αντιρρήσεις των ιδιοκτητών των σταθμών; ${label('ΣΤΑΘΑΚΗΣ')} Τις ακούσαμε όλες και όσες ήταν βάσιμες μπήκαν στο κείμενο. ${label('ΠΑΠΑΣ')} Θα ταξιδέψει ο Πρωθυπουργός στις Βρυξέλλες; ${label('ΣΤΑΘΑΚΗΣ')} Ναι, την Πέμπτη. Ευχαριστώ πολύ.`;

    it('splits it into turns at surnames in capitals and a colon that come back', () => {
      const { interview } = importOk(briefing((name) => `${name}:`));
      expect(questions(interview)).toEqual([
        ['Κύριε Εκπρόσωπε, θα απαντήσει η κυβέρνηση στην πρόταση;'],
        ['Πότε θα κατατεθεί το νομοσχέδιο για τα μέσα ενημέρωσης;'],
        ['Και οι αντιρρήσεις των ιδιοκτητών των σταθμών;'],
        ['Θα ταξιδέψει ο Πρωθυπουργός στις Βρυξέλλες;'],
      ]);
      expect(answers(interview)[0]).toBe(
        'Θα απαντήσει όταν τελειώσει η ενημέρωση των αρχηγών, όχι νωρίτερα.',
      );
    });

    it('leaves a paragraph whose words in capitals come back without a colon whole', () => {
      const outcome = importArticle(briefing((name) => `${name}.`));
      expect(outcome.ok).toBe(false);
    });
  },
);

describe(
  'a question and its answer in one paragraph, each after a dash',
  { timeout: 30_000 },
  () => {
    it('splits "— question? — Answer" paragraphs, both dashes off, and keeps a teaser list in the intro', () => {
      const { interview } = importOk(`Большое интервью тренера сборной Анны Котовой
Из интервью вы узнаете:
- Кто поедет на чемпионат мира
- Почему команда сменила базу
— Кто поедет на чемпионат мира? — Состав мы объявим в мае, но костяк понятен уже сейчас.
— Почему команда сменила базу? — Старая база не подходила по погоде. Здесь можно тренироваться круглый год.
— Чего вы ждете от сезона? — Медали. Меньшее нас не устроит.`);
      expect(questions(interview)).toEqual([
        ['Кто поедет на чемпионат мира?'],
        ['Почему команда сменила базу?'],
        ['Чего вы ждете от сезона?'],
      ]);
      expect(answers(interview)).toEqual([
        'Состав мы объявим в мае, но костяк понятен уже сейчас.',
        'Старая база не подходила по погоде. Здесь можно тренироваться круглый год.',
        'Медали. Меньшее нас не устроит.',
      ]);
      expect(interview.intro).toContain('- Почему команда сменила базу');
    });

    it('leaves an answer quoting a question after a dash whole where the turns alternate', () => {
      const { interview } = importOk(`— Почему вы ушли из клуба?
— Почему? — Многие спрашивают. Я просто устал от переездов.
— Где вы живете сейчас?
— В Казани, рядом с родителями.`);
      expect(questions(interview)).toHaveLength(2);
      expect(answers(interview)[0]).toMatch(
        /Почему\? — Многие спрашивают\. Я просто устал от переездов\.$/u,
      );
    });
  },
);

describe("an organisation's acronym before the guest's name", { timeout: 30_000 }, () => {
  const page = (lead: string) => `${lead}

Чего вы ждете от сезона?

Медалей. Меньшее нас не устроит.

Кто поедет на чемпионат мира?

Состав мы объявим в мае.`;

  it('is no part of the name: "секретарь РФС Денис Захарченко"', () => {
    const { interview } = importOk(
      page('Генеральный секретарь РФС Денис Захарченко дал подробное интервью о жизни футбола.'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Денис Захарченко']);
  });

  it('while a surname in capitals after the first name stays, its case mended', () => {
    const { interview } = importOk(
      page('Генеральный секретарь Денис ЗАХАРЧЕНКО дал подробное интервью о жизни футбола.'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Денис Захарченко']);
  });
});

describe('a bullet left alone on its line', { timeout: 30_000 }, () => {
  const page = (bullet: string) => `Sju frågor till Jonas Karlsson inför premiären
• Hur känns det att vara tillbaka?
- Skönt faktiskt, jag har saknat laget.
• Kommer du vara med från start?
- Ja, jag är tillbaka till premiären!
• Vad tycker du om nya seriesystemet?
- Kul med något nytt, nu har vi en chans.
${bullet}
Många yngre ser upp till dig, hur känns det? - Jaså, det visste jag inte!
Hur det känns? Rätt gött, faktiskt.
• Årets genombrott enligt dig?
- Min backpartner Lindan, utan tvekan.`;

  it('is the bullet of the question on the line after it, its answer run in after "? - "', () => {
    const { interview } = importOk(page('•'));
    expect(questions(interview)).toEqual([
      ['Hur känns det att vara tillbaka?'],
      ['Kommer du vara med från start?'],
      ['Vad tycker du om nya seriesystemet?'],
      ['Många yngre ser upp till dig, hur känns det?'],
      ['Årets genombrott enligt dig?'],
    ]);
    // Every answer opens with a typed '- ', which comes off as a label does (stripAnswerDashes).
    expect(answers(interview)[3]).toBe('Jaså, det visste jag inte!');
  });

  it('while a line of other words there stays in the answer before', () => {
    const { interview } = importOk(page('Foto: Maria Holm'));
    expect(questions(interview)).toHaveLength(4);
  });
});

describe('"N frågor till NAME", a nickname in quotes inside the name', { timeout: 30_000 }, () => {
  const page = (title: string) => `${title}
Inför lördagens premiär har vi ställt några frågor till vår rutinerade back.
• Hur känns det att vara tillbaka?
- Skönt faktiskt, jag har saknat laget.
• Kommer du vara med från start?
- Ja, jag är tillbaka till premiären!
• Årets genombrott enligt dig?
- Min backpartner Lindan, utan tvekan.`;

  it('names the one the questions go to, the nickname off', () => {
    const { interview } = importOk(page('Sju frågor till Jonas "JonteK" Karlsson inför premiären'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Jonas Karlsson']);
  });

  it('keeps a name with no nickname whole, in "Interview with" too', () => {
    const { interview } = importOk(page('Interview with Jonas Karlsson before the opener'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Jonas Karlsson']);
  });
});

describe(
  'an interview run into one paragraph, each answer after "؟ •"',
  { timeout: 30_000 },
  () => {
    it('splits it into the lead, and each question and its answer', () => {
      const { interview } = importOk(
        `ودع المدرب فريقه بعد عشر سنوات كاملة، وتحدث إلينا عن مشواره الطويل مع النادي. لماذا قررت الرحيل الآن ؟ • لأن الوقت حان، فالفريق يحتاج إلى دم جديد. كيف تصف علاقتك باللاعبين ؟ • كانت علاقة أب بأبنائه، ولم أخسر أحدا منهم. وماذا بعد الرحيل ؟ • سأرتاح قليلا ثم أعود إلى التدريب.`,
      );
      expect(questions(interview)).toEqual([
        ['لماذا قررت الرحيل الآن؟'],
        ['كيف تصف علاقتك باللاعبين؟'],
        ['وماذا بعد الرحيل؟'],
      ]);
      expect(answers(interview)).toEqual([
        'لأن الوقت حان، فالفريق يحتاج إلى دم جديد.',
        'كانت علاقة أب بأبنائه، ولم أخسر أحدا منهم.',
        'سأرتاح قليلا ثم أعود إلى التدريب.',
      ]);
    });

    it('leaves a paragraph with one such joint whole', () => {
      const { interview } = importOk(`لماذا قررت الرحيل الآن؟

لأن الوقت حان. سألني أحدهم: هل ستعود ؟ • قلت ربما، من يدري.

وماذا بعد الرحيل؟

سأرتاح قليلا.`);
      expect(questions(interview)).toEqual([['لماذا قررت الرحيل الآن؟'], ['وماذا بعد الرحيل؟']]);
      expect(answers(interview)[0]).toBe(
        'لأن الوقت حان. سألني أحدهم: هل ستعود ؟ • قلت ربما، من يدري.',
      );
    });
  },
);

describe("a thread's pager, page numbers between arrows", () => {
  const thread = (pager: string) => `${pager}

Hi Alon, a few questions. When did you start singing?

At thirteen, in a small club in my neighbourhood.

Who discovered you?

Nobody: I worked hard and alone at first.

${pager}`;

  it('is dropped in any language: "‹ הקודם 1 2 3 4 הבא ›", "« Previous 1 2 3 Next »"', () => {
    expect(importOk(thread('‹ הקודם 1 2 3 4 הבא ›')).dropped).toEqual([
      '‹ הקודם 1 2 3 4 הבא ›',
      '‹ הקודם 1 2 3 4 הבא ›',
    ]);
    expect(importOk(thread('« Previous 1 2 3 Next »')).dropped).toEqual([
      '« Previous 1 2 3 Next »',
      '« Previous 1 2 3 Next »',
    ]);
  });

  it('while a heading in angle brackets holding numbers stays', () => {
    expect(importOk(thread('«Chapter 1 of 2 parts»')).dropped).toEqual([]);
  });
});

describe("a source line under the article, 'Sumber: NAME'", () => {
  const page = (line: string) => `Apa kabar Anda hari ini?

Baik sekali, terima kasih banyak.

Apa rencana Anda?

Menulis buku baru tentang kota ini.
${line}
Tag: Tokoh Inspirasi Sumsel`;

  it('is furniture, in the languages pages credit so', () => {
    expect(importOk(page('Sumber: Radar Palembang')).dropped).toEqual([
      'Sumber: Radar Palembang',
      'Tag: Tokoh Inspirasi Sumsel',
    ]);
    expect(importOk(page('Source: Radar Palembang')).dropped).toContain('Source: Radar Palembang');
  });

  it('while a sentence opening on the word stays in the answer', () => {
    const { interview } = importOk(page('Sumber: ibu saya sendiri, dia yang mengajari saya.'));
    expect(answers(interview)).toContain('Sumber: ibu saya sendiri, dia yang mengajari saya.');
  });

  it("while an unnamed source's answers, each labelled 'Source:', stay answers", () => {
    const page = `We spoke with a former employee who asked not to be named.

Q: Did you know what was happening?
Source: Not at first

Q: When did you find out?
Source: In the spring of 2019

Q: Would you do it again?
Source: Absolutely`;
    const { interview, dropped } = importOk(page);
    expect(answers(interview)).toEqual(['Not at first', 'In the spring of 2019', 'Absolutely']);
    expect(dropped).toEqual([]);
  });
});

describe("a series' name before a titled guest in the headline", () => {
  const page = (headline: string) => `${headline}
Ia bercerita tentang masa kecil dan kariernya kepada kami.
Apa arti menjadi negarawan bagi Anda?
Seorang negarawan harus memikirkan kepentingan bangsa.
Adakah pesan yang ingin disampaikan?
Jangan menganggap diri lebih besar dari yang sebenarnya.`;

  it('names the one after the comma, academic titles off: "Tokoh Inspirasi Sumsel, Prof Dr NAME SH: …"', () => {
    const { interview } = importOk(
      page('Tokoh Inspirasi Sumsel, Prof Dr Rusdi Hamzah SH: Pernah Jualan Pempek'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Rusdi Hamzah']);
  });

  it('while a name before a role after the comma stays the guest', () => {
    const { interview } = importOk(page('Rusdi Hamzah, guru besar hukum: Pernah Jualan Pempek'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Rusdi Hamzah']);
  });
});

describe('a Hindi headline "NAME बोले-" (NAME said)', () => {
  const page = (headline: string) => `${headline}
सवाल- इस सीरीज के लिए आपकी तैयारी कैसी है।
जवाब- हम एक हफ्ता पहले आ गए थे।
सवाल- आपका पसंदीदा मैदान कौन सा है
जवाब- मुंबई का मैदान।`;

  it('names the two words before "बोले", a role before them off', () => {
    const { interview } = importOk(page('इंग्लैंड टीम कैप्टन ऑलिवर ब्रूक्स बोले- हम अपना नेचुरल गेम खेलेंगे'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['ऑलिवर ब्रूक्स']);
  });

  it('takes no role and verb for a name where one word stands before it', () => {
    const { interview } = importOk(page('इंग्लैंड: कप्तान बोले- हम अपना नेचुरल गेम खेलेंगे'));
    expect(interview.people.interviewees.map((p) => p.name).join(' ')).not.toMatch(/बोले/u);
  });
});
