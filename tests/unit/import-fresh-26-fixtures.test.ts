import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-26 pages (tests/fixtures/import/fresh-26), session 32's fixtures
// helper: each is checked here on text of its own, as a caller of importArticle sees it. The first
// import loads the importer's modules: under load that takes seconds.

describe('labels in a script without capitals run into one paragraph', { timeout: 30_000 }, () => {
  it('splits "ถาม : … ตอบ : …" turns run into one long paragraph', () => {
    const { interview } = importOk(`ดาวเตะตอบคำถามแฟนบอล

นักเตะทีมชาติออกรายการโทรทัศน์ที่บ้านเกิดและเปิดให้แฟนบอลส่งคำถามสั้นๆ เข้ามา

ถาม : คุณชอบอาหารไทยไหม? ตอบ : ชอบมาก โดยเฉพาะต้มยำกุ้ง กินได้ทุกวันเลย ถาม : คุณตื่นนอนกี่โมง? ตอบ : ประมาณเจ็ดโมงเช้า แล้วก็ออกไปวิ่งกับสุนัขของผมรอบสวนสาธารณะใกล้บ้าน ถาม : ทีมไหนที่คุณกลัวที่สุด? ตอบ : ไม่มีทีมไหนที่ผมกลัว แต่ทุกทีมในลีกนี้เล่นหนักมากจริงๆ ถาม : วันหยุดคุณชอบทำอะไร? ตอบ : อยู่บ้านกับครอบครัว ดูหนัง แล้วก็ทำอาหารง่ายๆ กินกันเอง ถาม : ฝากอะไรถึงแฟนบอลหน่อย? ตอบ : ขอบคุณที่เชียร์เสมอ หวังว่าจะได้ไปเตะที่เมืองไทยสักครั้ง`);
    expect(questions(interview)).toEqual([
      ['คุณชอบอาหารไทยไหม?'],
      ['คุณตื่นนอนกี่โมง?'],
      ['ทีมไหนที่คุณกลัวที่สุด?'],
      ['วันหยุดคุณชอบทำอะไร?'],
      ['ฝากอะไรถึงแฟนบอลหน่อย?'],
    ]);
    expect(answers(interview)[0]).toBe('ชอบมาก โดยเฉพาะต้มยำกุ้ง กินได้ทุกวันเลย');
  });

  it('leaves a long paragraph whose word before a colon comes back but once alone', () => {
    const { interview } = importOk(`คุณเริ่มเล่นฟุตบอลเมื่อไร?

ตอนอายุแปดขวบ ที่โรงเรียนมีครูพละคนหนึ่งชื่อ ครูสมชาย : เขาสอนให้ผมเตะบอลด้วยเท้าซ้าย ผมฝึกทุกเย็นหลังเลิกเรียนจนมืด บางวันฝนตกก็ยังฝึก พ่อแม่เป็นห่วงมาก แต่ก็ไม่เคยห้าม ต่อมาครูสมชาย : พาผมไปคัดตัวเข้าทีมจังหวัด ผมติดทีมตั้งแต่ครั้งแรก แล้วก็ได้ไปแข่งที่กรุงเทพฯ เป็นครั้งแรกในชีวิต ตอนนั้นตื่นเต้นมากจนนอนไม่หลับทั้งคืน จำได้ว่าแม่ทำข้าวห่อให้ไปกินบนรถทัวร์ด้วย

ทำไมถึงเลือกตำแหน่งกองหน้า?

เพราะผมชอบยิงประตู`);
    expect(questions(interview)).toHaveLength(2);
    expect(answers(interview)[0]).toContain('ครูสมชาย : พาผมไป');
  });

  it('leaves a long answer retelling a dialogue ("قال: … فقلت: …" twice) as it is', () => {
    // Over 400 characters, as a run-in exchange is; its first words are the guest's own, no label.
    const answer =
      'تذكرت يوم وصلت إلى المدينة لأول مرة وكان المطر غزيرا. قال: هل أنت المدرب الجديد؟ فقلت: نعم، جئت من أجل الفريق ومن أجل الشباب. قال: لن يكون الأمر سهلا هنا، فالجمهور لا يرحم أحدا. فقلت: أعرف ذلك جيدا وأنا مستعد للعمل ليلا ونهارا. ومنذ ذلك اليوم لم أتوقف عن العمل مع اللاعبين في الملعب وخارجه، وبنينا معا فريقا يحترمه الجميع في الدوري كله، وهذا ما أفخر به اليوم أكثر من أي لقب أو كأس رفعناها معا في تلك السنوات الطويلة.';
    const { interview } = importOk(`ما هي أصعب لحظة في مسيرتك؟

${answer}

هل تندم على شيء؟

لا، لا أندم على شيء.`);
    expect(questions(interview)).toEqual([['ما هي أصعب لحظة في مسيرتك؟'], ['هل تندم على شيء؟']]);
    expect(answers(interview)[0]).toBe(answer);
  });
});

