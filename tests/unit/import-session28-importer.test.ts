import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 28: importer misreads found in review and left over from fresh-19, each rule with a
// near miss of ordinary text it must leave as it is.

const bridges = (fileName: string) => `Ines Varga on building bridges that last
An engineer talks about steel, salt and patience.
How did you come to bridges?
By accident. I wanted to build boats, and the boat yard closed the year I finished school.
What wears a bridge out first?
Salt. Winter salt gets into every joint, and the steel does not forgive it.
${fileName}
Ines Varga on the Kessel bridge in March
Which bridge are you proudest of?
A small footbridge over the Lahn that nobody photographs. It has not needed a repair in twenty years.`;

describe("an image's file name with two dots ('54c672b4433cd.image.jpg')", () => {
  it('is furniture, dropped and reported, and its caption is read as after any file name', () => {
    const odd = importOk(bridges('54c672b4433cd.image.jpg'));
    expect(odd.report.dropped).toContainEqual(
      expect.objectContaining({ text: '54c672b4433cd.image.jpg', reason: 'image file name' }),
    );
    const plain = importOk(bridges('kessel-bridge.jpg'));
    expect(odd.interview.sections).toEqual(plain.interview.sections);
  });

  it('a sentence naming a file with its dots stays in the answer', () => {
    const { interview } = importOk(bridges('I saved it as plan.final.jpg and lost it.'));
    expect(answers(interview)).toContain('I saved it as plan.final.jpg and lost it.');
    expect(questions(interview)).toHaveLength(3);
  });
});

// A short interview typed one paragraph a line reads as hard-wrapped (its lines are of one width):
// the caption, ending in its credit and no stop, ran on into the unlabelled question under it.
const ferry = (caption: string) => `A ferry captain on forty years at the wheel
Marta Kowal has steered the Elbe ferry at Lauenburg since 1984.
She retires this month. By Jonas Weber
When did you first take the wheel?
In the spring of 1984. My father was ill and somebody had to take the morning crossing.
Was it frightening?
Only the first fog. After that you learn to listen to the water.
${caption}
What changed most in forty years?
The boats got quieter and the people got busier. Nobody talks on the crossing anymore.
What will you miss?
The first crossing of the day, when the river is still asleep.`;

describe('a photo caption ending in its credit, over an unlabelled question', () => {
  it('ends its paragraph: the question under it is a question of its own', () => {
    const { interview } = importOk(
      ferry('Marta Kowal in the wheelhouse of the Lauenburg ferry. Photo: Jonas Weber'),
    );
    expect(questions(interview).map((q) => q.join(' '))).toEqual([
      'When did you first take the wheel?',
      'Was it frightening?',
      'What changed most in forty years?',
      'What will you miss?',
    ]);
  });

  it('a wrapped line that only speaks of a photo still runs on', () => {
    const { interview } = importOk(
      ferry('The last crossing leaves at six.').replace(
        'Only the first fog. After that you learn to listen to the water.',
        'Only the first fog. My father kept a photo by\nthe wheel of the fog of 1962, and I looked at it.',
      ),
    );
    expect(answers(interview)).toContain(
      'Only the first fog. My father kept a photo by the wheel of the fog of 1962, and I looked at it.',
    );
  });
});

// fresh-19's Korean magazine: a gallery's photo counter under the headline ("1", "1/5").
const reader = (counter: string) => `“기자님 후배가 되고 싶어요”
${counter}
인터뷰 복이 넘친 한 주였다. 이번에는 독자 인터뷰를 맡았다. 박하늘(23·서울 마포구) 독자와 전화로 이야기를 나눴다.
- 할 일이 없어 전화를 기다리고 있었다고 했는데.
= 하하, 정말 시간이 남아서 목 빼고 기다렸다.
- 자기소개를 해달라.
= 지난해 우리 대학 미디어센터장을 맡았다. 올해 4학년이다.
- 인터뷰를 신청한 계기는.
= 독자 인터뷰에 나오는 분들 이야기가 재미있었다.
- 전공과 동아리를 보니 꿈이 기자인 것 같다.
= 기자님 후배가 되면 좋겠다. (웃음)
- 즐겨 읽는 칼럼은.
= 동네 병원 이야기, 편집 이야기, 시골살이 이야기.`;

