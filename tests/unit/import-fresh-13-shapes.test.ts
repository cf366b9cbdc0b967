import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-13 pages (tests/fixtures/import/fresh-13): each is checked here on
// text of its own, as a caller of importArticle sees it.

describe('letters that are no labels', { timeout: 30_000 }, () => {
  it('reads "Question-and-Answer Session" as a heading, not a "Question-" label', () => {
    const { interview } = importOk(`Press Conference by the Minister

Question-and-Answer Session

Reporter: The storm closed the port overnight. Please tell us how the Government is responding.

Minister OKADA: We are sending supplies by road.

Reporter: Will the port open tomorrow?

Minister OKADA: We hope so.`);
    expect(questions(interview).map((q) => q[0]?.slice(0, 9))).toEqual(['The storm', 'Will the ']);
  });

  it('reads an A-Z feature, each question after its letter, a dash and a topic, as bare questions', () => {
    const letters = 'ABCDEFGHIJ'.split('');
    const { interview, dropped } = importOk(
      [
        'A-Z | Jo Rennie',
        "It's the turn of our hooker to take on this week's A-Z challenge.",
        ...letters.flatMap((l, i) => [
          `${l} – Topic${i}: What is your favourite thing number ${i}?`,
          `Thing ${i}`,
        ]),
      ].join('\n'),
    );
    expect(dropped).toEqual([]);
    expect(questions(interview)).toHaveLength(10);
    expect(questions(interview)[0]).toEqual(['A – Topic0: What is your favourite thing number 0?']);
  });
});

describe('page furniture', { timeout: 30_000 }, () => {
  it('drops a blog platform footer, a back link, a video link and a letter-spaced menu', () => {
    const { interview, dropped } = importOk(`Ver vídeo

e d i t o r s'  n o t e

n u t s  &  b o l t s

r e c e n t
  &  f o r t h c o m i n g

DL: Where did the book begin?

MtH: In a harbor, at dawn.

DL: What are you reading?

MtH: A book about tides.

This entry was posted in MFA, Poetry and tagged Harbors. Bookmark the permalink.

← Older posts

Blog at WordPress.com.

Back to Press Conferences`);
    expect(dropped).toEqual([
      'Ver vídeo',
      "e d i t o r s' n o t e",
      'n u t s & b o l t s',
      'r e c e n t',
      '& f o r t h c o m i n g',
      'This entry was posted in MFA, Poetry and tagged Harbors. Bookmark the permalink.',
      '← Older posts',
      'Blog at WordPress.com.',
      'Back to Press Conferences',
    ]);
    expect(questions(interview)).toHaveLength(2);
  });

  it('drops a Japanese breadcrumb from the home page and a back-to-top link', () => {
    const { dropped } = importOk(`ホーム > 企業情報 > 対談シリーズ
Q: いつ始めましたか?
A: 30年前です。
Q: 次は?
A: 工房です。
ページの先頭へ`);
    expect(dropped).toEqual(['ホーム > 企業情報 > 対談シリーズ', 'ページの先頭へ']);
  });

  it('drops a menu one item a line whose item looks like a name when menu words follow it', () => {
    const { dropped } = importOk(`Home
About
Mentor Profiles
Scholarships
Donate
Contact
Dana Whitcombe-Ross
Science Writer, Hollis Medical News

Q: Why science writing?

A: I liked reading it more than doing it.

Q: Any advice?

A: Write a lot.`);
    expect(dropped).toEqual([
      'Home',
      'About',
      'Mentor Profiles',
      'Scholarships',
      'Donate',
      'Contact',
    ]);
  });

  it('drops Blogger’s furniture in Hindi and a "Latest News" list after the last answer', () => {
    const { dropped } = importOk(`Q: आपने अभिनय कब शुरू किया?
A: आठ साल पहले।
Q: आगे क्या है?
A: एक नया धारावाहिक।
इसे ईमेल करेंइसे ब्लॉग करें! X पर शेयर करेंFacebook पर शेयर करें
कोई टिप्पणी नहीं:
एक टिप्पणी भेजें
नई पोस्ट पुरानी पोस्ट मुखपृष्ठ
सदस्यता लें संदेश टिप्पणियाँ (Atom)`);
    expect(dropped).toEqual([
      'इसे ईमेल करेंइसे ब्लॉग करें! X पर शेयर करेंFacebook पर शेयर करें',
      'कोई टिप्पणी नहीं:',
      'एक टिप्पणी भेजें',
      'नई पोस्ट पुरानी पोस्ट मुखपृष्ठ',
      'सदस्यता लें संदेश टिप्पणियाँ (Atom)',
    ]);
    const latest = importOk(`Q: Best dancer?
A: Priya.
Q: Lucky number?
A: 4
Latest News
Match Report | Women beat Harlequins in the derby`);
    expect(latest.dropped).toEqual([
      'Latest News',
      'Match Report | Women beat Harlequins in the derby',
    ]);
  });
});

