import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-12 pages (tests/fixtures/import/fresh-12): each is checked here on
// text of its own, as a caller of importArticle sees it.

describe('page furniture', () => {
  it('drops a lower-case menu, "Find us on …", an RSS line, "Browse by …" and a transcript credit', () => {
    const { interview, dropped } = importOk(`home jobs contact us
Find us on Facebook and Twitter
Courtside Sports RSS Subscribe to RSS
Browse by Sport

Q. Why did you kneel?
TOM HARLAN: To remember two friends.

Q. Will you play next week?
TOM HARLAN: I hope so.

Transcript provided by Courtside Sports`);
    expect(dropped).toEqual([
      'home jobs contact us',
      'Find us on Facebook and Twitter',
      'Courtside Sports RSS Subscribe to RSS',
      'Browse by Sport',
      'Transcript provided by Courtside Sports',
    ]);
    expect(questions(interview)).toEqual([['Why did you kneel?'], ['Will you play next week?']]);
  });

  it('drops a sign-up wall, a podcast subscribe line and a copyright line that opens with the title', () => {
    const { interview, dropped } =
      importOk(`If you have a member number, please enter it here so we can link this account to your membership. (optional)

The Society values your privacy. By submitting your information, you are gaining access to Reactions News and subscribing to our weekly newsletter.

ENJOY UNLIMITED ACCESS TO REACTIONS NEWS

Subscribe to Bench Notes now on Apple Podcasts, Spotify, or wherever you listen to podcasts.

Q: Why spreadsheets?

A: Because nobody answered my requests.

Q: How many entries now?

A: Four thousand.

Reactions News ISSN 0000-1234 Copyright © 2023 The Chemical Society`);
    expect(dropped).toEqual([
      'If you have a member number, please enter it here so we can link this account to your membership. (optional)',
      'The Society values your privacy. By submitting your information, you are gaining access to Reactions News and subscribing to our weekly newsletter.',
      'ENJOY UNLIMITED ACCESS TO REACTIONS NEWS',
      'Subscribe to Bench Notes now on Apple Podcasts, Spotify, or wherever you listen to podcasts.',
      'Reactions News ISSN 0000-1234 Copyright © 2023 The Chemical Society',
    ]);
    expect(answers(interview)).toEqual(['Because nobody answered my requests.', 'Four thousand.']);
  });

  it('drops Indonesian "Baca juga" links and a Korean news footer (tip line, no-reproduction notice)', () => {
    const { dropped } = importOk(`T: Apa tujuan programnya?
J: Mendekatkan pelayanan ke warga.
Baca juga: Festival Pesisir Kembali Digelar Agustus
T: Lalu wisata desa?
J: Setiap kampung punya cerita.

※ '당신의 제보가 뉴스가 됩니다' YTN은 여러분의 소중한 제보를 기다립니다.
[저작권자(c) YTN 무단전재 및 재배포 금지]`);
    expect(dropped).toEqual([
      'Baca juga: Festival Pesisir Kembali Digelar Agustus',
      "※ '당신의 제보가 뉴스가 됩니다' YTN은 여러분의 소중한 제보를 기다립니다.",
      '[저작권자(c) YTN 무단전재 및 재배포 금지]',
    ]);
  });

  it('drops a post\'s metadata set out as dashed labels with their values ("- Geschrieben von:", "- Kategorien:"), not dashed turns', () => {
    const { interview, dropped } = importOk(`Frage 1: ,,Sind Sie den ganzen Tag im Rathaus?''
,,Nein, nur zwei Stunden.''
Frage 2: ,,Wollten Sie schon als Kind Bürgermeister werden?''
,,Nein, gar nicht.''
- Geschrieben von:
- Jonas Keller
- Geschrieben am:
- Kategorien:
- Schülerzeitung`);
    expect(dropped).toEqual([
      '- Geschrieben von:',
      '- Jonas Keller',
      '- Geschrieben am:',
      '- Kategorien:',
      '- Schülerzeitung',
    ]);
    expect(questions(interview)).toHaveLength(2);
    const dashed = importOk(`- Was ist Ihr Lieblingsort?
- Der Hafen.
- Und Ihr Lieblingsbuch?
- Keines:
- Ich lese kaum.`);
    expect(dashed.dropped).toEqual([]);
  });
});

