// The guest a headline or lead names by a set phrase, in the languages interviews reach us in.

import { parseDateLine } from './dates';
import { escapeRegExp } from './escape-regexp';
import { CAP, NAME, isJobTitle, isNameLine, isNotAPerson, withoutTitles } from './names';

// Hindi words before a name that are no part of it: "a", "young", "famous", "senior", and roles
// (writer, poet, actor, actress, singer, artist, leader, player, director, journalist, people).
const HINDI_ROLE =
  '(?:एक|युवा|मशहूर|प्रसिद्ध|वरिष्ठ|लेखक|लेखिका|लेखकों|कवि|कवयित्री|अभिनेता|अभिनेत्री|गायक|गायिका|कलाकार|कलाकारों|नेता|खिलाड़ी|निर्देशक|पत्रकार|आम|लोगों)';

/**
 * The guest a title or intro names by a set phrase: "spoke with NAME", "Interview with NAME",
 * "NAME: …", "Name, role …".
 */
export function namedAsInterviewee(title: string, intro: string, article = ''): string | undefined {
  // A headline's "Professor Profile: Martin Hale" is a series' name, perhaps heading related
  // links the same way: a guest's "NAME: …" comes back in the article without a colon after it,
  // if only by surname ("Jana Keller: …" / "Keller talked to us …").
  const comesBack = (name: string) => {
    const surname = name.split(/\s+/u).at(-1) ?? name;
    const word = new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})(?!\\s*[:：])`, 'u');
    return article === '' || word.test(article);
  };
  // Twice: the headline's own words are in the article too.
  const comesBackTwice = (name: string) => {
    const surname = name.split(/\s+/u).at(-1) ?? name;
    const word = new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})(?!\\s*[:：])`, 'gu');
    return (article.match(word) ?? []).length >= 2;
  };
  const headlineName = new RegExp(`^(${NAME})\\s*:`, 'u');
  // "Name, role …", or one name when a role and a quote follow: 'Toni, entrenador de los
  // lobos: "siempre quiero ganar".'
  const nameThenRole = new RegExp(`^(${NAME}|${CAP}(?=,\\s+\\p{Ll}[^:]{2,60}:)),`, 'u');
  const patterns = [
    // A profile line: "Nome: Rui Tavares".
    new RegExp(`(?:^|\\n)(?:Nome|Name|Nom|Nombre)\\s*:\\s*(${NAME})`, 'u'),
    // One who spoke with the paper ("University President-elect Mark Schindler spoke with The
    // Daily"): the guest is the one who spoke, the last two or three of their capitalised words.
    new RegExp(
      `(?<![\\p{L}-])(${CAP}(?:[ \\t]+${CAP}){1,2})\\s+(?:spoke|talked|sat down)\\s+(?:with|to)\\s+The\\s+\\p{Lu}`,
      'u',
    ),
    new RegExp(`(?:spoke|talked|speaks|talks|sat down|met)\\s+(?:with|to)\\s+(${NAME})`, 'u'),
    // French "a eu la chance de rencontrer Julien Marchetti", "nous avons interrogé …"; not a
    // lead's "Hugo Lambert a rencontré Karim Benzema à quinze ans" (someone else he met).
    new RegExp(
      `(?:(?:de|d[’']|pu)\\s*(?:rencontr|interrog|interview)er|(?:avons|ai)\\s+(?:rencontr|interrog|interview)ée?)\\s+(${NAME})`,
      'u',
    ),
    // "Interview with", its "with" in the languages interviews reach us in, and a
    // transcript's lead-in before the first question: "Parole à Moana Tehiva :".
    new RegExp(
      `(?:[Ii]nterview(?:ed|s)?|[Ii]ntervju|[Pp]arole)\\s+(?:(?:[Ww]ith|w/|mit|med|avec|con|con la|con el|à|с|з|bilan)\\s+)?(${NAME})`,
      'u',
    ),
    // A headline "Interview – NAME : « … »" (French radio's and papers' way), "INTERVIEW - NAME:".
    new RegExp(`(?:^|\\n)(?:[Ii]nterview|INTERVIEW)\\s+[–—-]\\s+(${NAME})\\s*:`, 'u'),
    // A headline naming one by a single name or nickname: "Intervju med Sparrow", "Interview with Sparrow".
    new RegExp(`^(?:[Ii]nterview|[Ii]ntervju)\\s+(?:[Ww]ith|w/|mit|med|avec)\\s+(${CAP})$`, 'mu'),
    // Portuguese and Spanish "Entrevista com/con", a role in lower case between: "Entrevista com o
    // meia Caíque Moura" (the midfielder), "Entrevista con la entrenadora Lucía Ferrer".
    new RegExp(`[Ee]ntrevista\\s+(?:com|con)\\s+(?:\\p{Ll}+\\s+){0,2}(${NAME})`, 'u'),
    // "Q&A with …", "Q & A: new rugby captain Will Barnes", "5 vragen aan Ruud Kramer", Swedish
    // "Sju frågor till …".
    new RegExp(
      `(?:[Cc]onversation|[Cc]hat|[Tt]alk|Q&A|Q & A|[Qq]uestions|[Vv]ragen|[Ff]ragen|[Ff]rågor)(?:\\s+(?:[Ww]ith|[Ff]or|to|aan|an|till)|\\s*:)\\s+(?:\\p{Ll}+\\s+){0,3}(${NAME})`,
      'u',
    ),
    headlineName,
    // An Arabic press conference of a coach, "مؤتمر لويس مارين قبل مباراة …" (a script without
    // capitals: two words, not a press conference's "صحفي", an article's "ال" or a role first:
    // "مؤتمر مدرب الأهلي قبل …", Al Ahly's coach; "رئيس النادي", the club's president).
    /(?<!\p{L})(?:مؤتمر|حوار مع) ((?!ال|صحفي|مدرب|رئيس|لاعب|مدير|وزير|نجم|قائد)\p{L}+ \p{L}+) (?:قبل|بعد|مدرب)/u,
    // Hindi: "… सुमन त्रिपाठी से बातचीत" (a conversation with), the name's two words before "से";
    // the last such line, the post's own title (a blog's tagline may say it too). Neither word
    // a role or a description: "एक युवा लेखिका से बातचीत" (with a young writer) names no one.
    // (Anchored: the last such line is the same from the start, and a text without one is read
    // once, not once from each of its characters.)
    new RegExp(
      `^[\\s\\S]*(?<!\\S)((?!(?:\\S+\\s)?${HINDI_ROLE}\\s)\\p{Script=Devanagari}+\\s\\p{Script=Devanagari}+)\\sसे\\s(?:ख़?ास\\s)?(?:बातचीत|साक्षात्कार)`,
      'u',
    ),
    // A Hindi headline's "… कैप्टन ऑलिवर ब्रूक्स बोले- …" (NAME said): the two words before "बोले"
    // or "बोलीं", neither a role nor a description.
    new RegExp(
      `(?<!\\S)((?!(?:\\S+\\s)?${HINDI_ROLE}\\s)\\p{Script=Devanagari}{2,20}\\s\\p{Script=Devanagari}{2,20})\\s(?:बोले|बोलीं)[-–—:]`,
      'u',
    ),
    // The first section's heading, a guest's name closed by a colon: "Colin Marsh:".
    new RegExp(`\\n(${NAME}):$`, 'u'),
    new RegExp(`^(${NAME})\\s+(?:on|talks|speaks|says|about|explains|answers)\\b`, 'u'),
    nameThenRole,
  ];
  // A nickname in quotes between the first name and the surname is none of the name: 'Jonas
  // "JonteK" Karlsson'.
  const nickname = /(?<=\p{Ll}) ["“„'‘][^"”“'’\s]{2,20}["”“'’](?= \p{Lu}\p{Ll})/gu;
  for (const text of [intro, title].map((t) => t.replace(nickname, ''))) {
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      const name = match?.[1];
      // An outlet is no guest: "a one-on-one interview with WBKR News" in the lead, where the
      // headline says "… interview with Governor Daniel Whitcomb".
      if (!match || !name || isJobTitle(name) || isNotAPerson(name)) continue;
      if (pattern === nameThenRole) {
        // A dateline's place is no one: "Hong Kong, 3 May 2024".
        const rest = (text.slice(match.index + match[0].length).split('\n')[0] ?? '').trim();
        if (parseDateLine(rest)) continue;
        // A series' name before a guest with academic titles and a degree: "Tokoh Inspirasi
        // Sumsel, Prof Dr Rusdi Hamzah SH: …" names Rusdi Hamzah.
        const titled = TITLED_AFTER_COMMA.exec(rest)?.[1];
        if (titled) return titled;
        // A place before the role and the name: "Hot Springs, SD City Administrator Nolan
        // Schroeder", over a lead opening on that name ("Nolan Schroeder is …").
        const lead = new RegExp(`^(${CAP}[ \\t]+${CAP})\\s`, 'u').exec(intro)?.[1];
        const person = roleRun(rest);
        if (lead && lead !== name && person?.includes(lead)) return lead;
        // A place after the person is no one ("… SD artist Jane Doe on her show in New York"
        // over "New York galleries …"): the one the role names, where the lead names them too.
        const named = person?.split(' ').slice(-2).join(' ') ?? '';
        if (
          lead &&
          rest.includes(` ${lead}`) &&
          named.includes(' ') &&
          intro.includes(named) &&
          !isJobTitle(named) &&
          !isNotAPerson(named)
        )
          return named;
      }
      if (pattern === headlineName) {
        const after = (text.slice(match.index + match[0].length).split('\n')[0] ?? '').trim();
        // A series' name over the guest's, each coming back: "Member Spotlight: Jane Doe" over
        // "This month's Member Spotlight …" and "Doe joined …".
        if (isNameLine(after) && !DETERMINERS_EN.test(after) && comesBackTwice(after))
          return withoutTitles(after);
        const holder = roleHolder(after, intro);
        if (holder) return holder;
        if (!comesBack(name)) continue;
      }
      return withoutTitles(name);
    }
  }
  return undefined;
}

