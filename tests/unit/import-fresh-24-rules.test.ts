import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-24 pages (tests/fixtures/import/fresh-24), session 31's importer
// helper: each is checked on text of its own, with a near miss the rule must leave alone.

describe('related links and comment lines in Dutch, Korean and Turkish end the article', () => {
  it('drops a Dutch "Lees ook" heading and the headline under it', () => {
    const { interview, dropped } = importOk(`Wat doet u morgen?

‘Ik ga vissen.’

Gaat u de radio missen?

‘Zeker. Na dertig jaar zit radio in mijn bloed.’

Lees ook
De radio verliest een stem, de polder krijgt een burgemeester`);
    expect(answers(interview).at(-1)).toBe('‘Zeker. Na dertig jaar zit radio in mijn bloed.’');
    expect(dropped).toEqual([
      'Lees ook',
      'De radio verliest een stem, de polder krijgt een burgemeester',
    ]);
  });

  it('drops a Korean "관련 기사" heading and its headline', () => {
    const { interview, dropped } = importOk(`Q. 감독이란 무엇인가?
A. 조금씩 할 줄 아는 사람이에요.
Q. 신인에게 한마디?
A. 준비하세요.
관련 기사
[인터뷰] 정다니엘 감독 “밭에서 시작됐다”`);
    expect(questions(interview)).toHaveLength(2);
    expect(answers(interview).at(-1)).toBe('준비하세요.');
    expect(dropped).toEqual(['관련 기사', '[인터뷰] 정다니엘 감독 “밭에서 시작됐다”']);
  });

  it('drops a Turkish "no comments yet" line and the copyright line after it', () => {
    const { interview, dropped } = importOk(`Nasıl bir belediye devraldınız?

İstikrarlı bir belediye

Önümüzdeki dönemde önceliğiniz ne olacak?

Kentsel dönüşüm ve yeşil alan

Bu habere henüz yorum yapılmamış.
Egedesonsöz © 2020 Tüm hakları saklıdır.`);
    expect(answers(interview).at(-1)).toBe('Kentsel dönüşüm ve yeşil alan');
    expect(dropped).toEqual([
      'Bu habere henüz yorum yapılmamış.',
      'Egedesonsöz © 2020 Tüm hakları saklıdır.',
    ]);
  });

  it('keeps an answer that opens with "Lees ook" in a sentence', () => {
    const { interview, dropped } = importOk(`Wat raadt u aan?

Lees ook eens het boek van Mak over de polder.

En verder?

Niets.`);
    expect(answers(interview)[0]).toBe('Lees ook eens het boek van Mak over de polder.');
    expect(dropped).toEqual([]);
  });
});

describe('a date line with its weekday in Italian, Spanish or Turkish', () => {
  const interview = (dateLine: string, lead: string) => `Il blog dei Gators
${dateLine}

${lead}

Ti aspettavi di più?

Volevo un campionato nelle zone alte.

Avete parlato di rinnovo?

Non ancora.`;

  it('reads an Italian weekday before the date without a comma, and drops the line', () => {
    const { interview: read, dropped } = importOk(
      interview('martedì 23 marzo 2010', 'Il coach risponde alle solite domande.'),
    );
    expect(read.published).toBe('2010-03-23');
    expect(dropped).toContain('martedì 23 marzo 2010');
  });

  it('reads a Turkish date with the weekday and time after it, before a date in the lead', () => {
    const { interview: read, dropped } = importOk(
      interview('9 Nisan 2020 Perşembe 09:52', '31 Mart 2019’daki seçimlerde göreve geldi.'),
    );
    expect(read.published).toBe('2020-04-09');
    expect(dropped).toContain('9 Nisan 2020 Perşembe 09:52');
  });

  it('keeps a line that holds a date and words besides', () => {
    const { interview: read, dropped } = importOk(
      interview('martedì 23 marzo 2010 giochiamo a Bra', 'Il coach risponde alle solite domande.'),
    );
    expect(dropped).not.toContain('martedì 23 marzo 2010 giochiamo a Bra');
    expect(read.intro).toContain('martedì 23 marzo 2010 giochiamo a Bra');
  });
});