describe("a photo counter alone on a line in the page's first lines", () => {
  it.each(['1', '1/5', '2 / 12'])('%s is furniture, dropped and reported', (counter) => {
    const { interview, dropped } = importOk(reader(counter));
    expect(dropped).toContain(counter);
    expect(interview.intro.join(' ')).not.toMatch(/^\d/u);
  });

  it('a number that answers a question stays: "How many?" / "3/5"', () => {
    const { interview } = importOk(`Rating the season with Ana Ruiz
Ana Ruiz coached the under-12s this year.
Q: How would you rate the season, out of five?
A: 3/5
Q: And next year?
A: Five. We have the players now, and they have the hunger.`);
    expect(answers(interview)).toContain('3/5');
  });
});

// fresh-19's sports page: the lead names the coach after his club ("do treinador do FC Porto,
// Luca Ferrando"); a sports club's name ("FC Porto", "AS Roma") is no person's.
const coach = (lead: string) => `Ferrando durante o treino aberto do FC Porto

${lead}

Família: "Trouxe a minha filha ao Dragão e ela sentiu-se em casa. Somos uma família, e ela sabe isso."

Críticas: "Ouço as críticas, mas não leio jornais. Trabalho com os jogadores todos os dias."

O caso Mora: "O Rodrigo é um jogador importante e vai continuar a ser. Não há nenhum caso."`;

