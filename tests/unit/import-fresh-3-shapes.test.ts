import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';
import type { Interview } from '../../src/interview/schema';

// Rules prompted by the fresh-3 pages (tests/fixtures/import/fresh-3): each is
// checked here on text of its own, as a caller of importArticle sees it.
const turns = (interview: Interview) =>
  interview.sections.flatMap((s) => s.questions.map((q) => [q.question, q.answer]));

describe('a question run in with its answer', () => {
  it('is split from the answer where the page sets every question so', () => {
    const { interview } = importOk(`8 questions for Dara Lennon
Why Substack? I started in 2021 knowing little about it.
How long did it take to find your groove? I'm not sure I have found it yet.
What's next? A collection, maybe, if a publisher wants one.`);
    expect(turns(interview)).toEqual([
      [['Why Substack?'], ['I started in 2021 knowing little about it.']],
      [['How long did it take to find your groove?'], ["I'm not sure I have found it yet."]],
      [["What's next?"], ['A collection, maybe, if a publisher wants one.']],
    ]);
  });

  it('reads numbered questions glued to their answers', () => {
    const { interview } = importOk(`The state of packaging
1.    Will sustainability concerns level off? That depends on how you view it.
2.    Which trend is overhyped? Anything sold as smart without a reason.
3.    Which trend is underrated? Right-sizing, because shipping air costs money.`);
    expect(questions(interview)).toEqual([
      ['Will sustainability concerns level off?'],
      ['Which trend is overhyped?'],
      ['Which trend is underrated?'],
    ]);
  });

  it('leaves an answer that opens with a rhetorical question whole where questions stand alone', () => {
    const { interview } = importOk(`Why did you leave the lab?
Why does anyone leave? Because the work had moved elsewhere.
What did you take with you?
Why would I take anything? The notebooks belong to the lab.
Where do you work now?
Why not guess? At the museum, on the same collection.
Was it worth it?
Yes.`);
    expect(turns(interview)[1]).toEqual([
      ['What did you take with you?'],
      ['Why would I take anything? The notebooks belong to the lab.'],
    ]);
    expect(questions(interview)).toHaveLength(4);
  });
});