describe("a Blogger post's masthead over a post title and the interview's own title", () => {
  const page = (footer: string) =>
    [
      'Tercer Ciclo Monte Claro',
      'Blog de 5º y 6º de Primaria',
      'viernes, 25 de enero de 2013',
      'Entrevistas',
      'Entrevista a la panadera del pueblo',
      'Hoy estamos con Marta Gil, la panadera del pueblo.',
      '¿Por qué quiso ser panadera?',
      'Porque me gusta madrugar.',
      '¿Cuántos años lleva?',
      'Llevo diez años.',
      footer,
    ].join('\n');

  it('drops the blog name and tagline on a Blogger page', () => {
    const { dropped } = importOk(
      page('Publicado por Tercer Ciclo en 12:40\nSuscribirse a: Enviar comentarios (Atom)'),
    );
    expect(dropped).toEqual(
      expect.arrayContaining(['Tercer Ciclo Monte Claro', 'Blog de 5º y 6º de Primaria']),
    );
  });

  it('keeps them without the Blogger footer (a news page sets two headings over its date too)', () => {
    const { dropped } = importOk(page('Gracias, Marta.'));
    expect(dropped).not.toContain('Blog de 5º y 6º de Primaria');
  });
});

describe('questions numbered with a full stop and a hyphen ("1.- ¿…?")', () => {
  it('takes the number off each question, numbered out of order too', () => {
    const { interview } = importOk(`Hoy estamos con Marta Gil, la panadera del pueblo.
1.- ¿Por qué quiso ser panadera?
Porque me gusta madrugar.
2.- ¿Cuándo empezó?
En 1995.
2.- ¿Cuántos años lleva?
Llevo diez años.
4.-¿Qué pan prefiere?
El de centeno.`);
    expect(questions(interview)).toEqual([
      ['¿Por qué quiso ser panadera?'],
      ['¿Cuándo empezó?'],
      ['¿Cuántos años lleva?'],
      ['¿Qué pan prefiere?'],
    ]);
  });

  it('leaves numbered lines that ask nothing in their answer', () => {
    const { interview } = importOk(`¿Qué necesita para el pan?

Dos cosas.

1.- Harina y agua.

2.- Sal, poca.

¿Y para el bizcocho?

Huevos.`);
    expect(questions(interview)).toEqual([
      ['¿Qué necesita para el pan?'],
      ['¿Y para el bizcocho?'],
    ]);
    expect(answers(interview).slice(0, 3)).toEqual([
      'Dos cosas.',
      '1.- Harina y agua.',
      '2.- Sal, poca.',
    ]);
  });
});

describe("an honorific or a Dutch trade before the guest's name", () => {
  const page = (lead: string) => `${lead}

¿Por qué quiso ser alcalde?

Porque quiero mucho a mi pueblo.

¿Cuándo empezó?

En 1995.`;
  const guest = (lead: string) =>
    importOk(page(lead)).interview.people.interviewees.map((p) => p.name);

  it('takes a Spanish "Señor" off the name', () => {
    expect(guest('Hoy estamos con el Señor Julián Pereda Alonso, el alcalde.')).toEqual([
      'Julián Pereda Alonso',
    ]);
  });

  it('takes a Dutch trade off the name a lead opens with', () => {
    expect(guest('Radiomaker Joost Verhaar (52) wordt burgemeester.')).toEqual(['Joost Verhaar']);
    expect(guest('Presentatrice Anouk de Wit (41) stopt ermee.')).toEqual(['Anouk de Wit']);
  });

  it('keeps a three-word name whose first word is no title', () => {
    expect(guest('Hoy estamos con Julián Pereda Alonso, el alcalde.')).toEqual([
      'Julián Pereda Alonso',
    ]);
  });
});

describe("a lead naming an alumna with her class year ('NAME ’13')", () => {
  const page = (lead: string) =>
    [
      'Alumna Educator on Her Simmons Experience',
      'November 15, 2022',
      lead,
      'Why did you choose to study at Simmons?',
      '“I wanted somewhere very different.”',
      'What piece of advice would you give students?',
      '“Go after your dreams.”',
    ].join('\n');
  const guest = (lead: string) =>
    importOk(page(lead)).interview.people.interviewees.map((p) => p.name);

  it('names her, the year off, before the headline’s role words', () => {
    expect(guest('Keisha Rowe ’13 teaches high school English in Boston.')).toEqual([
      'Keisha Rowe',
    ]);
    expect(guest("Since graduating, Dana Ortiz '08 has taught in Boston.")).toEqual(['Dana Ortiz']);
  });

  it('takes no name from a year after a place', () => {
    expect(guest('The Boston Marathon ’13 changed how she teaches.')).not.toContain(
      'Boston Marathon',
    );
  });
});