describe("a sports club's name in the lead", () => {
  it('is not the guest: the name after it is', () => {
    const { interview } = importOk(
      coach(
        'Leia abaixo as declarações do treinador do FC Porto, Luca Ferrando, em entrevista à Sport TV.',
      ),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Luca Ferrando']);
  });

  it('a person whose first name is two capitals is still named ("AJ Lima")', () => {
    const { interview } = importOk(
      coach('Leia abaixo as declarações do treinador AJ Lima, em entrevista à Sport TV.'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['AJ Lima']);
  });
});

// fresh-19's podcast app: both hosts say their welcome, one after the other, before the guest's
// thanks; that opening is the intro, not the first question.
const episode = (second: string, reply: string) =>
  [
    'Transcript',
    'Speaker 1',
    'Welcome to Need a Lift. This is Milo.',
    'Speaker 2',
    second,
    'Speaker 3',
    reply,
    'Speaker 1',
    'So you started your own podcast. What is it about?',
    'Speaker 3',
    'Gifts, and guilt. Every week a guest brings me a gift, though I told them not to.',
    'Speaker 2',
    'Who brought the worst gift so far?',
    'Speaker 3',
    'A lamp. It was alive, I think, or at least it hummed all night.',
    'Speaker 1',
    'How do you find the guests?',
    'Speaker 3',
    'They find me. I only have to mention that there will be cake.',
  ].join('\n');

describe("two hosts' welcome before a guest's thanks", () => {
  it('is the intro: the first question is the first that asks', () => {
    const { interview } = importOk(
      episode(
        'And this is Dana. And we have a returning guest, the writer Jesse Park!',
        'Hello, hello. Thanks for having me back.',
      ),
    );
    expect(questions(interview)[0]).toEqual(['So you started your own podcast. What is it about?']);
    expect(questions(interview)).toHaveLength(3);
  });

  it("stays a question where the second host's turn asks", () => {
    const { interview } = importOk(
      episode('And this is Dana. Jesse, what brings you back?', 'Hello, hello. The cake, mostly.'),
    );
    expect(questions(interview).flat().join(' ')).toContain('what brings you back?');
  });
});

// fresh-19's Italian flipbook: bare questions over answers in quotes, the last question without "?".
const magazine = (last: string) => `Meccanica, la parola a chi la fa
Intervista alla presidente dell'associazione, Giulia Rinaldi.
Come è cambiato il settore negli ultimi anni?
“Siamo diventati più competitivi. Il miglioramento più grande riguarda la sicurezza, anche se la burocrazia spesso ci massacra”.
La presenza femminile è un segno che qualcosa sta cambiando?
“Sì, anche se il cambiamento è più esibito che operato. Conta che ci siano persone competenti”.
Quali sono le prospettive per il settore?
“Se il Governo non ridarà ossigeno alle aziende faccio fatica a vederci competitivi nei prossimi anni”.
${last}`;

describe('answers in quotes: the last question without "?"', () => {
  it('between two quoted answers, is a question', () => {
    const { interview } = importOk(
      magazine(
        'Un consiglio a chi entra oggi in azienda\n“Studiare, e non avere paura di sporcarsi le mani in cantiere”.',
      ),
    );
    expect(questions(interview).at(-1)).toEqual(['Un consiglio a chi entra oggi in azienda']);
    expect(answers(interview).at(-1)).toBe(
      '“Studiare, e non avere paura di sporcarsi le mani in cantiere”.',
    );
  });

  it('an answer that goes on unquoted after its quote stays whole', () => {
    const { interview } = importOk(
      magazine(
        'Lo ha detto anche al ministro, due volte.\n“E lo ripeterò finché serve”, aggiunge ridendo.',
      ),
    );
    expect(questions(interview)).toHaveLength(3);
  });

  it('hard-wrapped at 50 characters (a flipbook), the quoted answer starts a paragraph of its own', () => {
    const wrap = (paragraph: string) =>
      paragraph
        .split(' ')
        .reduce<string[]>((lines, word) => {
          const last = lines.at(-1);
          if (last !== undefined && `${last} ${word}`.length <= 50)
            lines[lines.length - 1] = `${last} ${word}`;
          else lines.push(word);
          return lines;
        }, [])
        .join('\n');
    const text = magazine(
      'Un consiglio a chi entra oggi in azienda\n“Studiare, e non avere paura di sporcarsi le mani in cantiere”.',
    )
      .split('\n')
      .map(wrap)
      .join('\n');
    const { interview } = importOk(text);
    expect(questions(interview).at(-1)).toEqual(['Un consiglio a chi entra oggi in azienda']);
  });
});

describe("Dutch 'Vraag:' / 'Antwoord:' labels", () => {
  const chess = `Vijf vragen aan Ruud Kramer
Ruud Kramer is sinds maart voorzitter van de schaakclub in Deventer.
Vraag: Hoe bent u begonnen met schaken?
Antwoord: Mijn opa leerde het me, op een bord zonder koningin. Die waren we kwijt.
Vraag: Wat is het mooiste aan de club?
Antwoord: De dinsdagavond. Dan speelt iedereen tegen iedereen, jong en oud door elkaar.`;

  it('say question and answer: nobody is named Vraag or Antwoord', () => {
    const { interview } = importOk(chess);
    expect(interview.people.interviewers.map((p) => p.name)).not.toContain('Vraag');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Ruud Kramer']);
  });
});

describe("a profile's role line under its headline ('Senior Software Engineer, Amsterdam')", () => {
  const profile = (lead: string) =>
    [
      'Booking.com',
      'Senior Software Engineer, Amsterdam',
      lead,
      'Q: What do you work on?',
      'A: The search page. Every millisecond counts.',
      'Q: What do you like most?',
      'A: The people, and the canal outside my window.',
    ].join('\n');

  it('names no one: the lead names the guest', () => {
    const { interview } = importOk(
      profile('Maya Lind joined Booking.com in 2019 after five years at a bank.'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Maya Lind']);
  });

  it('a name over a role still names the guest ("Maya Lind, Senior Software Engineer")', () => {
    const { interview } = importOk(
      profile('Maya Lind, Senior Software Engineer, joined in 2019.').replace(
        'Senior Software Engineer, Amsterdam',
        'Engineering profiles',
      ),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Maya Lind']);
  });
});

// fresh-19's Hebrew page opens with the site's name in Latin capitals and its slogan in Hebrew.
const hebrew = (first: string) => `${first}
"אנחנו לא קבוצת בת של אף אחד"
יו"ר הפועל כפר יונה, אבי כהן, דיבר בתוכנית "שיחת היום" ב-ONE.
מה יהיה עם המאמנים שלכם?
”קרו פה שני מקרים שונים לגמרי. בעונה שעברה המאמן עזב באמצע העונה.”
זה לא מוזר בעיניך?
”אנחנו כרגע במקום הרביעי, וזאת ליגה לא נורמלית.”
ומה המטרה העונה?
”לסיים בשמינייה הראשונה ולתת לצעירים לשחק.”`;

describe("a site's name in Latin capitals over its slogan in the page's script, first line", () => {
  it('is furniture: the headline under it is the title', () => {
    const { interview, dropped } = importOk(hebrew('ONE - מספר 1 בספורט'));
    expect(dropped).toContain('ONE - מספר 1 בספורט');
    expect(interview.title).toBe('"אנחנו לא קבוצת בת של אף אחד"');
  });

  it('a headline in Latin letters after its dash stays ("ONE - The Interview")', () => {
    const { dropped } = importOk(hebrew('ONE - The Interview'));
    expect(dropped).not.toContain('ONE - The Interview');
  });
});
