import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-8 pages (tests/fixtures/import/fresh-8) and fresh-7's known
// misses: each is checked here on text of its own, as a caller of importArticle sees it.

describe('transcripts', () => {
  it('reads a speaker over a bar line ("П. Зорин" / "―") as the label of the words below', () => {
    const { interview, dropped } = importOk(`П. Зорин
―
Как прошел год?
И. Самойлов
―
Трудно, но интересно.
П. Зорин
―
А что дальше?
И. Самойлов
―
Новый журнал.`);
    expect(questions(interview)).toEqual([['Как прошел год?'], ['А что дальше?']]);
    expect(answers(interview)).toEqual(['Трудно, но интересно.', 'Новый журнал.']);
    expect(dropped).toEqual([]);
  });

  it("keeps the host's reply to a guest asking back in the answer, with its label", () => {
    const { interview } = importOk(`Zorin: What would you advise the paper?
Samoilov: I would not call them giants out loud. Can you hear me?
Zorin: Yes, I can hear you.
Samoilov: Then I would say: go to court calmly.
Zorin: Do you get such letters yourself?
Samoilov: Once a year.`);
    expect(questions(interview)).toEqual([
      ['What would you advise the paper?'],
      ['Do you get such letters yourself?'],
    ]);
    expect(answers(interview)).toContain('Zorin: Yes, I can hear you.');
  });

  it('heads sections with two or more topic lines ending with a colon', () => {
    const { interview } = importOk(`Raghavan speaks to Nisha Kapoor

Home Minister V Raghavan talks about a range of issues. Full transcript of the interview:

On Pakistan, the inquiry, and the visit:

Nisha: Why are you going to Washington?

Raghavan: To work together against terrorism.

On the Naxal violence:

Nisha: When will we see the new plan?

Raghavan: Very soon.`);
    expect(interview.sections.map((s) => s.heading)).toEqual([
      'On Pakistan, the inquiry, and the visit:',
      'On the Naxal violence:',
    ]);
  });

  it('gives a surname label the full name the intro spells with an initial', () => {
    const { interview } = importOk(`Home Minister V Raghavan talks about a range of issues.

Nisha: Why are you going to Washington?

Raghavan: To work together against terrorism.

Nisha: When will we see the new plan?

Raghavan: Very soon.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['V Raghavan']);
  });
});

describe('page furniture', () => {
  it("drops a news theme's bulleted menu, search box, author, category and count lines", () => {
    const { dropped } = importOk(`ru.ult.kz
  • Главная
  • Общество
  • U magazine
No Result
View All Result
Главная страница » Актуальное » Министр о свободе слова

Министр о свободе слова

Редакция Ult.kz by Редакция Ult.kz
in Актуальное
0

— Есть ли хорошие новости?

— Да, поправки облегчат работу.

— А что с проверкой информации?

— Это обязанность профессионала.`);
    expect(dropped).toEqual([
      'ru.ult.kz',
      '• Главная',
      '• Общество',
      '• U magazine',
      'No Result',
      'View All Result',
      'Главная страница » Актуальное » Министр о свободе слова',
      'Редакция Ult.kz by Редакция Ult.kz',
      'in Актуальное',
      '0',
    ]);
  });

  it("drops an archive's 'This Article is From' line and an aggregator's lone 'interview'", () => {
    const { dropped } = importOk(`This Article is From Sep 08, 2009

interview

Q: Why are you here?

A: To brief the President.

Q: Is the road safe?

A: It is safer now.`);
    expect(dropped).toEqual(['This Article is From Sep 08, 2009', 'interview']);
  });

  it('drops a pull quote that repeats an answer, and keeps an answer in quotes', () => {
    const { interview, dropped } = importOk(`How do you see the industry changing?

» I think this is a very exciting time for manufacturing as the world turns greener.

What inspires you?

"Leaving things better than I found them, whatever they are."

“ I think this is a very exciting time for manufacturing ”

What advice would you give?

» Treat people well.`);
    expect(dropped).toEqual(['“ I think this is a very exciting time for manufacturing ”']);
    expect(answers(interview)).toContain(
      '"Leaving things better than I found them, whatever they are."',
    );
  });
});

describe('questions', () => {
  it('asks with a topic line before a labelled answer where questions are labelled too', () => {
    const { interview } = importOk(`On his mission to the villa?

A: I came to brief the President.

On party leader, Chief Bayo Adeyemi

A: There is no quarrel between us.

Q: Are you on good terms with him?

A: We get along very well.`);
    expect(questions(interview)).toEqual([
      ['On his mission to the villa?'],
      ['On party leader, Chief Bayo Adeyemi'],
      ['Are you on good terms with him?'],
    ]);
  });

  it('splits a text that opens on its first exchange run into one paragraph', () => {
    const { interview } =
      importOk(`Kapituła naszego plebiscytu wybrała cię Odkryciem Roku 2021. Jesteś zaskoczony? Szczerze mówiąc, w ogóle się nad tym nie zastanawiałem. Na pewno to jednak miły dodatek i podsumowanie udanego roku.

Jak wspominasz swoje piłkarskie początki?

Tata zabrał mnie na trening i tak złapałem bakcyla.

Trudno było się odnaleźć w stolicy?

Początki były trudne.`);
    expect(questions(interview)).toEqual([
      ['Kapituła naszego plebiscytu wybrała cię Odkryciem Roku 2021. Jesteś zaskoczony?'],
      ['Jak wspominasz swoje piłkarskie początki?'],
      ['Trudno było się odnaleźć w stolicy?'],
    ]);
  });
});

describe('interviewees', () => {
  it('names the guest of "5 vragen aan NAME"', () => {
    const { interview } = importOk(`NH Sport
Eerste kennismaking met de nieuwe trainer van FC Volendam: 5 vragen aan Ruud Kramer

Naar welke trainer kijk je op?

"Naar drie Nederlandse trainers."

Wat is het doel?

"Terug naar de eredivisie."`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Ruud Kramer']);
  });

  it('names the one the headline gives by surname before the first name of the lead', () => {
    const { interview } = importOk(`Tarihi yayına saatler kala Aydınlı'dan dikkat çeken açıklama

Selim Kaya ile Murat Demir'in ortak yayını bu akşam. Yayını yönetecek gazeteci Kemal Aydınlı konuştu.

-Şu an neler hissediyorsunuz?

Mutluyum.

-Yayına bu duyguyla mı çıkacaksınız?

Evet.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Kemal Aydınlı']);
  });
});

describe('names in capitals', () => {
  it('writes a Turkish capital İ in a name as i, without a combining dot', () => {
    const labelled = importOk(`SEVGİ: Şu an neler hissediyorsunuz?

İSMAİL: Mutluyum.

SEVGİ: Yayına hazır mısınız?

İSMAİL: Evet.`).interview.people;
    expect([...labelled.interviewers, ...labelled.interviewees].map((p) => p.label)).toEqual([
      'Sevgi',
      'İsmail',
    ]);
    const { interview } = importOk(`İSMAİL Küçükkaya: «Türkiye'deki en rahat insan benim»

Şu an neler hissediyorsunuz?

Mutluyum.

Yayına hazır mısınız?

Evet.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['İsmail Küçükkaya']);
  });
});