describe('dashed questions run in with their answers in one paragraph', { timeout: 30_000 }, () => {
  it('splits "— question؟ answer. — question! answer." into its exchanges', () => {
    const { interview } = importOk(`مجله ورزشی صفحه 12

فرصت بیشتری داشتیم و از همان روز اول تمرین کردیم. — به نظر شما تیمتان چقدر شانس قهرمانی دارد؟ همهٔ بچه های تیم می خواهند ناکامی های این فصل را جبران کنند و تا اینجا موفق بوده ایم. — اما حریفان بعدی به این راحتی نیستند! درست است، ولی ما هم کم نمی گذاریم و با تمام قدرت بازی می کنیم. — از این که به تیم ملی دعوت نمی شوید ناراحتید؟ تیم ملی آرزوی هر بازیکنی است، ولی باید بیشتر تلاش کنم تا دوباره دعوت شوم. — مربیان تیم عملکرد خوبی داشته اند؟ به نظرم از همان بازی های اول فصل دچار مشکل شدیم.`);
    expect(questions(interview)).toEqual([
      ['به نظر شما تیمتان چقدر شانس قهرمانی دارد؟'],
      ['اما حریفان بعدی به این راحتی نیستند!'],
      ['از این که به تیم ملی دعوت نمی شوید ناراحتید؟'],
      ['مربیان تیم عملکرد خوبی داشته اند؟'],
    ]);
    expect(answers(interview)[1]).toBe(
      'درست است، ولی ما هم کم نمی گذاریم و با تمام قدرت بازی می کنیم.',
    );
  });

  it('leaves a long answer holding dashed asides as it is', () => {
    const { interview } = importOk(`Why did you leave?

It was time — or so I told myself at the time — and the club had changed. The new owners wanted results at once, and I understood that; what I could not accept was how they treated the youth teams — the kids who had given everything. So I left in May. Some people said I was wrong — maybe they were right? I still think about it — the fans, the city, the stadium — every single day, and I miss them more than I can say in an interview like this one.

What comes next?

A rest, then we will see.`);
    expect(questions(interview)).toEqual([['Why did you leave?'], ['What comes next?']]);
  });

  it('leaves a long answer whose dashes lead into questions it asks itself as it is', () => {
    // Each dash here is inside a sentence ("I asked myself — why not?"), never after one's end.
    const answer =
      'I asked myself — why not? It was the obvious thing to do, because the river had been neglected for decades and nobody else would take it on, not the council and not the farmers. Then my brother — would he help? He said yes at once, and he brought his friends from the rowing club along with their boats and their tools. And finally — could we afford it? We could, barely, with the lottery grant and a lot of bake sales over two long summers in the village.';
    const { interview } = importOk(`How did the work start?

It started with a walk along the bank in the spring, when the water was low.

What came next?

${answer}

What would you tell a volunteer?

Come early and bring boots.`);
    expect(questions(interview)).toEqual([
      ['How did the work start?'],
      ['What came next?'],
      ['What would you tell a volunteer?'],
    ]);
    expect(answers(interview)[1]).toBe(answer);
  });
});