describe("a footage archive's catalogue record, 'Field: value' lines of codes and figures", () => {
  const hearing = `(18:05:12) Ms. CARVER. I talked to the counsel for his Senator HOLLIS. And what did he advise, if anything? Ms. CARVER. He told me he had no objection to the meeting. Senator HOLLIS. Are those your words? Ms. CARVER. Those are my words. Senator HOLLIS. Did you ever pass him a note? Ms. CARVER. I remember passing him notes now and then. Senator HOLLIS. And what did he do with it, if anything? Ms. CARVER. He kept that one.`;

  it('drops the record over the transcript', () => {
    const { dropped } = importOk(`August 1, 1994 - Part 6
Clip: 460173_1_1
Year Shot: 1994 (Actual Year)
Audio: Yes
Video: Color
Tape Master: 10061
HD: N/A
Location: Dirksen Senate Office Building
Timecode: -

${hearing}`);
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Clip: 460173_1_1',
        'Year Shot: 1994 (Actual Year)',
        'Video: Color',
        'Location: Dirksen Senate Office Building',
        'Timecode: -',
      ]),
    );
  });

  it("keeps a profile's 'Key: value' lines of words", () => {
    const { interview, dropped } = importOk(`Meet our new volunteer, Dana Ortiz.
Hometown: Dayton, Ohio
Age: 34
Education: Ohio State University
Favourite book: Dune

Why did you volunteer?

I wanted to give back.

What do you do here?

I run the front desk.`);
    expect(dropped).toEqual([]);
    expect(interview.intro).toContain('Age: 34');
  });

  it("keeps a player's fact box of figures, which marks no field yes, no or empty", () => {
    const { interview, dropped } = importOk(`Ajax's new keeper on his first season

Born: 1999
Height: 191
Caps: 4
Club: Ajax

Pieter Vos joined in the summer.

Q: How was the first season?
A: Hard, but I learned a lot.

Q: What next?
A: The cup final.`);
    expect(dropped).toEqual([]);
    expect(interview.intro).toEqual(expect.arrayContaining(['Born: 1999', 'Caps: 4']));
  });

  it("drops the archive's one-word kind over the clip's title, which no longer titles the page", () => {
    const { interview, dropped } = importOk(`Reel

August 1, 1994 - Part 6
Clip: 460173_1_1
Audio: Yes
Tape Master: 10061
HD: N/A

${hearing}`);
    expect(dropped).toContain('Reel');
    expect(interview.title).not.toBe('Reel');
  });

  it('keeps a one-word first line on a page without such a record', () => {
    const { dropped } = importOk(`Reel

August 1, 1994 - Part 6

${hearing}`);
    expect(dropped).not.toContain('Reel');
  });
});

describe("a printed page's number between two turns of an OCR'd hearing", () => {
  const hearing = (between: string) =>
    `Ms. CARVER. I talked to the counsel for his Senator HOLLIS. And what did he advise, if anything? Ms. CARVER. He told me he had no objection to the meeting. Senator HOLLIS. Are those your words? Ms. CARVER. Those are my words. I don't remember what they said.${between} Senator HOLLIS. Did you ever pass him a note? Ms. CARVER. I remember passing him notes now and then. Senator HOLLIS. And what did he do with it? Ms. CARVER. He kept that one and used it for an answer. We had no ready answer to that question, so we wrote one while the hearing went on.`;

  it('drops the number, not part of the answer before it', () => {
    const { interview, dropped } = importOk(hearing(' 117'));
    expect(answers(interview)).toContain("Those are my words. I don't remember what they said.");
    expect(dropped).toContain('117');
  });

  it('keeps a number that answers a question', () => {
    const { interview, dropped } = importOk(
      hearing('').replace(
        'Are those your words? Ms. CARVER. Those',
        'How many? Ms. CARVER. 117. Those',
      ),
    );
    expect(answers(interview).join(' ')).toContain('117.');
    expect(dropped).toEqual([]);
  });
});