describe('lettered items on pages without blank lines', { timeout: 30_000 }, () => {
  it('starts a new question at each letter even after a long answer with no full stop', () => {
    const letters = 'ABCDEFG'.split('');
    const { interview } = importOk(
      letters
        .flatMap((l, i) => [
          `${l} – Topic${i}: What is the thing you would tell your younger self, number ${i}?`,
          `Stop worrying so much about what other people think of you ${i}`,
        ])
        .join('\n'),
    );
    expect(questions(interview)).toHaveLength(7);
  });
});

// A Hindi blog's dialogue: dashed questions closed by the danda (।), never by '?', answered undashed.
const HINDI_DIALOGUE = `-आपका धारावाहिक खत्म हुआ है। .
हां, लोग मुझे पहचानने लगे।
-अपने नए धारावाहिक के बारे में बताइए।
यह एक पारिवारिक नाटक है।
-क्या आपने प्रशिक्षण लिया है।
नहीं जी।
- नए लोगों से आप क्या कहना चाहेंगी।
मेहनत से मत भागो।`;

describe('dashed questions that never use "?"', { timeout: 30_000 }, () => {
  it('reads dashed paragraphs as the questions where nothing on the page ends with "?" and each is answered undashed', () => {
    const { interview } = importOk(`अभिनेत्री से बातचीत\n${HINDI_DIALOGUE}`);
    expect(questions(interview).map((q) => q[0]?.slice(0, 8))).toEqual([
      'आपका धार',
      'अपने नए ',
      'क्या आपन',
      'नए लोगों',
    ]);
  });
});

describe('names alone on lines over a dialogue', { timeout: 30_000 }, () => {
  it('reads two names each alone on a line, coming back, as labels, with a topic line before a name as a heading', () => {
    const { interview } = importOk(`対談:手しごとへの想い
社長の高木浩一と、研究所代表の北村正雄さんが語り合いました。
黄色い糸との出会い
高木
ラオスに渡って、もう30年になりますか。
北村さん
そうです、30年です。最初は1年のつもりでした。
高木
最初から織物の研究をされていたのですか。
北村さん
いいえ、学校の手伝いからです。
村に工房をつくる
高木
一番苦労されたのはどんなことでしたか。
北村さん
糸です。蚕がほとんど残っていませんでした。`);
    expect(questions(interview).map((q) => q[0]?.slice(0, 5))).toEqual([
      'ラオスに渡',
      '最初から織',
      '一番苦労さ',
    ]);
    expect(interview.sections.map((s) => s.heading)).toEqual([
      '黄色い糸との出会い',
      '村に工房をつくる',
    ]);
  });
});

describe('a Japanese label with an honorific', { timeout: 30_000 }, () => {
  it('names the guest labelled "北村さん" from the full name the lead gives', () => {
    const { interview } = importOk(`社長の高木浩一と、研究所代表の北村正雄さんが語り合いました。
高木
ラオスに渡って、もう30年になりますか。
北村さん
そうです、30年です。
高木
最初から織物の研究をされていたのですか。
北村さん
いいえ、学校の手伝いからです。`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['北村正雄']);
  });
});