describe('a page that labels only the answers', () => {
  it('reads each unlabelled paragraph before a labelled answer as the question, "?" or not', () => {
    const { interview } = importOk(`Entre líneas
¿Qué recuerda de su primera entrevista?
Zuleta: Los nervios. ¿Me pregunta por la primera de todas?
La primera primera.
Zuleta: Entonces sí, los nervios.
¿Quién fue el entrevistador?
Zuleta: Nadie, en realidad.`);
    expect(turns(interview)).toEqual([
      [
        ['¿Qué recuerda de su primera entrevista?'],
        ['Los nervios. ¿Me pregunta por la primera de todas?'],
      ],
      [['La primera primera.'], ['Entonces sí, los nervios.']],
      [['¿Quién fue el entrevistador?'], ['Nadie, en realidad.']],
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Zuleta']);
  });

  it('still reads a labelled question that goes on in an unlabelled paragraph', () => {
    const { interview } = importOk(`Berg: You moved north in 2019.
What took you there?
Novak: A job at the river station.
Berg: The station closed last year.
What now?
Novak: The same river, another station.`);
    expect(turns(interview)).toEqual([
      [['You moved north in 2019.', 'What took you there?'], ['A job at the river station.']],
      [['The station closed last year.', 'What now?'], ['The same river, another station.']],
    ]);
  });

  it('joins a label broken from its colon and spells out initials the answers give', () => {
    const { interview } = importOk(`Un avant-match présidentiel
    Présentez-vous ? (Nom, âge)
    CG
     : Bonjour, je m'appelle Claude Garnier, j'ai 52 ans.
    OD : Olivier Delmas, 40 ans.
    Un pronostic pour samedi ?
    CG : Un match nul.
    OD : Une victoire, 3-1.`);
    expect(turns(interview)[0]).toEqual([
      ['Présentez-vous ? (Nom, âge)'],
      ["Bonjour, je m'appelle Claude Garnier, j'ai 52 ans.", 'OD: Olivier Delmas, 40 ans.'],
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual([
      'Claude Garnier',
      'Olivier Delmas',
    ]);
  });
});

describe('a panel answering as "First name, Newsletter:"', () => {
  it('keeps a panellist who quotes a question as one who answers', () => {
    const { interview } = importOk(`What we learned
Q: How often should writers publish?
Wes, Tally Daily: I write a daily newsletter.
You should ask yourself, “How often do I need to send it?” and set the pace.
Dana, Links & Lists: Once a week.
Q: How did you find readers?
Wes, Tally Daily: Other newsletters.
Dana, Links & Lists: Friends, then friends of friends.`);
    expect(turns(interview)).toEqual([
      [
        ['How often should writers publish?'],
        [
          'I write a daily newsletter.',
          'You should ask yourself, “How often do I need to send it?” and set the pace.',
          'Dana: Once a week.',
        ],
      ],
      [
        ['How did you find readers?'],
        ['Other newsletters.', 'Dana: Friends, then friends of friends.'],
      ],
    ]);
  });
});

describe('hard-wrapped text from a printed page', () => {
  it('ends a paragraph at a closing „…“ quote and carries a hyphenated word over a short line', () => {
    const { interview } = importOk(`Forschung im Landkreis
39
auch von hier aus mitspielen. Wenn wir bei den großen Zu-
kunftsthemen dabei sein wollen, geht das nur gemeinsam mit
den Unternehmen in der Region und mit den Hochschulen.“
Wie wird die Universität im Vergleich mit anderen Hochschulen
dieser Art bei den Zukunftsthemen wahrgenommen?
Ich denke, dass man uns kennt, bundesweit und über die Gren-
zen hinaus. Das liegt an herausragenden Forschungsprojekten.“
Kommen die Ergebnisse der Forschung auch in der Lehre an,
und woher wissen Sie, welche The-
men aus der Wirtschaft in die Ausbildung gehören?
Universitäre Lehre heißt, dass Forschung und Lehre zusammen-
gehören. Die Grundlagen bleiben im Grundstudium gleich.“`);
    expect(questions(interview)).toEqual([
      [
        'Wie wird die Universität im Vergleich mit anderen Hochschulen dieser Art bei den Zukunftsthemen wahrgenommen?',
      ],
      [
        'Kommen die Ergebnisse der Forschung auch in der Lehre an, und woher wissen Sie, welche The- men aus der Wirtschaft in die Ausbildung gehören?',
      ],
    ]);
    expect(interview.intro.join(' ')).toContain('auch von hier aus mitspielen.');
  });
});

describe('the interviewee named in the intro', () => {
  it('is a person, not a possessive phrase of the headline', () => {
    const { interview } = importOk(`The State of Packaging in Today's Market (Interview 6)
In Today's Market we go from designer to packaging editor Joel Prewitt of Packaging Outlook.
1. Will sustainability concerns level off?
No, they will rise.
2. Which trend is overhyped?
Smart boxes.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Joel Prewitt']);
  });
});

describe('HTML tags in the text', () => {
  it('are kept where the prose names them and the page carries no markup', () => {
    const { interview } = importOk(`Q: How do you lay out a card?
A: I wrap it in a <div> and put the title in a <span>, never a <b>.
Q: And paragraphs?
A: Each one gets its own <p>, even a short one.`);
    expect(turns(interview).map(([, answer]) => answer)).toEqual([
      ['I wrap it in a <div> and put the title in a <span>, never a <b>.'],
      ['Each one gets its own <p>, even a short one.'],
    ]);
  });

  it('go where the page was copied with its markup, except one named mid-sentence', () => {
    const { interview } = importOk(`<strong>Q:</strong> How do you lay out a card?<br />
<strong>A:</strong> I wrap the title in a <span> and the rest in <em>plain</em> text.<br />
<strong>Q:</strong> And paragraphs?<br />
<p><strong>A:</strong> Each one gets its own.</p><br />`);
    expect(turns(interview)).toEqual([
      [
        ['How do you lay out a card?'],
        ['I wrap the title in a <span> and the rest in plain text.'],
      ],
      [['And paragraphs?'], ['Each one gets its own.']],
    ]);
  });
});

describe('a menu of plain words on one line', () => {
  it('is dropped, in English, French or German, while a headline of the same look stays', () => {
    const { interview, dropped } = importOk(`Home About Services Portfolio Articles Contact
News From The Club
Accueil Équipes Calendrier Galerie Contact
Q: What changed this season?
A: We train twice a week now.
Q: Why?
A: The pitch is ours on Tuesdays as well.
Kontakt Impressum Datenschutz Barrierefreiheit`);
    expect(dropped).toEqual([
      'Home About Services Portfolio Articles Contact',
      'Accueil Équipes Calendrier Galerie Contact',
      'Kontakt Impressum Datenschutz Barrierefreiheit',
    ]);
    expect(interview.title).toBe('News From The Club');
  });

  it('keeps a short headline after a one-word menu item', () => {
    const { interview, dropped } = importOk(`Club Partners Shop Tickets
News
Nearly flawless evening
Press conference by the head coach after the win.
Q: How did it go?
A: Close to a complete match.
Q: And the captain?
A: He will play on Saturday.`);
    expect(dropped).toEqual(['Club Partners Shop Tickets', 'News']);
    expect(interview.title).toBe('Nearly flawless evening');
  });
});

describe('site, e-mail and blog furniture', () => {
  it('drops a press-contact box, a logo, the site address and a phone line', () => {
    const { interview, dropped } = importOk(`http://www.tu-waldberg.de
Logo TU Waldberg
Ansprechpartner
Mara Feldner
Pressesprecherin
Telefon +49 3677 69-5110
E-Mail senden
"Die großen Fragen löst die Forschung"
Am 17. Juni ist Professor Peter Hartung aus dem Amt geschieden.
Wann hat Sie die Chemie gepackt?
Schon in der Schule.
Was geben Sie Ihrem Nachfolger mit?
Geduld.
Seite drucken
nach oben`);
    expect(dropped.slice(0, 7)).toEqual([
      'http://www.tu-waldberg.de',
      'Logo TU Waldberg',
      'Ansprechpartner',
      'Mara Feldner',
      'Pressesprecherin',
      'Telefon +49 3677 69-5110',
      'E-Mail senden',
    ]);
    expect(interview.title).toBe('"Die großen Fragen löst die Forschung"');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Peter Hartung']);
  });

  it('keeps an address the answer introduces', () => {
    const { interview } = importOk(`Q: Where can readers find the report?
A: It is online, here:
https://example.org/report
Q: And next year?
A: Another one.`);
    expect(turns(interview)[0]?.[1]).toEqual(['It is online, here:', 'https://example.org/report']);
  });

  it('drops an e-mail newsletter’s frame and the footer links after the last answer', () => {
    const { dropped } = importOk(`Having trouble viewing this email? Click here
MWPA: What is your role?
Martin Reyes: I advise packaging firms.
MWPA: What changed most?
Martin Reyes: Speed.
Register Now
Quick Links
Conference Agenda
Hotel Information
Join Our Mailing List!
Forward email
This email was sent to members@example.org by info@mwpa.example.org.
Update Profile/Email Address | Instant removal with SafeUnsubscribe™ | Privacy Policy.`);
    expect(dropped).toEqual([
      'Having trouble viewing this email? Click here',
      'Register Now',
      'Quick Links',
      'Conference Agenda',
      'Hotel Information',
      'Join Our Mailing List!',
      'Forward email',
      'This email was sent to members@example.org by info@mwpa.example.org.',
      'Update Profile/Email Address | Instant removal with SafeUnsubscribe™ | Privacy Policy.',
    ]);
  });

  it('drops a Spanish blog’s furniture and whatever follows its comment header', () => {
    const { interview, dropped } = importOk(`Entre líneas
¿Qué recuerda?
Zuleta: Los nervios.
¿Y después?
Zuleta: La calma.
Publicado por Camila Restrepo en 10:42
No hay comentarios:
Publicar un comentario
Entrada más reciente Entrada antigua Página principal
Suscribirse a: Enviar comentarios (Atom)`);
    expect(dropped).toHaveLength(5);
    expect(turns(interview).at(-1)).toEqual([['¿Y después?'], ['La calma.']]);
  });

  it('keeps an author with a bio as the byline and drops a lone name-like footer line', () => {
    const { interview, dropped } = importOk(`Q: Why bees?
A: Because they are everywhere.
Q: And wasps?
A: Those too.
Ann Lee
Ann Lee writes about insects for the county paper and keeps three hives.
Conference Agenda`);
    expect(interview.byline).toEqual([
      {
        name: 'Ann Lee',
        bio: 'Ann Lee writes about insects for the county paper and keeps three hives.',
      },
    ]);
    expect(dropped).toEqual(['Conference Agenda']);
  });
});
