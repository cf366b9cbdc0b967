import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createBuilder } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitesBuilt, TEST_SITES } from '../../scripts/lib/test-sites';

// What a first view loads: the entry, its imports and its route's code, as
// its HTML names them (module script and preloads). React and React Router's
// data router are about 95 KB gzipped of it. TanStack Query (10 KB) is not in
// a reader's first view: the reader takes its interview from the router's
// loader data, and the parts that use Query load it with their own code
// (src/components/query-provider.tsx). Nor are the citation dialog with its
// CSL processor, the lesson builder, the selection menu or the schema
// validator: they load when asked for. Issue 8 asks 121 KB for a section link:
// 116,198 B (27 November, session 14; 125,759 B with Query in the first view).
// How the figure came down, change by change: docs/measurements.md. The skip link placed clear of
// the phone's sticky bar and taking focus to the main content, and a section link whose text
// fragment is not found landing on its heading (session 19) took it from 116,737 B to 117,003 B:
// the line moved from 117,000 to 117,100, room for the chunk-name noise only. A page whose route
// code fails saying so (not an empty page), client-rendered pages keeping their frame while their
// code comes, and each route's loading frame inside the site's header (session 19): 117,164 B,
// the line at 117,300 (issue 8's 121,000 still met). Session 20: the built title kept until the
// page's own comes, the skip link placed again as the page scrolls and the Add page's intro kept
// while its code is slow: 117,366 B, the line at 117,500. Session 21: a kept interview's text
// fragment found by the app (the reader's own landing of it): 117,637 B, the line at 117,700.
// Session 24: the reader's search says "Searching…" until it has caught up with the address's
// query, and the question index's counts follow a task after the matches: 117,704 B, the line
// at 117,800 (117,766 B with the session's other changes merged). Session 25: the scroll padding
// follows the sticky bar's size (a ResizeObserver in useRevealOnNavigate, so that keyboard focus
// is never under the bar after a tablet turns or text is made 200%, WCAG 2.4.11): 117,834 B
// (+68 B), the line at 117,900. Merged with the loading line's wording after 5 s (offline or
// slow, following the browser's online and offline events, +72 B), the no-JS note in the section
// a passage link lands on (+38 B) and the long interview's search worker started from the lazy
// chunk: 117,928 B, the line at 118,000 (issue 8's 121,000 still met). Session 26: online/offline
// derived by useOnline in the entry chunk (+41 B) and the selection menus' shared followSelection
// in the framework chunk: 118,055 B, the line at 118,100. Session 27: the question index's entries
// plain links followed by one handler on the list, and the highlights' legend from the marks
// (shownMarkKinds) instead of a stylesheet's :has() (the long interview's search blocks ~190 ms
// instead of ~410): 118,430 B (+374 B); with a lesson's pins found in sections it does not list
// (+70 B): 118,500 B, the line at 118,600 (issue 8's 121,000 still met). Session 32: the word count
// moved to the header's chunk (-230 B), and focus back on the link followed after Back on every
// page, in the root layout (+358 B): 118,772 B, the line at 118,800. Session 33: a text fragment
// whose words are also in the header, the question index or the key quotes lands on the text
// (+115 B), a typed fragment's history entry keyed apart (+85 B), the long interview's question
// index links made once, sticky bars found without a document walk and a scroll spy over ~120
// targets instead of 2,020 (about +300 B), the passage link's shortest-form search moved out of
// the first view (-203 B), no "Unknown publication" shown: 119,374 B, the line at 119,400.
// Session 34: the no-JavaScript question index after the text (+176 B), the last question named
// at the page's end, a topic label said once, the lesson bar's wrapper the boot script fills:
// 119,745 B with the second round's (the page-end check sharing the progress bar's scroll
// helper), the line 119,800 (issue 8's limit is 121,000).
const READER_BUDGET_GZIP = 119_800;
const LIBRARY_BUDGET_GZIP = 134_000;
// Every script of the site: 366 KB gzipped in session 19; the romanizer that puts names in
// Cyrillic, Greek or Arabic into an imported interview's ids (session 20, about 10 KB, loaded
// only for such a draft on the Add page) took it to 376,524 B: the line moved to 380,000.
// Session 25: the interview's search in a Web Worker (issue 8), whose bundle carries its own copy
// of the search's code (2,289 B) beside the page's (which still makes its numbers hits), and its
// client (831 B): 380,919 B, the line 381,500. No first view loads either. Session 27: 381,509 B
// with the reader's question index and legend (above), the line 381,600. Session 28: 382,172 B
// with the lesson builder keeping the keyboard's focus (+262 B), the forced-colours and citation
// fixes of the outside review, and the importer's rules (Add route, below): the line 382,300.
// Session 29: 382,417 B with each interview's address in the printed library (+143 B): the line
// 382,500. Session 30: 383,314 B with the library search's excerpts made from the page's own words
// around the words typed (about 0.7 KB, loaded with the first search): the line 383,500.
// Session 31: 383,659 B with facet keys for names in other scripts read from the catalogue and old
// keys' links moved to the value's page (+192 B), right-to-left paragraphs and headings: the line
// 383,800. Session 32: 384,552 B with a search result marked in its title or publication and every
// card link a 44 px target (+240 B), focus back on the followed card after Back (about 300 B),
// the reading time counted once a paragraph in the header's chunk (+190 B) and facet keys that keep
// kana's and Indic marks (about 150 B; the reader's first view fell 155 B): the line 384,700;
// with that focus on every page and the end review's Thai and kana title marks: 384,757 B, the
// line 384,900. Session 33: the reader's changes above, the passage-directive chunk, kept ids
// checked on the Add page and the importer's rules (the Add group, below): 386,116 B, the line
// 386,200. Session 34: the reader's changes above, the saved page's extraction in steps and the
// importer's rules (the Add group, below): 386,690 B; with the second round (a saved page's
// JSON-LD, the Add page's field names and descriptions, ids that follow the guest, more rules):
// 387,070 B; the library's no-JavaScript note on a link's query and Back's focus: 387,251 B, the
// line 387,300.
const ALL_JS_BUDGET_GZIP = 387_300;
// "Add an interview" and interviews kept on this device (the importer, the
// review screen, Readability for saved web pages, IndexedDB): loaded only on
// that page or for a kept interview, never by a first view; measured apart
// so that neither budget hides growth in the other. 39.3 KB before the rules
// from the fresh-3 pages (27 November); the page-furniture rules among them
// (menus, newsletter and blog-platform lines, press-contact boxes: 2.2 KB)
// took the unseen sets from 2 to 9 of 10 (fresh-3), 2 to 4 (fresh-2) and 8 to 9
// (fresh) clean, no text lost: 42.2 KB, the line moved from 40,000 to 43,000.
// The rules from the fresh-5 pages (labels ending in digits, initials closed by a
// full stop, two turns on one line, unlabelled alternating turns: fresh-5 1 -> 5 of
// 10 clean, fresh-4's questions 39 -> 41 of 51) and compact review cards on phones came
// to 43.2 KB, then 43.1 KB with the rules written shorter: the line moved to 44,000.
// The rules from the fresh-6 pages (menu bars, numbering, transcripts' speaker lines, editors
// taking turns, questionnaires: fresh-6 0 -> 6 of 10 clean) came to 43,939 B, under that line;
// with the phone review cards' roles as one segmented row and the sticky bar in two rows, not
// three (a 320 px phone), 44,079 B: the line moved to 45,000 (session 15). The rules from the
// fresh-7 pages and a headline heading naming the guest (fresh-7 1 -> 8 of 10 clean, fresh-6
// 6 -> 7) came to 44,600 B (from 44,071 B), under that line (session 16). The rules from the
// fresh-8 pages (fresh-8 2 -> 9 of 10 clean, fresh-7 8 -> 9, held-out 20 -> 21 of 23) came to
// 44,963 B (from 44,605 B), under that line (session 17). With no change to its code, the
// next build's new chunk names (the hashes its imports name) made it 45,000 B: the line moved
// to 45,100, room for that noise only; the next importer rule must first find its bytes.
// The rules from the fresh-9 pages (session 18: fresh-9 0 -> 9 of 10 clean and none refused,
// fresh-4 2 -> 3 and 41 -> 47 of 51 questions, none lost anywhere) took it from 45,000 B to
// 45,550 B with eight of them; word lists written as one string each found 113 B (45,437 B);
// with the last three, 45,552 B. The line moved to 45,700, about 150 B above that for the
// chunk-name noise seen before (37 B); this code loads only on that page.
// The rules from the fresh-10 pages (session 19: fresh-10 3 -> 9 of 10 clean, 39 lines lost ->
// none) took it from 45,557 B to 46,312 B, 46,333 B with a guest's name line heading a section.
// The largest, a Japanese column's bar and name lines
// read as turns (about 300 B), is what keeps that page's 11 speaker lines from being dropped as
// text; the others are word lists and short patterns (skip links in eight languages about 120 B,
// 'R.' asking about 150 B). Written shorter they found about 50 B; nothing else in the importer
// gave bytes without a rule. The line moved to 46,450, the same ~140 B above for chunk-name noise.
// The page's intro as a component of its own, prerendered in add.html so that it shows at the
// first paint (session 19: Lighthouse's LCP of /add 3.0 -> 1.0 s), 170 B alone (45,552 ->
// 45,724 B); with the fresh-10 rules 46,280 B in one build: the line moved to 46,650 for both.
// Session 20: fresh-11's rules (46,505 -> 47,184 B, 2 -> 6 of 10 clean) and loading the
// romanizer for a draft with names in another script, with telling which need it (+630 B; the
// romanizer itself, 8.3 KB, is a chunk of its own): 47,588 B, the line 47,750.
// Session 21: fresh-12's rules (2 -> 9 of 10 clean, one refused -> none), measured rule by rule
// in the importer's builds (47,708 B before them): page furniture 628 B (seventeen kinds of
// line, four pages' noise), Arabic labels 176 B (the refused page), '?' for lost letters 20 B,
// a one-guest welcome 128 B, an 'ask me anything' thread's karma lines 206 B, a name past a
// place 179 B: 49,045 B; with an edited interview keeping its question ids (+231 B) and the
// alternating rule's heading stop: 49,207 B; with the review's fixes (a joined question's id
// never reused, narrower furniture and welcome rules): 49,441 B, the line 49,600.
// fresh-13's rules (session 22), measured commit by commit: 50,650 B (+1,209 B: lettered items
// and hyphens 95, furniture 424, lettered paragraphs 9, unmarked dashed questions 21, a Japanese
// dialogue 115, honorific and Japanese furniture 62, mixed-case initials 20, a menu past a name 17,
// profile lines and two-sentence run-ins 131, a chat's readers 85, a Hindi headline 93, a
// dialogue's last turn and a pager 87, a profile's headline 50): the line 50,800. The review's
// narrowing of them where they misfired on other pages (session 22): 51,079 B (+429 B, most of
// it the Hindi role words kept out of a guest's name, 216): the line 51,100. With the session's
// Add page fixes (typed ids on a phone, a refusal in view and focused, the focus following a
// paragraph's edit: +181 B) and the romanizer asked for other scripts' digits and currency
// signs, all merged: 51,350 B, the line 51,500.
// Session 23: fresh-14's rules (furniture, related lists, Chinese topic lines; 1 -> 4 of 10
// clean): 51,747 B on this branch's test build (+397 B over 51,350), the line 51,800. With the
// Add page's field names for problems and a tap that leaves the keyboard closed (session 23,
// +102 B): 51,849 B, the line 51,900.
// Session 24: fresh-15's rules (guests named from a profile headline, a capitals line, a
// councillor, 'Entrevista com', a Korean caption; a show's and site's calls, a promotion box,
// counters; a show's timestamped hosts and chapters; a numbering started again; Greek ';'; 0 -> 7
// of 10 clean): 53,186 B at first (+1,337 B), cut to 52,959 B (+1,110 B). The published-id check
// read in library/ids/<n>.json (its hash, the summary's and the id list's schemas) rather than a
// request for interviews/<id>.json that logged a 404 at each new id typed: +105 B alone. With the
// review's fixes (full-width '？', counts and ages answering a question) and the lead's narrowing
// of three fresh-15 rules, all merged: 53,138 B, the line 53,200. fresh-16's rules (Arabic '؟',
// a transcript's 'Name: mm:ss' turns, a dash rule, Blogger's footer in more languages, three ways a
// guest is named, a blog's menu; 2 -> 6 of 10 clean, 3 refused -> 1): +859 B, 53,997 B, the line
// 54,100. Session 25: the review's narrowing of session 24's rules where they dropped answer text
// or named the wrong guest (17 misreads, each with a test that failed before; no fidelity figure
// changed), and two of fresh-14's it.fails read right: 54,236 B in a production build of the
// review branch (about +240 B).
// fresh-17's rules (a one-word menu in a page's first lines, 'Q '/'A ' without a colon, a
// label shortened after its first use, a host's interjection, capitals file names, Joomla's lines,
// a syndication credit and an audio file's line, Devanagari initials; 2 -> 5 of 10 clean, 1
// refused -> 0): 53,998 -> 54,549 B (+551 B) on the fixtures branch's test build. The importer's
// rules for misses users hit (a blog's name over its menu, guests from an Italian and an Arabic
// headline, Turkish role labels, a heading that asks; +282 B on its branch). All three merged:
// 55,112 B, the line 55,200 (the Add route only; no first view loads it). Session 26: fresh-18's
// rules (list lines in answers no guests, a transcript's 'Name (mm:ss):' turns timed and joined
// mid-sentence, lower-case handles over Japanese, exchanges two spaces apart, 'WhatsApp.' answering,
// a series' name before a headline's colon; 0 -> 1 of 10 clean, 1 refused -> 0, 46 -> 60 of 62
// questions): 55,112 -> 55,522 B (+410 B) on the fixtures branch's test build. Merged with the
// review's narrowing of session 25's rules (+322 B) and the importer's repost, transcript-label
// and masthead rules: 56,284 B, the line 56,400 (the Add route only). Session 27: the review of
// session 26's rules (eight misreads narrowed, CJK question/answer labels; +879 B on its branch)
// and fresh-19's rules (podcast apps' 'Speaker N' lines, furniture in five more languages, topic
// labels standing for questions, Korean '- '/'= ' turns; 3 -> 4 of 10 clean, 14 lines lost -> 0;
// +654 B on its branch), merged: 57,783 B, the line 57,900 (the Add route only). Session 28:
// the review's misreads and fresh-19's leftovers (+662 B on the importer's branch), fresh-20's and
// fresh-21's rules ('――' and '―' questions, dates and furniture in more languages): 58,825 B, the
// line 58,950 (the Add route only). Session 29: the rules of five sets (fresh-18, -20, -21, -22,
// -23: dash dialogue, CJK lines, capitals role labels, roundtables, Arabic bare questions, first
// exchanges labelled, self-interviews, guests that are no person, language switchers …) and the
// language guess (script, then Latin languages' letters and words; a library would be 34-55 KB):
// the importer's chunk 43,953 -> 50,641 B, the route 64,488 B; with the review's notes that say
// where to settle each (and go once settled) and its "line N" buttons: 64,792 B; with the end
// review's mends (title-word surnames, accented short words, kanji-heavy Japanese): 64,914 B, the
// line 65,000 (the Add route only; no first view loads it). Session 30: the rules of three more
// sets (fresh-22, -23, -24: run-together turns and hearings, timed transcript labels, titles under
// a site's name, guests in captions, closing credits …) and a saved page's <h1> as its title:
// 69,229 B, the line 69,500. Session 31: the importer runs in a worker of its own (its chunk,
// 40 KB, counted here; the Add route's first view fell by 37 KB, the worker is fetched when the
// reader first types or pastes), with the rules of fresh-24, fresh-25, older sets' leftovers and
// an outside grader's real pages (about 4 KB): 75,719 B, the line 76,000. Session 32: the rules of
// fresh-25's leftovers, a new set fresh-26 and an outside grader's eight real pages (about 4.7 KB,
// mostly in the worker's chunk), a long draft listed 200 paragraphs at a time with a sections-only
// outline and "Next problem" (1.25 KB), a saved page's metadata as its publication, address and
// date (0.4 KB): 81,854 B; with the second round's rules (fresh-26's committee speakers, press
// release tails, wrapped bylines; record fields as a date; key quotes in any quote marks) and the
// phone's shorter "Next": 83,415 B, the line 83,500 (no first view loads the worker). Session 33:
// the rules of fresh-26's leftovers, a new set fresh-27, a grader's real pages, transcript
// archives, copyright lines, headlines in scripts without capitals, Thai dates, language `und`
// when unsure (about 5 KB, mostly in the worker's chunk), a card's name in words, one problem for
// an unanswered question, a kept id refused: 88,930 B, the line 89,000. Session 34: a new set
// fresh-28 and its rules (Greek labels and dates, Blogger's headers and footers, topics run in),
// two grader runs' pages (a transcript tool's header, a German press conference, Korean and
// Japanese headlines), fresh-27's leftovers (hr/lt/fa, bylines, contact headers), the saved
// page read in steps: 93,327 B. Its second round (publications from a vouched masthead,
// subtitles, two more grader runs' pages, a saved page's JSON-LD, the section's label in the
// interview's language, each person's fields a named group, an id that follows the guest):
// 96,233 B, the line 96,300.
const ADD_INTERVIEW_BUDGET_GZIP = 96_300;
const ADD_INTERVIEW_CHUNK =
  /^(?:on-demand|readability|kept-interviews|extract-article|article-import-worker)-/;