const DETERMINERS_EN = /^(?:The|A|An|Our|My|Your|This|That)\s/u;

// Academic titles before a name of two or three words, perhaps a degree after it, then a colon.
const TITLED_AFTER_COMMA =
  /^(?:(?:Prof|Dr|Drs|Ir)\.? )+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?: \p{Lu}{2,3})?:/u;

/**
 * The role's capitalised words after a place and its comma, the role's title and the person it
 * names: "SD City Administrator Nolan Schroeder" in "SD City Administrator Nolan Schroeder on the
 * water main", "Jane Doe" in "SD artist Jane Doe on her show in New York" (an abbreviation alone,
 * the state's "SD", is no run of its own). Whatever capitals come after a word in lower case are
 * someone or somewhere else.
 */
function roleRun(rest: string): string | undefined {
  const runs: string[][] = [[]];
  for (const word of rest.split(/\s+/u)) {
    if (/^\p{Lu}/u.test(word)) runs.at(-1)?.push(word.replace(/[,:;.]$/u, ''));
    else if (runs.at(-1)?.length) runs.push([]);
  }
  return runs.find((run) => run.some((w) => /\p{Ll}/u.test(w)))?.join(' ');
}

/**
 * A headline's words after its colon giving the guest's role, that role before a name in the lead:
 * "South Africa: the ambassador on trade" over "Ambassador Thandi Mokoena has served …" names
 * Thandi Mokoena (the words before the colon are a place's).
 */
function roleHolder(after: string, intro: string): string | undefined {
  const role = /^(?:the|[\p{Lu}][\p{L}\p{M}]*[’']s)\s+(?:new\s+)?(\p{Ll}+)\b/u.exec(after)?.[1];
  // An office a place holds, as a country's or a city's headline gives it; not a coach's or an
  // editor's ("Jane Doe: the coach who …" over "When Coach Tom Lee left, …").
  if (
    !role ||
    !/^(?:ambassador|consul|envoy|minister|president|premier|governor|mayor)$/u.test(role)
  )
    return undefined;
  const titled = role.charAt(0).toUpperCase() + role.slice(1);
  const name = new RegExp(`(?<!\\p{L})${titled}\\s+(${NAME})`, 'u').exec(intro)?.[1];
  return name && withoutTitles(name);
}