describe('initials with a particle in lower case', { timeout: 30_000 }, () => {
  it('names "MtH" from "Marisol ter Horst", the particle written in lower case in the initials', () => {
    const { interview } = importOk(`A Virtual Interview with Marisol ter Horst

DL: Where did the book begin?

MtH: In a harbor, at dawn.

DL: What are you reading?

MtH: A book about tides.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Marisol ter Horst']);
  });
});

describe('profile lines', { timeout: 30_000 }, () => {
  it('reads three or more "Key: value" lines in a row, each key used once, as a profile, not speakers', () => {
    const { interview } = importOk(`Dana Whitcombe-Ross
Education: B.S. Biochemistry, M.S. Chemistry
Hometown: Dayton, Ohio
Other interests: Pottery, trail running, reading.
Why did you pick your major? How did it help? I had always liked biology and chemistry.
What is something you have learned? I am resilient and resourceful.
What advice would you give? Write as much as you can, for anyone.`);
    expect(questions(interview).map((q) => q[0]?.slice(0, 12))).toEqual([
      'Why did you ',
      'What is some',
      'What advice ',
    ]);
  });
});

describe('a live chat with readers labelled by town', { timeout: 30_000 }, () => {
  it('reads a reader’s comment without "?" as a question where the guest alone comes back, and drops the moderators’ note', () => {
    const { interview, dropped } = importOk(`Ask The Ledger

Bethesda, Md.: Why do you print so many leaks?

Margaret Oyelaran: Because they hold power to account.

Alexandria, Va.: Why was my favorite strip dropped?

Margaret Oyelaran: Its creator is on leave.

Fairfax, Va.: I have read the paper every morning for thirty years. Keep it coming.

Margaret Oyelaran: Thank you. We intend to.

Washington, D.C.: Why so many restaurant reviews?

Margaret Oyelaran: Readers love them.

Editor's Note: Ledger.com moderators retain editorial control over Live Online discussions and choose the most relevant questions for guests and hosts.`);
    expect(questions(interview)).toHaveLength(4);
    expect(dropped).toEqual([
      "Editor's Note: Ledger.com moderators retain editorial control over Live Online discussions and choose the most relevant questions for guests and hosts.",
    ]);
  });
});

describe('a Hindi headline naming the guest', { timeout: 30_000 }, () => {
  it('names the guest from "… NAME से बातचीत" (a conversation with NAME), the post’s title after the blog’s tagline', () => {
    const { interview } = importOk(
      `कलाकारों, लेखकों और आम लोगों से बातचीत\nटीवी अभिनेत्री सुमन त्रिपाठी से बातचीत\n${HINDI_DIALOGUE}`,
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['सुमन त्रिपाठी']);
  });
});

describe('the end of a dialogue under names alone on lines', { timeout: 30_000 }, () => {
  it('leaves the page’s links after the last turn out of that turn, and drops a pager line', () => {
    const { interview, dropped } = importOk(`高木
ラオスに渡って、もう30年になりますか。
北村さん
そうです、30年です。
高木
最初から織物の研究をされていたのですか。
北村さん
いいえ、学校の手伝いからです。
< 第一回へ\u3000第三回へ >
ページの先頭へ`);
    expect(dropped).toEqual(['< 第一回へ\u3000第三回へ >', 'ページの先頭へ']);
    expect(interview.sections.at(-1)?.questions.at(-1)?.answer).toEqual([
      'いいえ、学校の手伝いからです。',
    ]);
  });
});

describe('a profile page headed by a name', { timeout: 30_000 }, () => {
  it('names the guest from a headline that is only a name, over a line giving the role', () => {
    const { interview } = importOk(`Dana Whitcombe-Ross
Science Writer, Hollis Medical News
Education: B.S. Biochemistry, M.S. Chemistry
Hometown: Dayton, Ohio
Other interests: Pottery, trail running, reading.
Why did you pick your major? I had always liked biology and chemistry.
What is something you have learned? I am resilient and resourceful.
What advice would you give? Write as much as you can, for anyone.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Dana Whitcombe-Ross']);
  });
});