// The stylesheet (inlined in every page): every printed sheet's foot, its link and number
// (session 20, @page margin boxes), took it to 12,050 B: the line 12,000 -> 12,150.
// Session 24: 12,083 B with the session's merges; the library's filters behind a checkbox on a
// phone without JavaScript (so that the interviews come first) +78 B: 12,161 B, the line 12,250.
// Session 25: printed key quotes with a rule, not an underline, and the print legend kept with its
// section: 12,225 B. Session 28: the chosen search scope and a paragraph's chosen role on the Add
// page drawn in the system's highlight colours in forced colours (the outside review): 12,300 B,
// the line 12,350. Session 29: the phone's search bar in two rows where the text is enlarged (a
// container query in rem; it scrolled sideways at 320 px and 200 %): 12,414 B, the line 12,450.
// Session 30: the QR code printed without JavaScript and a key quote kept on one sheet with its
// caption: 12,491 B, the line 12,550. Session 31: right-to-left paragraphs, headings and the
// closed section's arrow (+186 B), utility classes of the Add page's reading status and the
// library's changes: 12,784 B, the line 12,850. Session 34: a lesson's sections shown by the boot
// script before the app starts (+288 B), the no-JavaScript index beside or after the text:
// 13,152 B, the line 13,200.
const CSS_BUDGET_GZIP = 13_200;