describe('labels broken off by a hard wrap', { timeout: 30_000 }, () => {
  const page = `MAZUNGUMZO NA MWANAMUZIKI

SWALI: Habari za siku nyingi, Bi Amina?
AMINA
HAMISI; Nzuri sana. Nimefurahi kukutana nawe tena baada ya miaka mingi ya kazi
nje ya nchi.
SWALI;
Ulianza lini kuimba na nani alikufundisha kupiga gitaa kwa mara ya kwanza
kabisa?
AMINA
HAMISI; Nilianza nikiwa mtoto, bibi yangu alinifundisha nyimbo za pwani.
SWALI:
Una ushauri gani kwa wasanii chipukizi wanaoanza safari yao ya muziki leo?
AMINA
HAMISI; Wasikate tamaa, wafanye mazoezi kila siku.`;

  it('reads "SWALI;" alone over its words and a name wrapped before "SURNAME;" as labels', () => {
    const { interview, dropped } = importOk(page);
    expect(questions(interview)).toEqual([
      ['Habari za siku nyingi, Bi Amina?'],
      ['Ulianza lini kuimba na nani alikufundisha kupiga gitaa kwa mara ya kwanza kabisa?'],
      ['Una ushauri gani kwa wasanii chipukizi wanaoanza safari yao ya muziki leo?'],
    ]);
    expect(answers(interview)[2]).toBe('Wasikate tamaa, wafanye mazoezi kila siku.');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Amina Hamisi']);
    expect(dropped).toEqual([]);
  });

  it('leaves a word in capitals over a line opening with another word and a semicolon alone', () => {
    const { interview, dropped } = importOk(`Ulianza lini kuimba?

Nilianza nikiwa mtoto.
TANGAZO
MUHIMU; kesho hakuna mazoezi.

Una ushauri gani?

Wasikate tamaa.`);
    expect(questions(interview)).toHaveLength(2);
    expect(answers(interview).slice(0, 3)).toEqual([
      'Nilianza nikiwa mtoto.',
      'TANGAZO',
      'MUHIMU; kesho hakuna mazoezi.',
    ]);
    expect(dropped).toEqual([]);
  });
});

describe('a line printed twice in a hard-wrapped page', { timeout: 30_000 }, () => {
  const page = (second: string) => `Lundu Nyasa
Showing posts with label ughaibuni. Show all posts
${second}
Wednesday, August 14, 2013
KISWAHILI KINAWEZA KUUNGANISHA WATU

Ulianza lini kuandika vitabu vya watoto na nani alikuhimiza kuendelea
kuandika?

Nilianza nikiwa mwalimu wa shule ya msingi, wanafunzi wangu walipenda hadithi
zangu sana.

Una ushauri gani kwa waandishi wachanga wanaoanza kuandika kwa Kiswahili leo?

Wasome sana na waandike kila siku bila kukata tamaa.`;

  it('keeps a copy of a wrapped line apart from it, for each to be dropped', () => {
    const { dropped } = importOk(page('Showing posts with label ughaibuni. Show all posts'));
    expect(dropped.filter((line) => line.startsWith('Showing posts'))).toEqual([
      'Showing posts with label ughaibuni. Show all posts',
      'Showing posts with label ughaibuni. Show all posts',
    ]);
    expect(dropped).not.toContain(
      'Showing posts with label ughaibuni. Show all posts Showing posts with label ughaibuni. Show all posts',
    );
  });

  it('still joins a wrapped line to a different line under it', () => {
    const { interview } = importOk(page('Showing posts with label ughaibuni. Show all posts'));
    // A sentence merely opening like the listing line is no furniture.
    expect(
      importOk(`Showing posts with a label was the blogger's idea, she says.

Why Swahili?

Because it is my mother tongue.`).dropped,
    ).toEqual([]);
    expect(questions(interview)[0]).toEqual([
      'Ulianza lini kuandika vitabu vya watoto na nani alikuhimiza kuendelea kuandika?',
    ]);
  });
});