describe('Arabic question and answer labels', () => {
  it('reads "س" and "ج ـ" on lines of their own over the words, the question\'s tatweel dash left out', () => {
    const { interview } = importOk(`حوار مع الناقد سالم النعيمي

س
ـ بداية، هل يصح أن نصف الثقافة بالعابرة؟
ج ـ
يصح ذلك في رأيي.
س
ـ ومن المسؤول عن رواجها؟
ج ـ
المسؤولية مشتركة.`);
    expect(questions(interview)).toEqual([
      ['بداية، هل يصح أن نصف الثقافة بالعابرة؟'],
      ['ومن المسؤول عن رواجها؟'],
    ]);
    expect(answers(interview)).toEqual(['يصح ذلك في رأيي.', 'المسؤولية مشتركة.']);
  });

  it('drops an Arabic page\'s home link with the site\'s name ("الصفحة الرئيسية . موقع …")', () => {
    const { dropped } = importOk(`الصفحة الرئيسية . موقع الدكتور سالم النعيمي

س: لماذا الشعر؟

ج: لأنه أقدم الفنون.

س: ومتى بدأت؟

ج: في المدرسة.`);
    expect(dropped).toEqual(['الصفحة الرئيسية . موقع الدكتور سالم النعيمي']);
  });

  it('reads "س:" / "ج:" and numbered "س1." / "ج1." on the line of the words', () => {
    const colon = importOk(
      `س: لماذا الشعر؟\n\nج: لأنه أقدم الفنون.\n\nس: ومتى بدأت؟\n\nج: في المدرسة.`,
    );
    expect(questions(colon.interview)).toEqual([['لماذا الشعر؟'], ['ومتى بدأت؟']]);
    const numbered = importOk(
      `س1. لماذا الشعر؟\n\nج1. لأنه أقدم الفنون.\n\nس2. ومتى بدأت؟\n\nج2. في المدرسة.`,
    );
    expect(answers(numbered.interview)).toEqual(['لأنه أقدم الفنون.', 'في المدرسة.']);
  });
});

describe('a page saved in a wrong encoding', () => {
  it('does not take a "?" standing for a lost letter inside words ("Ba?kan?", "ayr?.") for a question mark', () => {
    const { interview } = importOk(`Ova TV Ba?kan? Selim Akta? ile bir söyle?i gerçekle?tirdik.

Sizce herkes gazeteci olabilir mi?

S.A: Gazetecilik öteki mesleklerden biraz ayr?. Okulda ö?renilen bilgiyle tamamlanm?yor.

Neden gazetecilik?

S.A: Okul y?llar?mda çok okuyan biriydim.

Türkiye'de özgür bas?na inan?yor musunuz ?

S.A: Tam olarak oldu?una inanm?yorum.`);
    expect(questions(interview)).toEqual([
      ['Sizce herkes gazeteci olabilir mi?'],
      ['Neden gazetecilik?'],
      ["Türkiye'de özgür bas?na inan?yor musunuz ?"],
    ]);
    expect(interview.people.interviewees.map((p) => p.label)).toEqual(['S.A']);
  });
});

describe('a podcast with one guest', () => {
  it("reads the host's welcome and the guest's thanks as intro, not the first question", () => {
    const { interview } =
      importOk(`Ravi Mehta: Hi, and welcome to LabTalk. Today we're joined by Nora Fielding. Nora, thanks for coming on.

Nora Fielding: Thanks for having me. I've listened to a few episodes, so this is a bit strange.

Ravi Mehta: How did you end up in physical chemistry?

Nora Fielding: Mostly by accident.

Ravi Mehta: And where did the data project come from?

Nora Fielding: From being annoyed, honestly.`);
    expect(questions(interview)).toEqual([
      ['How did you end up in physical chemistry?'],
      ['And where did the data project come from?'],
    ]);
  });

  it('keeps a welcome answered by more than thanks as the first question', () => {
    const { interview } = importOk(`Ravi Mehta: Welcome to LabTalk, Nora.

Nora Fielding: I spent ten years measuring spectra nobody published, and that is why I am here.

Ravi Mehta: Why spreadsheets?

Nora Fielding: Because nobody answered.`);
    expect(questions(interview)).toHaveLength(2);
  });
});

describe('an "ask me anything" thread', () => {
  it('reads each author over a karma count ("brambleshoe5120 karma") as the label of the words below, and drops the thread\'s counters', () => {
    const { interview, dropped } =
      importOk(`Hi all, I'm Dana, the new CEO around here. Ask me anything.

Comments: 9822 • Responses: 31 • Date:

brambleshoe5120 karma

Will any of the rule changes be rolled back?

quillhen3987 karma

We will look at every policy again.

Hollis_Grant_992644 karma

Surely one person can't have made all those changes?

quillhen4075 karma

Responsibility goes up the chain.`);
    expect(dropped).toEqual(['Comments: 9822 • Responses: 31 • Date:']);
    expect(questions(interview)).toEqual([
      ['Will any of the rule changes be rolled back?'],
      ["Surely one person can't have made all those changes?"],
    ]);
    expect(answers(interview)).toEqual([
      'We will look at every policy again.',
      'Responsibility goes up the chain.',
    ]);
    expect(interview.people.interviewees.map((p) => p.label)).toEqual(['@quillhen']);
  });
});

describe('a guest labelled by title and given name', () => {
  it('names "Bupati Dewi" from "Bupati Telukwangi Dewi Anggraini", the place between title and name left out', () => {
    const { interview } = importOk(`Bupati Telukwangi Dewi Anggraini, Sang Bupati Kampung

WARTA.CO.ID, TELUKWANGI - Bupati Telukwangi Dewi Anggraini mampir ke kantor kami.

WARTA: Apa tujuan program itu?

Bupati Dewi: Mendekatkan pelayanan ke warga.

WARTA: Lalu wisata desa?

Bupati Dewi: Setiap kampung punya cerita.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Dewi Anggraini']);
  });
});