// `npm test` has built the site the browser tests serve just before (scripts/test.ts): the same
// production build, read here rather than made a second time. Run alone, the test builds its own.
const prebuilt = sitesBuilt();
const outDir = prebuilt
  ? path.resolve(TEST_SITES.root.outDir)
  : mkdtempSync(path.join(tmpdir(), 'bundle-budget-'));
const gzipped = (file: string) => gzipSync(readFileSync(path.join(outDir, file))).length;

/** The JavaScript a built page loads before it is interactive: its module script and preloads. */
function firstViewScripts(page: string): string[] {
  const html = readFileSync(path.join(outDir, page), 'utf8');
  return [
    ...html.matchAll(
      /<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\/(assets\/[^"]+\.js)"/g,
    ),
  ].map(([, file]) => file ?? '');
}

beforeAll(async () => {
  if (prebuilt) return;
  // Vitest sets NODE_ENV=test, which would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const builder = await createBuilder({
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    await builder.buildApp();
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 120_000);

afterAll(() => {
  if (!prebuilt) rmSync(outDir, { recursive: true, force: true });
});

describe('bundle size (gzipped)', () => {
  it('a section link loads its route’s code and no more than its budget', () => {
    const scripts = firstViewScripts('i/viktor-maiko-2026/energy.html');
    expect(scripts.some((file) => file.includes('reader-route'))).toBe(true);
    expect(
      scripts.filter((file) => /citation|citeproc|parse|lesson|selection|query/.test(file)),
    ).toEqual([]);
    expect(scripts.reduce((sum, file) => sum + gzipped(file), 0)).toBeLessThan(READER_BUDGET_GZIP);
  });

  it('a section link loads no code that only a link made to a passage needs', () => {
    // directiveFor's error, kept by the minifier: the search for a passage's shortest directive
    // (about 0.35 KB gzipped) loads once the reader is interactive (use-passage-links.ts).
    const scripts = firstViewScripts('i/viktor-maiko-2026/energy.html');
    const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
    expect(scripts.filter((file) => read(file).includes('no text '))).toEqual([]);
  });

  it('the library loads its route’s code, not the reader’s', () => {
    const scripts = firstViewScripts('index.html');
    expect(scripts.some((file) => file.includes('library-route'))).toBe(true);
    expect(scripts.some((file) => file.includes('reader-route'))).toBe(false);
    expect(scripts.reduce((sum, file) => sum + gzipped(file), 0)).toBeLessThan(LIBRARY_BUDGET_GZIP);
  });

  it('everything, citation styles included, stays within its budget', () => {
    const assets = readdirSync(path.join(outDir, 'assets'));
    const total = (names: string[]) =>
      names.reduce((sum, name) => sum + gzipped(`assets/${name}`), 0);
    const scripts = assets.filter((name) => name.endsWith('.js'));
    const addInterview = scripts.filter((name) => ADD_INTERVIEW_CHUNK.test(name));
    expect(addInterview.length).toBeGreaterThan(0);
    expect(total(scripts.filter((name) => !addInterview.includes(name)))).toBeLessThan(
      ALL_JS_BUDGET_GZIP,
    );
    expect(total(addInterview)).toBeLessThan(ADD_INTERVIEW_BUDGET_GZIP);
    expect(total(assets.filter((name) => name.endsWith('.css')))).toBeLessThan(CSS_BUDGET_GZIP);
  });

  it('no script of the site holds the romanizer of facet keys (any-ascii, 540 KB)', () => {
    // Its tables, as any-ascii writes them: the build writes romanized keys into the catalogue
    // (src/interview/facet-values.ts), so the browser never needs them.
    const table = '\tGBP\t$\tY\t';
    expect(readFileSync(path.resolve('node_modules/any-ascii/block.js'), 'utf8')).toContain(table);
    const scripts = readdirSync(path.join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
    expect(
      scripts.filter((name) =>
        readFileSync(path.join(outDir, 'assets', name), 'utf8').includes(table),
      ),
    ).toEqual([]);
  });

  it('no first view loads the "Add an interview" code', () => {
    for (const page of [
      'index.html',
      'i/viktor-maiko-2026.html',
      'i/viktor-maiko-2026/energy.html',
    ])
      expect(
        firstViewScripts(page).filter((file) => ADD_INTERVIEW_CHUNK.test(file.slice(7))),
      ).toEqual([]);
  });
});