describe("a questionnaire column's name run into the guest's ('Kwestionariusz Przeglądu NAME')", () => {
  const page = (lead: string) =>
    `${lead} 1. Kiedy poczuł Pan, że jest dorosły? – Dość późno. 2. Co Pana ostatnio zdenerwowało? – Hałas na ulicy. 3. Czego ma Pan za dużo… – Nut na biurku. 4. Z kim zjadłby Pan kolację? – Z Chopinem.`;
  const guest = (lead: string) =>
    importOk(page(lead)).interview.people.interviewees.map((p) => p.name);

  it("takes the series' word and the weekly's name off", () => {
    expect(guest('Kwestionariusz Tygodnika Henryk Wiśniewski, trener piłki nożnej.')).toEqual([
      'Henryk Wiśniewski',
    ]);
  });

  it('takes the series’ word alone off a name of two words after it', () => {
    expect(guest('Kwestionariusz Anna Nowak, pianistka.')).toEqual(['Anna Nowak']);
  });

  it('leaves a name of three words without the series word whole', () => {
    expect(guest('Anna Maria Nowak, pianistka.')).toEqual(['Anna Maria Nowak']);
  });
});

describe("a press conference's speakers under 'Name: (mm:ss)' lines", () => {
  const presser = (
    summary: string,
  ) => `Nora Lind Kvale Post Match Press Conference Transcript: Brann v. Molde

${summary}

Speaker 1: (00:00)
Nora, you must be pleased with the attacking play tonight?

Nora Lind Kvale: (00:08)
Of course. We had close to thirty shots. We have to be more clinical.

Speaker 3: (00:37)
Okay. Lena Berg, Bergens Tidende.

Lena Berg: (00:45)
How did the new striker look tonight?

Nora Lind Kvale: (00:59)
He was sharp. He held the ball up well.

Speaker 3: (01:24)
Thank you, Nora.`;
  const names = (summary: string) =>
    importOk(presser(summary)).interview.people.interviewees.map((p) => p.name);

  it('names the manager by her whole label, and no one after the headline', () => {
    const found = names(
      'Read the full transcript of the presser with manager Nora Lind Kvale here.',
    );
    expect(found).toContain('Nora Lind Kvale');
    expect(found).not.toContain('Nora Lind Kvale Post');
    expect(found).not.toContain('Lind Kvale');
  });

  it('still takes a surname label from the name the lead writes, not the word before it', () => {
    const { interview } = importOk(`Yesterday Nora Kvale spoke after the match.

Reporter: Were you pleased?

Kvale: Of course. We had close to thirty shots.

Reporter: Will you rotate?

Kvale: We will look at everyone tomorrow.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Nora Kvale']);
  });
});

describe("a transcription blog's glued breadcrumb and its advert over the transcript", () => {
  const title = 'Nora Lind Kvale Post Match Press Conference Transcript: Brann v. Molde';
  const page = (breadcrumb: string, advert: string) => `${title}

${breadcrumb}

The manager’s press conference after Brann v Molde.

${advert}

Speaker 1: (00:00)
Nora, you must be pleased with the attacking play tonight?

Nora Lind Kvale: (00:08)
Of course. We had close to thirty shots.

Lena Berg: (00:45)
How did the new striker look tonight?

Nora Lind Kvale: (00:59)
He was sharp. He held the ball up well.`;

  it('drops a breadcrumb run together with the title at its end', () => {
    const { dropped } = importOk(
      page(`TranscriptBlogTranscriptsSports Press Conference Transcripts${title}`, ''),
    );
    expect(dropped).toContain(
      `TranscriptBlogTranscriptsSports Press Conference Transcripts${title}`,
    );
  });

  it("drops a service's advert: its heading and a 'Try NAME and …' line", () => {
    const { dropped } = importOk(
      page(
        '',
        'Transcribe Your Own Content\n\nTry Scribo and save time transcribing and captioning.',
      ),
    );
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Transcribe Your Own Content',
        'Try Scribo and save time transcribing and captioning.',
      ]),
    );
  });

  it('keeps a line that quotes the title after words set apart', () => {
    const { interview, dropped } = importOk(page(`Read our notes on the ${title}`, ''));
    expect(dropped).not.toContain(`Read our notes on the ${title}`);
    expect(interview.intro).toContain(`Read our notes on the ${title}`);
  });

  it("keeps 'Try NAME and …' where it answers a question", () => {
    const { interview, dropped } = importOk(`Where should fans travel this summer?

Try Bergen and you will see why.

And the food?

Fish soup, always.`);
    expect(answers(interview)[0]).toBe('Try Bergen and you will see why.');
    expect(dropped).toEqual([]);
  });

  it("keeps a headline opening 'Try NAME for …' on the page's first line", () => {
    const { interview, dropped } = importOk(`Try Harder for Gold: an interview with Jane Doe

Jane Doe won silver in Paris.

Q: How did it feel?
A: It felt great.

Q: What next?
A: Los Angeles.`);
    expect(dropped).toEqual([]);
    expect(interview.title).toBe('Try Harder for Gold: an interview with Jane Doe');
  });
});

describe("a news site's menu in capitals on one line, the page's section under it", () => {
  const page = (top: string) => `${top}
9 Nisan 2020 Perşembe 09:52

Başkan Yılmaz: Dolu dolu bir yıl geçti!

Karşıyaka Belediye Başkanı Ayşe Yılmaz ilk yılını değerlendirdi.

Nasıl bir belediye devraldınız?

İstikrarlı bir belediye

Önümüzdeki dönemde önceliğiniz ne olacak?

Yeşil alan`;

  it('drops the menu and the section, neither titling the page', () => {
    const { interview, dropped } = importOk(
      page('GÜNCEL EGE YEREL YÖNETİMLER EKONOMİ POLİTİKA SPOR RÖPORTAJLAR\nYerel Yönetimler'),
    );
    expect(dropped).toEqual(
      expect.arrayContaining([
        'GÜNCEL EGE YEREL YÖNETİMLER EKONOMİ POLİTİKA SPOR RÖPORTAJLAR',
        'Yerel Yönetimler',
      ]),
    );
    expect(interview.title).not.toMatch(/GÜNCEL|Yerel/u);
  });

  it('keeps a headline in capitals over a line that is none of its words', () => {
    const { dropped } = importOk(
      page('BAŞKAN YILMAZ İLK YILINI DEĞERLENDİRDİ VE PLANLARINI ANLATTI\nYerel Haberler'),
    );
    expect(dropped).not.toContain('BAŞKAN YILMAZ İLK YILINI DEĞERLENDİRDİ VE PLANLARINI ANLATTI');
  });
});

describe("a headline's 'Title Surname:' written out from the standfirst", () => {
  const page = (standfirst: string) => `Başkan Yılmaz: Dolu dolu bir yıl geçti!

${standfirst}

Nasıl bir belediye devraldınız?

İstikrarlı bir belediye

Önümüzdeki dönemde önceliğiniz ne olacak?

Yeşil alan`;
  const guest = (standfirst: string) =>
    importOk(page(standfirst)).interview.people.interviewees.map((p) => p.name);

  it('names the mayor in full, the Turkish office words off', () => {
    expect(guest('Karşıyaka Belediye Başkanı Ayşe Yılmaz ilk yılını değerlendirdi.')).toEqual([
      'Ayşe Yılmaz',
    ]);
  });

  it("keeps the headline's name where the standfirst writes no given name", () => {
    expect(guest('Başkan Yılmaz ilk yılını değerlendirdi.')).toEqual(['Başkan Yılmaz']);
  });
});

describe("a Japanese back link to a list ('…一覧へ')", () => {
  const page = (last: string) => `Q.サッカーを始めたきっかけは?
A.兄の影響です。
Q.次に回す人を指名してください。
A.野口亮(同志社大学)。
${last}`;

  it('drops the back link after the last answer', () => {
    const { interview, dropped } = importOk(page('リレーインタビュー一覧へ'));
    expect(dropped).toContain('リレーインタビュー一覧へ');
    expect(answers(interview).at(-1)).toBe('野口亮(同志社大学)。');
  });

  it('keeps a sentence that goes to the list', () => {
    const { dropped } = importOk(page('記事一覧へ行くと、全部読めます。'));
    expect(dropped).not.toContain('記事一覧へ行くと、全部読めます。');
  });
});

describe("a Japanese player's name line over the first question ('大森 翔(関西学院大学3年/GK)')", () => {
  const page = (nameLine: string) => `関西学生サッカーリーグ リレーインタビュー

${nameLine}

Q.サッカーを始めたきっかけは?
A.兄の影響です。
Q.次に回す人を指名してください。
A.野口亮(同志社大学)。`;
  const guest = (nameLine: string) =>
    importOk(page(nameLine)).interview.people.interviewees.map((p) => p.name);

  it('names the guest from it', () => {
    expect(guest('大森 翔(関西学院大学3年/GK)')).toEqual(['大森 翔']);
    expect(guest('山田太郎（同志社大学2年/FW）')).toEqual(['山田太郎']);
  });

  it('takes no name from a bracketed note that is no name line', () => {
    expect(guest('今回のゲスト(関西学院大学)')).toEqual(['Interviewee']);
  });
});

describe("a site's name in Latin letters over a page in Japanese, Chinese or Korean", () => {
  const page = (top: string) => `${top}
関西学生サッカーリーグ リレーインタビュー

大森 翔(関西学院大学3年/GK)

Q.サッカーを始めたきっかけは?
A.兄の影響です。
Q.次に回す人を指名してください。
A.野口亮(同志社大学)。`;

  it('drops it', () => {
    expect(importOk(page('College Soccer Central')).dropped).toContain('College Soccer Central');
  });

  it('keeps a line that holds the page’s script too', () => {
    expect(importOk(page('College Soccer Central 関西')).dropped).toEqual([]);
  });
});

describe("a Q&A table copied with its borders (turns ending ' |', lines of '|' between)", () => {
  const bordered = `大森 翔(関西学院大学3年/GK)
|
Q.サッカーを始めたきっかけは? |
|
A.兄の影響です。 |
|
|
Q.最近はまっていることは? |
|
A.大学のアメフトの試合を見に行くこと。 |
|
Q.次に回す人を指名してください。 |
|
A.野口亮(同志社大学)。 |
|`;

  it('takes the border off every question and answer', () => {
    const { interview } = importOk(bordered);
    expect(questions(interview)).toEqual([
      ['サッカーを始めたきっかけは?'],
      ['最近はまっていることは?'],
      ['次に回す人を指名してください。'],
    ]);
    expect(answers(interview)).toEqual([
      '兄の影響です。',
      '大学のアメフトの試合を見に行くこと。',
      '野口亮(同志社大学)。',
    ]);
  });

  it("keeps a ' |' that ends one line of a page that is no such table", () => {
    const { interview } = importOk(`Q.サッカーを始めたきっかけは?
A.兄の影響です。 |
Q.最近はまっていることは?
A.大学のアメフトの試合を見に行くこと。`);
    expect(answers(interview)[0]).toBe('兄の影響です。 |');
  });
});

describe("a hyphen that opens every answer ('-Porque quiero …'), the answer's mark", () => {
  const page = (third: string) => `Hoy estamos con el alcalde de Cebrecos.

1.- ¿Por qué quiso ser alcalde?

-Porque quiero mucho a mi pueblo.

2.- ¿Cuándo empezó a ser alcalde?

-En 1995, con 24 años.

3.- ¿Cuántos años lleva ya de alcalde?

${third}`;

  it('takes it off every answer', () => {
    expect(answers(importOk(page('-Llevo 17 años.')).interview)).toEqual([
      'Porque quiero mucho a mi pueblo.',
      'En 1995, con 24 años.',
      'Llevo 17 años.',
    ]);
  });

  it('keeps it where an answer opens without one', () => {
    expect(answers(importOk(page('Llevo 17 años.')).interview)).toEqual([
      '-Porque quiero mucho a mi pueblo.',
      '-En 1995, con 24 años.',
      'Llevo 17 años.',
    ]);
  });

  it("keeps it where an answer's later paragraph opens with one too: a list, each item dashed", () => {
    expect(answers(importOk(page('-Llevo 17 años.\n\n- Y espero seguir.')).interview)).toEqual([
      '-Porque quiero mucho a mi pueblo.',
      '-En 1995, con 24 años.',
      '-Llevo 17 años.',
      '- Y espero seguir.',
    ]);
  });
});
