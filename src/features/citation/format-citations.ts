import { citationItem, type CitationStyle } from '../../interview/citation';
import { locatorText, type Locator } from '../../interview/locator';
import type { Interview } from '../../interview/schema';
import type { CitationEngine } from './citation-engine';

/** Text with italics marked, as a citation needs (titles of publications). */
export type RichText = { text: string; italic: boolean }[];

/** One style's citation of the interview or a passage of it. */
export type FormattedCitation = {
  style: CitationStyle;
  label: string;
  /** The reference-list (bibliography) entry. */
  reference: RichText;
  /** What goes in the text: a parenthetical citation, or Chicago's footnote. */
  inTextLabel: string;
  inText: RichText;
};

const STYLES: { style: CitationStyle; label: string; inTextLabel: string }[] = [
  { style: 'apa', label: 'APA (7th edition)', inTextLabel: 'In-text citation' },
  { style: 'mla', label: 'MLA (9th edition)', inTextLabel: 'In-text citation' },
  {
    style: 'chicago',
    label: 'Chicago (17th edition, notes and bibliography)',
    inTextLabel: 'Footnote',
  },
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#')) {
      const number = code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(number) ? String.fromCodePoint(number) : entity;
    }
    return ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/**
 * citeproc-js's HTML as text runs, italic or not. Its HTML escapes the data it
 * formats, and we keep only the words and the italics: nothing is ever
 * rendered as HTML.
 */
export function richTextFromHtml(html: string): RichText {
  const runs: RichText = [];
  let italic = 0;
  for (const [, closing, tag, text] of html.matchAll(/<(\/?)([a-z]+)[^>]*>|([^<]+)/gi)) {
    if (text !== undefined) {
      const value = decodeEntities(text);
      const last = runs.at(-1);
      if (last && last.italic === italic > 0) last.text += value;
      else runs.push({ text: value, italic: italic > 0 });
    } else if (tag?.toLowerCase() === 'i') {
      italic = Math.max(0, italic + (closing ? -1 : 1));
    }
  }
  const first = runs[0];
  if (first) first.text = first.text.trimStart();
  const last = runs.at(-1);
  if (last) last.text = last.text.trimEnd();
  return runs.filter((run) => run.text !== '');
}

/** Plain text, for the clipboard's text/plain and for reading aloud. */
export function plainText(rich: RichText): string {
  return rich.map((run) => run.text).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** HTML with <i> for italics, for the clipboard's text/html: italics survive pasting into a word processor. */
export function richHtml(rich: RichText): string {
  return rich
    .map((run) => (run.italic ? `<i>${escapeHtml(run.text)}</i>` : escapeHtml(run.text)))
    .join('');
}

/**
 * citeproc-js writes a title's closing full stop before the comma that follows
 * it in a note (“… In That.,’”); Chicago drops the full stop (“… In That,’”).
 */
function tidyPunctuation(html: string): string {
  return html.replace(/\.,((?:’|”|&#8217;|&#8221;)+)/g, ',$1');
}

type CslItem = { id: string } & Record<string, unknown>;
type Processor = {
  engine: InstanceType<CitationEngine['CSL']['Engine']>;
  /** The item it formats now: what it retrieves. */
  current: { item?: CslItem };
};

// Building a processor reads its style and locale: about a second on a busy
// phone, so each style's is built once and given each item in turn.
const processors = new WeakMap<CitationEngine, Map<CitationStyle, Processor>>();
let formatted = 0;

function processorFor(engine: CitationEngine, style: CitationStyle): Processor {
  const byStyle = processors.get(engine) ?? new Map<CitationStyle, Processor>();
  processors.set(engine, byStyle);
  const known = byStyle.get(style);
  if (known) return known;
  const current: Processor['current'] = {};
  const processor: Processor = {
    engine: new engine.CSL.Engine(
      { retrieveLocale: () => engine.locale, retrieveItem: () => current.item },
      engine.styles[style],
      'en-US',
      true,
    ),
    current,
  };
  processor.engine.setOutputFormat('html');
  byStyle.set(style, processor);
  return processor;
}

/** Formats one CSL-JSON item in one style: its reference entry and its in-text form. */
export function formatItem(
  engine: CitationEngine,
  style: CitationStyle,
  item: CslItem,
  locator?: string,
): { reference: RichText; inText: RichText } {
  const processor = processorFor(engine, style);
  // A new id each time: the processor keeps the items it has seen by id, and
  // the same interview's item changes (another locator, another day accessed).
  formatted += 1;
  const id = `${item.id}#${formatted}`;
  processor.current.item = { ...item, id };
  processor.engine.updateItems([id]);
  const bibliography = processor.engine.makeBibliography();
  // CSL has no locator type for "question 2, paragraph 3"; "timestamp" is the
  // one whose value every style prints as given, with no label before it.
  const cite = processor.engine.previewCitationCluster(
    {
      citationItems: [{ id, ...(locator ? { locator, label: 'timestamp' } : {}) }],
      properties: { noteIndex: style === 'chicago' ? 1 : 0 },
    },
    [],
    [],
    'html',
  );
  return {
    reference: richTextFromHtml(bibliography ? bibliography[1].join('') : ''),
    inText: richTextFromHtml(tidyPunctuation(cite)),
  };
}

/** The interview cited in APA 7, MLA 9 and Chicago 17, with a locator for a question or passage. */
export function formatCitations(
  engine: CitationEngine,
  interview: Interview,
  locator?: Locator,
  accessed: Date = new Date(),
): FormattedCitation[] {
  const where = locator ? locatorText(locator) : undefined;
  return STYLES.map(({ style, label, inTextLabel }) => ({
    style,
    label,
    inTextLabel,
    ...formatItem(engine, style, citationItem(interview, style, accessed), where),
  }));
}
