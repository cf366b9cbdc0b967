import { describe, expect, it } from 'vitest';
import { measureFidelity } from '../../scripts/lib/import-fidelity';

// Re-typed interview pages of many shapes (tests/fixtures/import/cases.json):
// the importer must read the tuning set cleanly and all 23
// held-out pages, and refuse none.
describe('importer fidelity on real page shapes', { timeout: 60_000 }, () => {
  const results = measureFidelity();

  it('reads every page of the tuning set cleanly', () => {
    const unclean = results.filter((r) => r.set === 'tune' && !r.clean);
    expect(unclean.map((r) => `${r.file}: ${r.problems.join('; ')}`)).toEqual([]);
  });

  it('reads all 23 held-out pages cleanly and refuses none', () => {
    const heldOut = results.filter((r) => r.set === 'held-out');
    expect(heldOut).toHaveLength(23);
    expect(heldOut.filter((r) => r.refused)).toEqual([]);
    expect(heldOut.filter((r) => r.clean).length).toBe(23);
  });

  // Sets of ten pages from publications the importer had not seen, each measured before the
  // rules it prompted; each line holds the figure after them.
  // - fresh (session 4): 0 of 10 clean before (blog furniture, footers, dash-only questions,
  //   first-name labels, glued image names), 8 after, 9 with session 13's furniture rules.
  // - fresh-2 (session 12): 1 of 10 and one refused (BBCode bold) before (greeting turns, dashed
  //   metadata, comment sections, surnames in capitals, markup tags), 2 after, 4 with session 13's.
  // - fresh-3 (session 13): 0 of 10 and one refused (numbered questions glued to their answers)
  //   before (run-in questions, pages labelling only the answers, printed hyphenation, menus,
  //   e-mail, newsletter and blog furniture), 9 after.
  // - fresh-4 (session 13, measured after fresh-3's rules): 2 of 10 and one refused (a related
  //   link ending in "?" after a Polish "Czytaj także") before (Polish share and related-links
  //   lines, Portuguese and Polish menus), 2 and none refused after.
  // - fresh-5 (session 14, measured after fresh-4's rules): 1 of 10 and none refused before;
  //   questions 41/48 (many cut in the wrong place), noise dropped 3/7, no body line lost
  //   (labels kept in the question: a site's name 'ANPFIFF1:', initials with a full stop 'GC.',
  //   initials glued to a dash 'A.B-'; P-/R- pairs on one line; bare questions answered on the
  //   next line; a question over two lines; an image file name, a tag line and photo captions
  //   kept; interviewees named from the wrong line). After its rules (no longer unseen):
  //   labels ending in digits and initials closed by a full stop, 3; file names with spaces (and
  //   tag runs, later dropped for the budget), 4; question/answer pairs side by side and answers
  //   left unlabelled, 5; interviewees named from brackets, headlines and lead-ins, 7.
  // - fresh-6 (session 15, measured after fresh-5's rules): 0 of 10 and none refused before;
  //   questions 43/70, noise dropped 31/49, and 34 lines dropped that are not noise: every
  //   'Speaker 1'/'Speaker 2' label and bare time of a transcript whose labels stand on lines of
  //   their own (numbered questions without a stop '1 Pourquoi…?', answers repeating their
  //   question's number, all questions printed before all answers, a profile line 'Nome: …' taken
  //   for a label, answers right under a question labelled by an editor's name, an unlabelled
  //   first question, menus and a player's lines kept; interviewees named from the wrong line).
  //   After its rules (no longer unseen): menu bars, breadcrumbs and a player's lines, 2;
  //   numbered questions in order and answers repeating the number, 3; a transcript's speaker
  //   over the time (no line lost), 3; profile lines and a guest asking back, 4; a described
  //   label, 4; editors taking turns, 4; a profile line's name, 5; a questionnaire's answers
  //   printed after all its questions, 6.
  // - fresh-7 (session 16, measured after fresh-6's rules): 1 of 10 clean and one refused (a
  //   Norwegian page whose dashed prompts end in a colon) before; questions 30/37, noise dropped
  //   2/5, no body line lost (a first question sharing its answer's paragraph, a question glued
  //   to the answer before or printed inside it, reporters' topic lines without '?', em-dash
  //   questions under a heading ending in '?', a blog's teaser and post lines kept; interviewees
  //   named from a translator's credit, a podcast's name or the second guest). After its rules
  //   (no longer unseen): a transcript's 'Name (mm:ss):' lines, a welcome to two guests and an
  //   empty 'Links:', 2; a band's guests labelled once and reporters' topic lines, 4; dashed
  //   prompts ending with a colon, 5 and none refused; a blog's teaser and post line, 6;
  //   em-dash questions over answers labelled once, 7; a question glued to the answer before,
  //   8. A headline read as the first heading naming the guest took fresh-6 to 7.
  // - fresh-8 (session 17, measured after fresh-7's rules): 1 of 10 clean and none refused
  //   before; questions 40/44, noise dropped 10/33, and 10 lines dropped that are not noise: every
  //   'П. Зорин' / 'И. Самойлов' label of a radio transcript whose labels stand over a bar line '―'
  //   (turns after lines holding only '-', a welcome and a host's interjection, dashes kept at the
  //   start of questions when questions and answers alternate with dashes, a topic prompt without
  //   '?' answered 'A:', a bulleted menu printed twice with its theme's lines, a 'This Article is
  //   From' line, a lone 'interview' tag, a photo caption with its credit or split over two lines
  //   kept; interviewees named from a menu item, a lead's capitalised first word, a club, or a
  //   surname label instead of the lead's full name). Its trade page was then found to repeat
  //   fresh-3's and was replaced (a magazine's digital edition): first measured with the final
  //   ten, 2 of 10 clean, questions 42/46, noise dropped 9/30, 10 lines lost. After its rules
  //   (no longer unseen): a speaker over a bar line, no line lost; a host's reply to a guest
  //   asking back, 3; a news theme's bulleted menu, 4; a name with an initial, topic lines
  //   heading sections and 'This Article is From', 5; 'N vragen aan NAME', 6; a pull quote, 7;
  //   a lone 'interview', 8; the name a headline gives by surname, 9 (a topic line before a
  //   labelled answer also took held-out to 21 of 23; a text opening on its first exchange run
  //   into one paragraph took fresh-7 to 9).
  // - fresh-9 (session 18, measured after fresh-8's rules): 0 of 10 clean and two refused (quoted
  //   answers run in after each question with pull quotes before them; a whole interview run
  //   into one paragraph with glued numbers '1What …'); questions 38/52, noise dropped 10/64, 6
  //   lines lost: a catalogue's 'HL:' / 'JR:' labels on lines of their own (a portal's menu of
  //   names of things, share buttons, 'Q1:'/'A1:' taken for people, 'Q- …? A - …' on one line,
  //   statements for questions after the last '?' and in short interviews; interviewees named
  //   from a subheading, a place before the name, a German genitive). After its rules (no
  //   longer unseen): a name alone over the words, none lost, 1; a portal's long menu and
  //   share buttons, 2; numbered labels and a place before a name, 3; the run after the last
  //   question, 4; an answer label after '?', 5; a pull quote before a run-in question, 6 and
  //   one refused; glued numbers, 7 and none refused (fresh-4 41 -> 46 of 51 questions); short
  //   interviews' odd runs (fresh-4 47); a name an answer opens with, 8; a title-case headline
  //   passed over for the guest's name, 9. Italian comment lines took fresh-4 to 3 of 10.
  // - fresh-10 (session 19, measured after fresh-9's rules): 3 of 10 clean and none refused
  //   before; questions 54/59 (cut in the wrong place on four pages), noise dropped 5/7, 39 lines
  //   lost: a Japanese column's hard-wrapped lead dropped as a menu and its speaker lines ('森川'
  //   alone on a line, '──' for the interviewer) as repeated lines (a surname and an ideographic
  //   space after '石田', 'R.' asking where 'Ro.' answers, 'Our Take:' taken for a guest, a Romanian
  //   skip link and a date with its weekday kept; interviewees named from headlines, a greeting, a
  //   surname alone, a Balinese name without its 'I'). After its rules (no longer unseen):
  //   CJK punctuation in menu items, 28 fewer lost; bar and name lines as turns, none lost;
  //   ideographic-space labels; skip links in eight languages, 4; 'R.' asking, 5; notes in the
  //   writer's voice, 59/59; weekday dates, 7/7 noise; Japanese full names, 7; a one-letter word
  //   before initials, 8; 'Interview With A …' and a greeted guest, 9.
  // - fresh-11 (session 20, measured after fresh-10's rules): 2 of 10 clean and one refused before
  //   (an oral history run into one paragraph); questions 37/44 (cut in the wrong place on five
  //   pages), noise dropped 0/8, none lost. After its rules: 'continue reading' links, a cut copy
  //   of the headline and a call in capitals, 3; 'Name – VOA:' and 'Đại sứ Harlow:' labels, 4;
  //   a WebVTT transcript's voice tags and cue timings, 5; labels run in with one long paragraph
  //   ('Ellen Marsh:' then 'EM:'), 6 and none refused.
  // - fresh-12 (session 21, measured after fresh-11's rules): 2 of 10 clean and one refused before
  //   (an Arabic page's 'س' / 'ج ـ' on lines of their own); questions 42/47, noise dropped 1/24,
  //   none lost. After its rules: furniture (menus, RSS, a transcript credit, a sign-up wall, a
  //   podcast's subscribe line, a copyright line opening with the title, Korean notices, dashed
  //   metadata labels, 'Baca juga'), 4; Arabic labels, 5 and none refused; '?' for lost letters
  //   in a wrongly encoded page, 6; a one-guest welcome and thanks as intro, 7; an 'ask me
  //   anything' thread's karma lines as handles, 8; 'Bupati Dewi' named past a place, 9.
  // - fresh-13 (session 22, measured after fresh-12's rules): 0 of 10 clean and two refused before
  //   (a Hindi blog's dashed questions ending with '।', a Japanese dialogue under surnames alone
  //   on lines); questions 35/75 (74 after a miscount in the case file was put right), noise
  //   dropped 11/49, one line lost (an A-Z feature's headline). After its rules: a hyphen joining
  //   a word and an A-Z's lettered items no labels, its headline kept, none lost; furniture
  //   (WordPress, Blogger in Hindi, 'Ver vídeo', 'Back to …', a letter-spaced menu), 3; lettered
  //   items starting paragraphs, 4; dashed questions where nothing asks with '?', 1 refused; a
  //   Japanese dialogue under two names, 'か。' asking, none refused; mixed-case initials, 5;
  //   a menu past a name-like item and profile lines (the career profile's 6 questions); a
  //   chat's readers used once, 6; a Hindi headline's name, 7; the page's links after a
  //   dialogue's last turn and a pager, 8; a profile's name-only headline, 9.
  // - fresh-14 (session 23, measured after fresh-13's rules): 1 of 10 clean and none refused before
  //   (post-match press conferences in Russian, Japanese and Chinese, a video page's mm:ss
  //   transcript, three Turkish pages, an admissions blog, a student booklet, a curator series);
  //   questions 28 found for 33, noise dropped 34/55, none lost. After its rules: reading-time,
  //   follower and post-age lines, Turkish Blogger, Japanese and Chinese related lists, 3; Chinese
  //   '关于…' topic lines as questions where fewer paragraphs ask, 4 and none refused.
  // - fresh-15 (session 23 held out, measured after fresh-13's rules; no longer held out from
  //   session 24): 0 of 10 clean and three refused before (a Greek page asking with ';', a Thai
  //   column with no question marks, nine questions run into one paragraph); questions 46 for 63,
  //   noise dropped 2/13 on main d78e5a2, none lost. After its rules: a councillor's title and
  //   'Entrevista com', a profile's first-name headline and a capitals name line, furniture (a
  //   show's calls, a back link, a broken kicker, a banner, a promotion box), 3; a show's
  //   timestamped hosts and chapters, 4; a numbering started again, 5; a Korean caption's name
  //   and a platform's counters, 7; Greek ';' (two refused, 49 for 63).
  const unseenSets = [
    { set: 'fresh', clean: 10 },
    { set: 'fresh-2', clean: 4 },
    { set: 'fresh-3', clean: 9 },
    { set: 'fresh-4', clean: 3 },
    { set: 'fresh-5', clean: 7 },
    { set: 'fresh-6', clean: 7 },
    { set: 'fresh-7', clean: 9 },
    { set: 'fresh-8', clean: 9 },
    { set: 'fresh-9', clean: 9 },
    { set: 'fresh-10', clean: 9 },
    { set: 'fresh-11', clean: 6 },
    { set: 'fresh-12', clean: 9 },
    { set: 'fresh-13', clean: 9 },
    { set: 'fresh-14', clean: 4 },
  ];
  for (const { set, clean } of unseenSets) {
    it(`reads at least ${clean} of the 10 ${set} pages cleanly and refuses none`, () => {
      const pages = results.filter((r) => r.set === set);
      expect(pages).toHaveLength(10);
      expect(pages.filter((r) => r.refused)).toEqual([]);
      expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(clean);
    });
  }

  it('reads at least 7 of the 10 fresh-15 pages cleanly and refuses at most two', () => {
    const pages = results.filter((r) => r.set === 'fresh-15');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused).length).toBeLessThanOrEqual(2);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(7);
  });

  // - fresh-16 (session 24 held out, no longer from its second half): 2 of 10 clean and three
  //   refused before (Arabic '؟', a dash rule with run-in answers, a press conference in one
  //   paragraph); 38 for 55, noise 29/63. After its rules ('؟', a transcript's 'Name: mm:ss' and
  //   two hosts, the dash rule, Blogger's and an image's name, the guest's name, a blog's menu):
  //   6 of 10, one refused, 49 for 55, noise 48/63, none lost. Session 25: the Italian
  //   newsletter's chef named from its headline ('… “La Loggia” Dario.'), 7 of 10.
  it('reads at least 7 of the 10 fresh-16 pages cleanly and refuses at most one', () => {
    const pages = results.filter((r) => r.set === 'fresh-16');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused).length).toBeLessThanOrEqual(1);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(7);
  });

  // - fresh-17 (session 25, held out for its first measurement on main a17273c): 2 of 10 clean and
  //   one refused before (a Japanese 'Q '/'A ' interview without colons); 35 for 39, noise 54/77,
  //   none lost. After its rules (a one-word menu in the first lines, 'Q '/'A ' labels, a label
  //   shortened after its first use, a host's interjection, capitals file names, Joomla's lines and
  //   a syndication credit, Devanagari initials): 5 of 10, none refused, 39 of 39, noise 73/77.
  it('reads at least 5 of the 10 fresh-17 pages cleanly and refuses none', () => {
    const pages = results.filter((r) => r.set === 'fresh-17');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(5);
  });

  // - fresh-18 (session 26, held out for its first measurement on main 4a7b0be): 0 of 10 clean and
  //   one refused before (ten run-in questions in one paragraph); 46 for 62, noise 36/73, none lost.
  //   After its rules (list lines no guests, 'Name (mm:ss):' turns timed and joined, lower-case
  //   handles, exchanges two spaces apart, 'WhatsApp.' answering, a series' name before a
  //   headline's colon): 1 of 10, none refused, 60 for 62, noise 40/73.
  it('reads at least 1 of the 10 fresh-18 pages cleanly and refuses none', () => {
    const pages = results.filter((r) => r.set === 'fresh-18');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(1);
    // Session 33 (importer2): the prime minister's transcript archive page is clean.
    expect(pages.find((r) => r.file.includes('en-gov-pm-transcript'))?.clean).toBe(true);
  });

  // - fresh-19 (session 27, held out for its first measurement on main c44bded): 3 of 10 clean and
  //   one refused before (a TV interview told as topic labels); 41 for 49, noise 22/42, 14 lines
  //   lost (a podcast app's 'Speaker N' lines). After its rules ('Speaker N' lines as labels,
  //   header buttons in other languages, a breadcrumb, topic-quote lines, German office titles, a
  //   Korean name with age, a flipbook's page name, a station's disclaimer, podcast-app lines):
  //   4 of 10, none refused, 47 for 49, noise 37/42, none lost. Session 28 (a photo counter, a
  //   club's name passed over for the coach's, two hosts' welcome as intro, a last question without
  //   '?' between quoted answers): 7 of 10, 47 for 49, noise 38/42. Session 31 (importer2: Korean
  //   most-read headings, a radio host's greeting by name opening unlabelled turns): 9 of 10, 49
  //   of 49, noise 42/42.
  it('reads at least 9 of the 10 fresh-19 pages cleanly and refuses none', () => {
    const pages = results.filter((r) => r.set === 'fresh-19');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(9);
  });

  // - fresh-20 (session 28, held out; first measured on main 6f6f3b1): 0 of 9 clean, one refused
  //   (a Japanese mock interview's '――' questions), 25 for 33, noise 13/31, none lost. After the
  //   lead's rules ('――' questions, Polish and labelled Spanish dates, Spanish follow and
  //   newsletter lines, wiki furniture): none refused, 28 for 33, noise 21/31. 6 of 9 clean after
  //   session 29; 7 after session 31's (importer2) Spanish 'Lee también' and the links under it.
  it('refuses none of the 9 fresh-20 pages, reads at least 7 cleanly, finds 28 questions', () => {
    const pages = results.filter((r) => r.set === 'fresh-20');
    expect(pages).toHaveLength(9);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(7);
    expect(pages.reduce((n, r) => n + r.questions.found, 0)).toBeGreaterThanOrEqual(28);
  });

  // - fresh-21 (session 28, held out; first measured on main 6f6f3b1): 0 of 10 clean, one refused
  //   (a Japanese paper's '―' questions with 「…」 answers), 25 for 34, noise 54/79, none lost.
  //   After session 28's rules: none refused, 28 for 34, noise 56/79. 7 of 10 clean after
  //   sessions 29 and 30; 8 after session 31's (importer2) accessibility toolbar lines.
  it('refuses none of the 10 fresh-21 pages, reads at least 8 cleanly, finds 28 questions', () => {
    const pages = results.filter((r) => r.set === 'fresh-21');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(8);
    expect(pages.reduce((n, r) => n + r.questions.found, 0)).toBeGreaterThanOrEqual(28);
  });

  // - fresh-23 (session 29, held out; first measured on main 3241f51): 0 of 10 clean, none
  //   refused, 53 for 54 questions, noise 74/102, and one line lost: a student daily's short
  //   headline ('Schindler Q&A', two words) dropped as the last item of the menu above it (fixed
  //   at once).
  it('refuses none of the 10 fresh-23 pages and finds at least 53 questions', () => {
    const pages = results.filter((r) => r.set === 'fresh-23');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.reduce((n, r) => n + r.questions.found, 0)).toBeGreaterThanOrEqual(53);
  });

  // - fresh-24 (session 30, held out; first measured on main d849fb5): 0 of 10 clean, two
  //   refused (a Polish questionnaire of numbered questions and dashed answers run into one
  //   paragraph; a Senate hearing's OCR'd transcript run into one paragraph under 'Senator NAME.'
  //   labels), 58 questions found for 70 (a press conference's 'Name: (mm:ss)' label lines read
  //   as answers, 8 for 3; a roundtable's director lines read as questions, 10 for 2), noise
  //   29/71, no line lost, no word vanished. Session 30's fixtures helper: the questionnaire
  //   read (18 of 18, its dashed answers split off), 63 read; the hearing read under its
  //   'Senator NAME.' labels (7 of 7), 70 read, none refused. Session 31's importer: related
  //   and comment headings in Dutch, Korean and Turkish, Italian and Turkish date lines, a
  //   Blogger masthead, '1.- ' numbers, honorifics and Dutch trades, a class year, a clip's
  //   catalogue record and a printed page number, a questionnaire's name: 7 of 10 clean; then
  //   full-name labels, a glued breadcrumb, a service's advert, a menu in capitals, Turkish
  //   offices, a Japanese back link, name line and Latin masthead: 10 of 10, noise 71/71.
  it('reads all 10 fresh-24 pages cleanly and all 70 of their questions', () => {
    const pages = results.filter((r) => r.set === 'fresh-24');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBe(10);
    // No page counts above its expectation: a page read with too many questions neither hides a
    // miss on another nor fails this once it is read right.
    const read = pages.reduce((n, r) => n + Math.min(r.questions.found, r.questions.expected), 0);
    expect(read).toBeGreaterThanOrEqual(70);
  });

  // - fresh-25 (session 31, held out; first measured on main 524bb70): 0 of 10 clean, four
  //   refused (an Arabic interview run into one paragraph with ' ؟ • ' joints; a Greek briefing
  //   glued into one line under capitals surname labels; a Russian portal's '— question? —
  //   answer' paragraphs; a Hindi page labelled 'सवाल- '/'जवाब- '), 29 questions found for 70 (a
  //   Hebrew forum thread's numbered questions answered in the next paragraph, 1 for 17; a
  //   bullet alone on its line, 6 for 7), noise 36/76, no line lost, no word vanished. Session
  //   31's fixtures helper (Hindi labels, capitals surnames run in, '— question? — answer' and
  //   '؟ •' paragraphs, a lone bullet, guests named from credits, acronyms, nicknames and
  //   titles): 2 of 10 clean, none refused, 54 read, noise 57/76. Session 32's importer helper
  //   (numbered questions answered by a numbered reply, greetings, titles, tags, mastheads,
  //   menus, weekday dates, an archive's chrome, run-in subheadings): 9 of 10 clean, all 70
  //   read, noise 76/76 (the Arabic mirror's guest is unnamed). Session 33 (importer2): 10 of
  //   10, the Arabic mirror's guest read whole from the lead (headline-surname.ts).
  it('reads all 10 fresh-25 pages cleanly and all 70 of their questions', () => {
    const pages = results.filter((r) => r.set === 'fresh-25');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(10);
    // No page counts above its expectation, as for fresh-24.
    const read = pages.reduce((n, r) => n + Math.min(r.questions.found, r.questions.expected), 0);
    expect(read).toBeGreaterThanOrEqual(70);
  });

  // - fresh-26 (session 32, held out; first measured on main ccc4b22): 0 of 10 clean, two
  //   refused (a Thai portal's exchanges run into one paragraph under 'ถาม : '/'ตอบ : '; a
  //   Persian magazine page run into one paragraph, questions opening '— '), 45 questions found
  //   for 62 (a Swahili blog's hard-wrapped 'SWALI;' turns and capitals name labels, 3 for 6),
  //   noise 63/116, 11 lines lost (the Swahili page's label lines, a committee page's heading),
  //   no word vanished. Session 32's fixtures helper: Thai labels run into one paragraph, one
  //   refused, 53 read; dashed questions run in with their answers, 1 clean, none refused, 59; labels a hard wrap broke
  //   ('SWALI;' over its words, 'JUMA' / 'KITWANA; …'), 62 read, 9 of the lost lines kept; a
  //   line printed twice kept apart from its copy and Blogger's listing line, one line lost;
  //   a record site's alert, share and link lines, none lost; a newsroom's byline, Portuguese
  //   share, related and cookie lines, 2 clean; a Reddit front end's comment heads and counts, 3;
  //   a Finnish WordPress footer, 4. Session 32's second round (fixtures): a record site's
  //   source line, 5; its photo lines and witnesses' names as speakers; a press release's boxes
  //   and header, 6; an image's Markdown row and caption cell, 7; a byline broken after 'NA';
  //   Blogger's lower-case name and tagline, 8; Thai related and share lines (noise 116/116).
  //   Session 33 (importer): a team named before its player is no guest, 9; the name a Thai
  //   headline and its lead both open on, 10.
  it('reads all 10 fresh-26 pages cleanly, refuses none and reads 62 questions', () => {
    const pages = results.filter((r) => r.set === 'fresh-26');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBe(10);
    // No page counts above its expectation, as for fresh-24.
    const read = pages.reduce((n, r) => n + Math.min(r.questions.found, r.questions.expected), 0);
    expect(read).toBeGreaterThanOrEqual(62);
  });

  // - fresh-27 (session 33, held out; first measured on main fa134df): 0 of 10 clean, none
  //   refused, 41 questions read for 45 (a briefing's 'Q ' turns without a colon, 2 for 4; a
  //   school paper's first question a request without '?', 5 for 6; a first bare question going
  //   on with a statement, 3 for 4), noise 85/117, no line lost, no word vanished, details 7/22.
  //   Session 33's fixtures helper: reporters' 'Q ' turns, 1 clean; a request for the first
  //   question, 2; a first question then a statement, 45 read; a menu's two-word items, 3; a
  //   builder's Hungarian skip links over the site's name and menu, 4; WebVTT cue timings in
  //   brackets; Croatian share and an agency's slug credit (noise 98/117). Second round: a Korean
  //   paper's 'A. NAME ROLE' answerers, 5; a Slovak guest after offices and an acronym, 6; a
  //   Lithuanian guest's initials named. Session 34 (importer2): an author's post of the
  //   questions she was asked names her, 7; an office's contact header, 8; a
  //   portal's section line over a quoted headline, 9.
  it('reads at least 9 of the 10 fresh-27 pages cleanly, refuses none and reads 45 questions', () => {
    const pages = results.filter((r) => r.set === 'fresh-27');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(9);
    // No page counts above its expectation, as for fresh-24.
    const read = pages.reduce((n, r) => n + Math.min(r.questions.found, r.questions.expected), 0);
    expect(read).toBeGreaterThanOrEqual(45);
  });

  // - fresh-28 (session 34, held out; first measured on main 797c7ab): 2 of 10 clean, one
  //   refused (an Indonesian press conference whose reporters' questions are topics run in
  //   with the answers, 'tentang …: answer'), 40 questions read for 50 (a Greek school blog's
  //   'ΕΡΩΤΗΣΗ n:'/'ΑΠΑΝΤΗΣΗ n:' labels, 1 for 7), noise 75/122, 2 lines lost (the Greek
  //   page's credit), one word vanished (its answer label), details 7/27. Session 34's fixtures
  //   helper: Greek 'ΕΡΩΤΗΣΗ'/'ΑΠΑΝΤΗΣΗ' labels, 46 read, no word vanished; Greek and
  //   Bulgarian dates; a blog's header over its dated post; Blogger's Romanian and Greek footer,
  //   3 clean; a credit's line ending in a comma is no footer, 4 clean, no line lost; '>>>'
  //   prompts and '[Full Name]' answers; topics run in with the answers, none refused, 50 read.
  //   Then a blog's '(Previous: …)' link line is furniture, and the author who says she was
  //   sent the questions is the guest from 'Posted on … by NAME': 5 clean; a subtitle archive's
  //   chrome ('Similar Content', 'LineFromTo'): 6 clean.
  it('reads at least 6 of the 10 fresh-28 pages cleanly, refuses none and reads 50 questions', () => {
    const pages = results.filter((r) => r.set === 'fresh-28');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBeGreaterThanOrEqual(6);
    // No page counts above its expectation, as for fresh-24.
    const read = pages.reduce((n, r) => n + Math.min(r.questions.found, r.questions.expected), 0);
    expect(read).toBeGreaterThanOrEqual(50);
  });

  // - fresh-22 (session 29, held out; first measured on main 3241f51): 0 of 10 clean, none
  //   refused, 49 for 47 questions, noise 105/141. After session 30's rules (importer): 4 of 10
  //   clean, 47 for 47 questions (each page's count right), noise 132/141. 8 of 10 after the
  //   session's merge; 10 after session 31's (importer2) byline with its time and date after a
  //   bar and a magazine's masthead repeating a menu item.
  it('reads all 10 fresh-22 pages cleanly, each with its count of questions', () => {
    const pages = results.filter((r) => r.set === 'fresh-22');
    expect(pages).toHaveLength(10);
    expect(pages.filter((r) => r.refused)).toEqual([]);
    expect(pages.filter((r) => r.clean).length).toBe(10);
    expect(pages.filter((r) => r.questions.found !== r.questions.expected)).toEqual([]);
  });

  // - fresh-22's first measurement also found a cable page's related videos with running
  //   times ('Title - 6:02') read as timed turns, one overwriting the next, its words in
  //   neither the interview nor the report (fixed at once: the check below now sees that).
  it('never drops article text as noise', () => {
    expect(results.flatMap((r) => r.lostBody.map((line) => `${r.file}: ${line}`))).toEqual([]);
  });

  // Words that leave the text by design: a label's outlet or role ("Anna Lee, Reuters:",
  // "HOST"), a byline's or credit's label ("Автор:", "Foto:"), a date read as the page's date, markup ("<strong>"), a glued word
  // split ("quintQ"), a platform's slug and counters.
  const LEAVE_BY_DESIGN: Record<string, string[]> = {
    'tune/state-briefing.txt': ['assistant', 'secretary'],
    'tune/outlet-labels.txt': ['reuters', 'deutsche', 'welle'],
    'tune/ru-labels.txt': ['автор'],
    'held-out/ru-short-labels.txt': ['беседовал'],
    'held-out/fr-dash.txt': ['propos', 'recueillis'],
    'fresh-25/uk-news-agency-minister-photo-line-text-byline-bare-questions.txt': ['текст'],
    'held-out/multi-outlet.txt': ['dagens', 'nyheter', 'radio'],
    'fresh/de-topic-headings-caption.txt': ['foto'],
    'fresh/glued-alt-qa.txt': ['quintq'],
    'fresh-2/ebook-surname-br.txt': ['strong'],
    'fresh-3/newsletter-panel-outlet-labels.txt': ['tally', 'warm', 'front', 'links', 'lists'],
    'fresh-8/nl-regional-tv-five-questions.txt': ['foto'],
    'fresh-12/en-ama-archive-username-karma-lines.txt': ['karma'],
    // A Reddit front end's comment heads become handles; their ages ("14d ago edited 14d ago") go.
    'fresh-26/en-reddit-frontend-ama-wildlife-rehab-vote-count-lines.txt': ['edited'],
    // A record site's speaker lines ("Photo of NAME NAME Role") become labels; the role stays.
    'fresh-26/en-hansard-mirror-public-bill-committee-witness-panel-photo-lines.txt': ['photo'],
    'fresh-12/tr-student-reporters-mojibake-question-marks-initials.txt': ['ceyhanin', 'tvrenkli'],
    // A closing credit's words ("Die Fragen stellte Evi Seibert."): the name is the interviewer.
    'fresh-19/de-government-president-radio-interview-unlabelled-turns.txt': ['fragen', 'stellte'],
    'fresh-20/pl-sports-portal-name-outlet-labels-inline-ad-pull-quote.txt': [
      'interia',
      'dyrektor',
      'szkoły',
    ],
    'fresh-21/en-minister-office-transcript-caps-role-labels-subjects.txt': ['host'],
    'fresh-22/en-university-news-five-questions-q-a-labels-related-stories.txt': ['photo'],
    'fresh-22/en-public-radio-magazine-governor-long-standfirst-bare-questions-template-leak.txt': [
      'photo',
    ],
  };

  it("never loses a page's words without a report (every word is kept or dropped)", () => {
    const vanished = results.flatMap((r) =>
      r.vanished
        .filter((word) => !(LEAVE_BY_DESIGN[r.file] ?? []).includes(word))
        .map((word) => `${r.file}: ${word}`),
    );
    expect(vanished).toEqual([]);
  });
});