describe("a record site's alert, share and link lines", { timeout: 30_000 }, () => {
  const page = `TheyWorkForYou
MPs
Lords
Committees
Sign in
Examination of Witnesses
Water Bill – in a Public Bill Committee on 3rd May 2022.
Alert me about debates like this
Jo Reade gave evidence.
Photo of Ann Vale Ann Vale Labour, Leeds North
How many inspectors does the regulator employ today?
Jo Reade
Around two hundred, and we are recruiting fifty more this year.
Photo of Ann Vale Ann Vale Labour, Leeds North
Is that enough to visit every site once a year?
Jo Reade
Not yet. It would take three hundred to do that properly.
Share this debate
Link to this
Hansard source (Citation: HC Deb, 3 May 2022, c41)`;

  it('drops them and keeps the heading over the bill line as the title', () => {
    const { interview, dropped } = importOk(page);
    expect(interview.title).toBe('Examination of Witnesses');
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Alert me about debates like this',
        'Share this debate',
        'Link to this',
        'Hansard source (Citation: HC Deb, 3 May 2022, c41)',
      ]),
    );
    expect(dropped).not.toContain('Examination of Witnesses');
  });

  it('keeps an answer that opens like one', () => {
    const { interview } = importOk(`How do residents hear about flooding?

Alert me about it, people say, and we do: by text and by e-mail.

And the council?

Link to this page from every school website, we asked them.

Where did the figure come from?

Hansard source notes, the minister's own answer in May.`);
    expect(answers(interview)).toEqual([
      'Alert me about it, people say, and we do: by text and by e-mail.',
      'Link to this page from every school website, we asked them.',
      "Hansard source notes, the minister's own answer in May.",
    ]);
  });
});

