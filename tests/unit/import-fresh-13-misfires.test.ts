import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// The fresh-13 rules (tests/unit/import-fresh-13-shapes.test.ts) tried on other real shapes where
// they could misfire: each test here reads a page the importer should keep or read right.

describe('speaker labels the fresh-13 rules could hide', () => {
  it('reads "Q-" / "A-" labels with no space after the hyphen', () => {
    const { interview } = importOk(`Talking to the coach

Q-How did you start coaching?

A-I started in 1990 with the under-twelves.

Q-What changed since then?

A-Everything, the kids most of all.`);
    expect(questions(interview)).toEqual([
      ['How did you start coaching?'],
      ['What changed since then?'],
    ]);
  });

  it('keeps a panel’s quick-fire round of short labelled answers by speakers who spoke at length before', () => {
    const { interview } = importOk(`Host: What first drew you to children's books?

Anna: My daughter, honestly. She would not sleep without three stories a night and I ran out of good ones.

Ben: For me it was a job. I drew the pictures for someone else's book and never went back to adult fiction.

Carla: A library. I worked in one for ten years and watched what children picked up and put down again.

Host: Last one, quickly: your favourite picture book?

Anna: Where the Wild Things Are.

Ben: The Snowman.

Carla: Owl Babies, every time.`);
    // As on main: the next speakers' turns keep their labels in the one answer.
    expect(interview.sections.at(-1)?.questions.at(-1)?.answer).toEqual([
      'Where the Wild Things Are.',
      'Ben: The Snowman.',
      'Carla: Owl Babies, every time.',
    ]);
    expect(interview.people.interviewees.map((p) => p.name).sort()).toEqual([
      'Anna',
      'Ben',
      'Carla',
    ]);
  });

  it('reads a Q:/A: page as labels, not as lettered items', () => {
    const { interview } = importOk(`Q: What is your name?

A: Anna.

Q: Where do you live?

A: In Leeds.

Q: What do you do?

A: I teach.`);
    expect(questions(interview)).toHaveLength(3);
  });

  it('keeps panelists who each answer once as answerers where the moderator comes back', () => {
    const { interview } = importOk(`Three experts on the housing crisis

Moderator Lee: Why are rents rising so fast?

Anna Berg: Why? Because we stopped building. It is that simple, and we have known it for years.

Moderator Lee: What should cities do first?

Ben Okafor: Change the zoning. Who could object to more homes near transit? Plenty of people, it turns out.

Moderator Lee: And the federal government?

Carla Diaz: Fund social housing at scale, as it did after the war.`);
    expect(questions(interview).map((q) => q[0]?.slice(0, 10))).toEqual([
      'Why are re',
      'What shoul',
      'And the fe',
    ]);
  });
});