describe("a newsroom's byline", { timeout: 30_000 }, () => {
  const page = (byline: string) => `“Queremos ouvir quem faz a cidade”
26 de março de 2021
${byline}
Os amigos Rafael Kunzler e Tiago Brum lançaram neste mês um podcast de entrevistas. Rafael conta como surgiu o projeto.
Como surgiu a ideia?
Na pandemia, conversando no escritório do Tiago.
Quem foram os primeiros convidados?
Um professor de história e um pastor.`;

  it('names no guest ("Por Redação"): the lead does', () => {
    const { interview } = importOk(page('Por Redação'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Rafael Kunzler']);
  });

  it("still reads a reporter's byline as the interviewer", () => {
    const { interview } = importOk(page('Por Ana Souza'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Rafael Kunzler']);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Ana Souza']);
  });
});

describe("a Portuguese page's share, related and cookie lines", { timeout: 30_000 }, () => {
  const page = (end: string) => `Como surgiu a ideia?

Na pandemia, conversando no escritório.

Quem foram os primeiros convidados?

Um professor de história e um pastor.
${end}`;

  it('drops "Compartilhe:", "Leia também" with its headlines, and a cookie notice with its button', () => {
    const { dropped, interview } = importOk(
      page(`Compartilhe:
Facebook
WhatsApp
Leia também
Rádio estreia programa sobre empreendedorismo
Feira do livro terá edição on-line
Utilizamos cookies para melhorar a sua experiência no site. Ao continuar navegando, você concorda com a nossa Política de Privacidade.
Aceitar`),
    );
    expect(dropped).toEqual([
      'Compartilhe:',
      'Facebook',
      'WhatsApp',
      'Leia também',
      'Rádio estreia programa sobre empreendedorismo',
      'Feira do livro terá edição on-line',
      'Utilizamos cookies para melhorar a sua experiência no site. Ao continuar navegando, você concorda com a nossa Política de Privacidade.',
      'Aceitar',
    ]);
    expect(answers(interview).at(-1)).toBe('Um professor de história e um pastor.');
  });

  it('keeps an answer that says "Aceitar" after no cookie notice', () => {
    const { dropped } = importOk(`Você aceitaria o convite de novo?

Aceitar

Por quê?

Porque foi a melhor experiência da minha vida.`);
    expect(dropped).toEqual([]);
  });
});

describe("a Reddit front end's thread", { timeout: 30_000 }, () => {
  const page = `r/AMA • u/ReedWarbler • 3d ago
I ring birds for a living AMA
I band songbirds at a migration station. Ask away!
12 Upvotes 9 Comments
Sort by: Best
3
u/lowfield_anna 3d ago
How do you catch them without hurting them?
5
u/ReedWarbler 3d ago edited 3d ago
Fine mist nets, checked every twenty minutes, and each bird is out in seconds.
2
u/tern_again 2d ago
What's the oldest bird you have caught?
4
u/ReedWarbler 2d ago
A blackcap ringed nine years earlier, at the same net.
View all comments`;

  it('reads each comment under its author, the poster answering, and drops the counts', () => {
    const { interview, dropped } = importOk(page);
    expect(questions(interview)).toEqual([
      ['How do you catch them without hurting them?'],
      ["What's the oldest bird you have caught?"],
    ]);
    expect(answers(interview)).toEqual([
      'Fine mist nets, checked every twenty minutes, and each bird is out in seconds.',
      'A blackcap ringed nine years earlier, at the same net.',
    ]);
    expect(dropped).toEqual(
      expect.arrayContaining([
        '12 Upvotes 9 Comments',
        'Sort by: Best',
        '3',
        '5',
        '2',
        '4',
        'View all comments',
      ]),
    );
  });

  it('keeps a number alone as an answer where no author line follows it', () => {
    const { interview } = importOk(`How many nets do you run?

12

And how many birds a day?

Up to 400 in October.`);
    expect(answers(interview)).toEqual(['12', 'Up to 400 in October.']);
  });
});

describe("a Finnish WordPress post's footer", { timeout: 30_000 }, () => {
  it('drops the category line and the comment prompts', () => {
    const { dropped } = importOk(`KUKA OLET?
Opettaja ja valmentaja.
MITÄ HARRASTAT?
Tennistä ja hiihtoa.
Kategoriat: Haastattelut
Jätä kommentti
Sinun täytyy kirjautua sisään kommentoidaksesi.`);
    expect(dropped).toEqual([
      'Kategoriat: Haastattelut',
      'Jätä kommentti',
      'Sinun täytyy kirjautua sisään kommentoidaksesi.',
    ]);
  });

  it('keeps an answer asking readers to comment', () => {
    const { interview, dropped } = importOk(`MITÄ TOIVOT LUKIJOILTA?
Jätä kommentti, jos olet eri mieltä, niin jatketaan keskustelua.
MITÄ HARRASTAT?
Tennistä.`);
    expect(dropped).toEqual([]);
    expect(answers(interview)[0]).toBe(
      'Jätä kommentti, jos olet eri mieltä, niin jatketaan keskustelua.',
    );
  });
});

describe("a record site's photo lines and witnesses' names", { timeout: 30_000 }, () => {
  const page = `Examination of Witnesses
Water Bill – in a Public Bill Committee on 3rd May 2022.
Jo Reade and Sam Okafor gave evidence.
Photo of Ann Vale Ann Vale Labour, Leeds North
How many inspectors does the regulator employ today, Jo Reade?
Jo Reade
Around two hundred, and we are recruiting fifty more this year.
Photo of Ann Vale Ann Vale Labour, Leeds North
Is that enough to visit every site once a year?
Jo Reade
Not yet. It would take three hundred to do that properly.
Sam Okafor
The companies would say the same of their own inspectors.
Photo of Ben Moss Ben Moss Conservative, Hexham
What should the Bill say about fines, Sam Okafor?
Sam Okafor
That they go to the rivers, not to the Treasury.
Photo of Ben Moss Ben Moss Conservative, Hexham
All of them?
Sam Okafor
All of them.`;

  it("reads each as the label of the words under it, the role the speaker's", () => {
    const { interview } = importOk(page);
    const { interviewers, interviewees } = interview.people;
    expect(interviewers.map((p) => [p.name, p.role])).toEqual([
      ['Ann Vale', 'Labour, Leeds North'],
      ['Ben Moss', 'Conservative, Hexham'],
    ]);
    expect(interviewees.map((p) => p.name)).toEqual(['Jo Reade', 'Sam Okafor']);
    expect(questions(interview)).toEqual([
      ['How many inspectors does the regulator employ today, Jo Reade?'],
      ['Is that enough to visit every site once a year?'],
      ['What should the Bill say about fines, Sam Okafor?'],
      ['All of them?'],
    ]);
    expect(answers(interview)).not.toContain('Jo Reade');
    expect(JSON.stringify(interview)).not.toContain('Photo of');
  });

  it('leaves a lone photo line and a name alone on a line as text', () => {
    const { interview } = importOk(`What did the inspection find?

Photo of Ann Vale Ann Vale Labour, Leeds North

Jo Reade

Leaks at every second site, the report by Jo Reade says.`);
    expect(answers(interview)).toEqual([
      'Photo of Ann Vale Ann Vale Labour, Leeds North',
      'Jo Reade',
      'Leaks at every second site, the report by Jo Reade says.',
    ]);
  });
});

describe("a press-release service's boxes after the release", { timeout: 30_000 }, () => {
  const release = (tail: string[]) =>
    [
      'Seuran urheilujohtaja vastaa kysymyksiin',
      'Miksi hankinnat tehtiin myöhään?',
      '– Neuvottelut venyivät, mutta olin valmis odottamaan.',
      'Mikä on tavoite?',
      '– Mestaruus.',
      ...tail,
    ].join('\n');

  it.each([
    [
      [
        'Lisätietoja',
        'Viestintäpäällikkö Sanna Heikura',
        'sanna.heikura@seura.example',
        'Tietoja julkaisijasta',
        'Seura',
        'Tilaa tiedotteet sähköpostiisi',
        'Kun tilaat tiedotteemme, saat ne sähköpostiisi heti julkaisun jälkeen. Voit perua tilauksen milloin tahansa.',
        'Lisää tiedotteita',
      ],
    ],
    [
      [
        'For further information',
        'Jane Roe, Head of Communications',
        'About the publisher',
        'The club was founded in 1907 and has won the league thirty times.',
      ],
    ],
    [['Media contact:', 'Jane Roe', 'Subscribe to our releases and never miss one.']],
  ])('%j leaves the last answer, listed as dropped', (tail) => {
    const { interview, dropped } = importOk(release(tail));
    expect(answers(interview).at(-1)).toBe('– Mestaruus.');
    expect(dropped).toEqual(expect.arrayContaining(tail));
  });

  it('keeps an answer that says where to find more information', () => {
    const { interview } = importOk(
      release(['Mistä saa lisätietoja?', 'Lisätietoja saa seuran verkkosivuilta.']),
    );
    expect(answers(interview).at(-1)).toBe('Lisätietoja saa seuran verkkosivuilta.');
  });
});

describe(
  "a press-release service's name, menu and buttons over the release",
  { timeout: 30_000 },
  () => {
    const page = `STT Info
Tiedotteet
Tapahtumat
Uutishuoneet
Tilaa tiedotteet
Kirjaudu
Tiedote
Seuran urheilujohtaja Mikko Laaksonen vastaa yleisön kysymyksiin
Yleisöltä tuli paljon kysymyksiä, ja vastasimme niihin.
Miksi hankinnat tehtiin myöhään?
– Neuvottelut venyivät, mutta olin valmis odottamaan.
Mikä on tavoite?
– Mestaruus.`;

    it('drops them and titles the release by its headline', () => {
      const { interview, dropped } = importOk(page);
      expect(interview.title).toBe(
        'Seuran urheilujohtaja Mikko Laaksonen vastaa yleisön kysymyksiin',
      );
      expect(dropped).toEqual(
        expect.arrayContaining(['STT Info', 'Tilaa tiedotteet', 'Kirjaudu', 'Tiedote']),
      );
      expect(interview.intro).toEqual(['Yleisöltä tuli paljon kysymyksiä, ja vastasimme niihin.']);
    });

    it('keeps an answer that is one of those words', () => {
      const { interview } = importOk(`Mitä teet ensimmäiseksi aamulla?

Kirjaudu.

Ja sitten?

Tiedote.`);
      expect(answers(interview)).toEqual(['Kirjaudu.', 'Tiedote.']);
    });
  },
);

describe("an image's table row copied as text", { timeout: 30_000 }, () => {
  it('drops the image line and its caption cell under it', () => {
    const { interview, dropped } = importOk(`SWALI: Mradi huu ulianza lini?

![]() |

Juma Kitwana |

JUMA: Ulianzishwa na wanafunzi wa Kiswahili.

SWALI: Lengo lake ni nini?

JUMA: Kuwaunganisha wazungumzaji wa Kiswahili duniani.`);
    expect(dropped).toEqual(['![]() |', 'Juma Kitwana |']);
    expect(questions(interview)).toEqual([['Mradi huu ulianza lini?'], ['Lengo lake ni nini?']]);
  });

  it('keeps a line ending with a bar that no image line comes before', () => {
    const { interview } = importOk(`What do you type to pipe the output?

ls |

And then?

grep name |`);
    expect(answers(interview)).toEqual(['ls |', 'grep name |']);
  });
});

describe(
  'a byline broken over two lines under a hard-wrapped headline',
  { timeout: 30_000 },
  () => {
    const page = (by: string) => `Wednesday, August 14, 2013
KISWAHILI KINAWEZA KUUNGANISHA WATU WA DUNIA NZIMA
${by}
DAUDI MWAKALINGA
SWALI: Mradi huu ulianza lini na wapi hasa, mzee wangu, tangu mwanzo kabisa?
JUMA: Ulianzishwa na wanafunzi na wahadhiri wa Kiswahili katika chuo cha lugha.
SWALI: Nini lengo la kuanzishwa kwa Chama cha Kiswahili hapa Uingereza leo?
JUMA: Kuwaunganisha wazungumzaji wa Kiswahili duniani, lakini hasa hapa Uingereza.`;

    it.each(['NA', 'BY'])('reads "%s" over a name as the byline, not part of the title', (by) => {
      const { interview } = importOk(page(by));
      expect(interview.title).toBe('KISWAHILI KINAWEZA KUUNGANISHA WATU WA DUNIA NZIMA');
      expect(interview.sections.map((s) => s.heading).join(' ')).not.toContain('MWAKALINGA');
      expect(JSON.stringify(interview)).toMatch(/DAUDI MWAKALINGA|Daudi Mwakalinga/u);
    });

    it('still joins a wrapped line opening with "NA" to the line before', () => {
      const { interview } = importOk(`SWALI: Mradi huu ulianza lini?
JUMA: Ulianzishwa na wanafunzi na wahadhiri wa Kiswahili katika chuo cha lugha
NA
WALIMU WENGINE WENGI.
SWALI: Na lengo lake?
JUMA: Kuwaunganisha wazungumzaji wa Kiswahili duniani.`);
      expect(questions(interview)).toHaveLength(2);
    });
  },
);

describe(
  "a Blogger blog's name in lower case and tagline over a tagged post title",
  { timeout: 30_000 },
  () => {
    const page = (name: string) => `${name}
Mga pagsasalin ng mga panayam sa Tagalog
Tuesday, July 28, 2009
[TRANSLATIONS] Magazine: Mizuhara Kaito – Only Star (2009.07)
Date of Interview: 2009.07.27
Q: Ano ang gagawin mo habang nasa katawan ka niya?
A: Sasakay ako ng barko tapos mangingisda.
Q: Ano kay Riku ang gustong-gusto mo?
A: Lahat.
Posted by kuya_jun at 7:42 PM`;

    it("drops them, the blog's name no title", () => {
      const { interview, dropped } = importOk(page('hikari-ph translations'));
      expect(dropped).toEqual(
        expect.arrayContaining([
          'hikari-ph translations',
          'Mga pagsasalin ng mga panayam sa Tagalog',
        ]),
      );
      // (The post's title, with its tag and issue, is not yet taken for the headline.)
      expect(interview.title).not.toBe('hikari-ph translations');
    });

    it('keeps a first line that closes a sentence', () => {
      const { dropped } = importOk(page('Read this first.'));
      expect(dropped).not.toContain('Read this first.');
    });
  },
);

describe("a Thai page's tags, related news and share lines", { timeout: 30_000 }, () => {
  it('drops them after the last answer', () => {
    const tail = [
      'แท็กที่เกี่ยวข้อง',
      'เชลซี',
      'ทีมชาติเบลเยียม',
      'ข่าวที่เกี่ยวข้อง',
      'เชลซีเตรียมยื่นสัญญาใหม่ให้ดาวเตะเบลเยียม',
      'แชร์',
    ];
    const { interview, dropped } = importOk(
      [
        'คุณชอบอาหารไทยไหม?',
        'ชอบมาก โดยเฉพาะต้มยำกุ้ง',
        'ฝากอะไรถึงแฟนบอลหน่อย?',
        'ขอบคุณที่เชียร์เสมอ',
        ...tail,
      ].join('\n\n'),
    );
    expect(answers(interview)).toEqual(['ชอบมาก โดยเฉพาะต้มยำกุ้ง', 'ขอบคุณที่เชียร์เสมอ']);
    expect(dropped).toEqual(tail);
  });

  it('keeps an answer that says to share', () => {
    const { interview } = importOk('คุณอยากบอกอะไรแฟนๆ?\n\nแชร์ความสุขกันเยอะๆ นะครับ');
    expect(answers(interview)).toEqual(['แชร์ความสุขกันเยอะๆ นะครับ']);
  });
});