describe('paragraphs and turns the fresh-13 rules could split', () => {
  it('keeps a hard-wrapped answer whole where a line opens "I – " mid-sentence', () => {
    const { interview } =
      importOk(`Q: How did you end up surfing, of all things, in a town with no waves
to speak of for most of the year?

A: We moved to the coast when I was nine, and the first winter there
I – like every other kid on the street – spent every weekend in the
water, freezing and happy, until my parents gave up calling me in for
dinner and simply left a plate out on the porch for me to find later.

Q: And how did that turn into teaching, which is what you do now for a
living, most mornings of the week, all through the year?

A: Slowly. A neighbour asked me to take her son out, then his friends
came, then their parents, and one summer I realised I had a business.`);
    expect(answers(interview)).toHaveLength(2);
    expect(answers(interview)[0]).toContain('there I – like every other kid');
  });

  it('keeps a guest’s line that ends as speech without a full stop in the turn, not as a heading', () => {
    const { interview } = importOk(`高木
ラオスに渡って、もう30年になりますか。
北村さん
そうです、30年です。
最初は1年のつもりでした
高木
最初から織物の研究をされていたのですか。
北村さん
いいえ、学校の手伝いからです。
高木
一番苦労されたのはどんなことでしたか。
北村さん
糸です。`);
    expect(interview.sections.map((s) => s.heading)).not.toContain('最初は1年のつもりでした');
    expect(answers(interview).join('')).toContain('最初は1年のつもりでした');
  });

  it('keeps the last lines of a last Japanese answer that end with "（笑）" or "…"', () => {
    const { interview } = importOk(`高木
ラオスに渡って、もう30年になりますか。
北村さん
そうです、30年です。
高木
最初から織物の研究をされていたのですか。
北村さん
いいえ、学校の手伝いからです。
でも、それが一番楽しかった（笑）
あの頃は本当に大変でしたが…`);
    const last = interview.sections.at(-1)?.questions.at(-1)?.answer.join('');
    expect(last).toContain('楽しかった（笑）');
    expect(last).toContain('大変でしたが…');
  });

  it('keeps a Japanese answer that ends "じゃないですか。" an answer', () => {
    const { interview } = importOk(`職人に聞く

工房を始めたのはいつですか?

二十年前です。最初は一人でした。

一番大事にしていることは?

手を抜かないことです。みんな見ているじゃないですか。

これからの目標は?

若い人に技術を残すことです。`);
    expect(questions(interview)).toHaveLength(3);
  });

  it('keeps short Korean answers without a full stop as answers, not headings', () => {
    const { interview } = importOk(`배우 인터뷰

처음 연기를 시작한 건 언제인가요?

열 살 때요

가장 힘들었던 점은 무엇이었나요?

돈이 없었어요

앞으로의 계획은요?

좋은 작품을 하고 싶어요`);
    expect(questions(interview)).toHaveLength(3);
    expect(answers(interview)).toEqual(['열 살 때요', '돈이 없었어요', '좋은 작품을 하고 싶어요']);
  });
});

describe('run-in questions', () => {
  it('leaves a rhetorical question that opens a run-in answer in the answer', () => {
    const { interview } = importOk(`Ten minutes with a baker
Why did you leave banking? Who would not leave banking? The hours were worse than the bakery's.
What is your best seller? Sourdough, by a mile, then the cinnamon buns on a Saturday.
What comes next? A second shop, if the landlord says yes to the lease.`);
    expect(questions(interview)[0]).toEqual(['Why did you leave banking?']);
    expect(answers(interview)[0]).toMatch(/^Who would not leave banking\?/u);
  });
});

describe('the guest’s name', () => {
  it('names the guest from the role line where the headline is a column’s, not a name', () => {
    const { interview } = importOk(`Member Spotlight
Jane Doe, Senior Engineer at Acme Robotics
Education: B.S. Mechanical Engineering
Hometown: Tulsa, Oklahoma
Other interests: Climbing, baking.
Why did you choose engineering? I liked taking things apart and putting them back together.
What advice would you give? Ask for help early, and ask often.
What keeps you going? The people I work with, and the problems.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Jane Doe']);
  });

  it('names no one from "एक युवा लेखिका से बातचीत" (a conversation with a young writer)', () => {
    const { interview } = importOk(`एक युवा लेखिका से बातचीत
-आपने लिखना कब शुरू किया।
दस साल की उम्र में।
-आपकी पहली किताब कौन सी थी।
एक कविता संग्रह।
-आप किससे प्रेरित हैं।
अपनी दादी से।
-आगे क्या लिखेंगी।
एक उपन्यास।`);
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('युवा लेखिका');
  });

  it('keeps a headline name that a menu and a category word stand around', () => {
    const { interview, dropped } = importOk(`Home
News
Interviews
Maria Lopez
Print
Maria Lopez has run the Hollis food bank for twenty years. We asked her about the winter.
Q: How busy is it?
A: Busier than ever.
Q: What do you need most?
A: Volunteers on Saturdays.`);
    expect(dropped).not.toContain('Maria Lopez');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Maria Lopez']);
  });

  it('does not take capitals around an English "ten" for a name over the guest', () => {
    const { interview } = importOk(`Interview: Jim Hart on the Apollo ten Crew

Q: What was it like?

A: Cramped, and wonderful.

Q: Would you go again?

A: Tomorrow.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Jim Hart']);
  });
});

describe('furniture that is no furniture', () => {
  it('keeps a heading between angle brackets, which is no pager', () => {
    const { dropped } = importOk(`Q: How did you start?

A: In a garage, in 1990.

<The later years>

Q: What changed?

A: Everything, the kids most of all.`);
    expect(dropped).toEqual([]);
  });
});
