import { absoluteUrl, paths } from '../config/paths';
import { libraryTitle } from '../features/library/library-view';
import type { Facet } from '../interview/facets';
import type { LibraryQuery } from '../interview/library-query';
import { formatCount } from '../lib/format';
import type { Interview, Person } from '../interview/schema';
import { sentences } from '../interview/sentences';
import { publicationName } from '../interview/placeholders';

// What each page says about itself to browsers, search engines and link
// previews (chats, LMSs, social sites): its title, description, address,
// Open Graph and Twitter card, and schema.org JSON-LD. Pure: the prerender
// writes it into every page's <head>; the app uses the same titles.

export const SITE_NAME = 'Interview Reader';

export const SITE_DESCRIPTION =
  'Published interviews arranged by topic, with a question index, key quotes and links to any section, question or passage.';

/** Where the site is published: its origin and base path (`/`, or `/folder/`). */
export type Site = { origin: string; baseUrl: string };

/** One Open Graph or Twitter card property. */
export type Property = readonly [name: string, content: string];

const property = (name: string, content: string): Property => [name, content];

/** A page's head, ready to write out. URLs are absolute. */
export type PageHead = {
  title: string;
  description: string;
  /** Absent for a page with no address of its own (the 404 page). */
  canonical?: string;
  /** `noindex` for pages search engines should not keep. */
  robots?: string;
  /** Open Graph (`og:*`, `article:*`) and Twitter card properties, in order. */
  properties: Property[];
  jsonLd?: Record<string, unknown>;
};

const DESCRIPTION_LENGTH = 200;

/** A text shortened at a word boundary to fit a description. */
export function clip(text: string, length = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The title of a reader page (as the browser tab and link previews show it). */
export function readerTitle(interview: Interview, sectionId?: string): string {
  const section = interview.sections.find((s) => s.id === sectionId);
  return section ? `${section.heading} · ${interview.title}` : `${interview.title} · ${SITE_NAME}`;
}

/** The title of the library page. */
export const LIBRARY_TITLE = SITE_NAME;

// An interviewer named like the publication is the publication itself.
function agent(person: Pick<Person, 'name' | 'role'>, publication?: string) {
  return {
    '@type': person.name === publication ? 'Organization' : 'Person',
    name: person.name,
    ...(person.role ? { jobTitle: person.role } : {}),
  };
}

function socialProperties(title: string, description: string, url: string | undefined) {
  return [
    property('og:title', title),
    property('og:description', description),
    ...(url ? [property('og:url', url)] : []),
    property('og:site_name', SITE_NAME),
    property('twitter:card', 'summary'),
    property('twitter:title', title),
    property('twitter:description', description),
  ];
}

/** The head of `/i/<id>` or, with a section id, `/i/<id>/<section>`. */
export function readerHead(
  interview: Interview,
  sectionId: string | undefined,
  site: Site,
): PageHead {
  const section = interview.sections.find((s) => s.id === sectionId);
  const url = (path: string) => absoluteUrl(path, site.origin, site.baseUrl);
  const canonical = url(
    section ? paths.section(interview.id, section.id) : paths.interview(interview.id),
  );
  const speakers = new Map(
    [...interview.people.interviewers, ...interview.people.interviewees].map((p) => [p.id, p]),
  );
  const { publication } = interview.source;

  let description: string;
  if (section) {
    const first = section.questions[0];
    const sentence = first ? (sentences(first.answer[0] ?? '')[0] ?? '') : '';
    const speaker = first ? speakers.get(first.answeredBy)?.name : undefined;
    description = clip(
      sentence
        ? `${section.heading}. ${speaker ? `${speaker}: ` : ''}“${sentence}”`
        : section.heading,
    );
  } else {
    description = clip(interview.standfirst ?? interview.intro[0] ?? interview.title);
  }
  const title = readerTitle(interview, section?.id);
  const socialTitle = section ? `${section.heading} · ${interview.title}` : interview.title;

  const sectionOfQuestion = new Map(
    interview.sections.flatMap((s) => s.questions.map((q) => [q.id, s] as const)),
  );
  const answerer = new Map(
    interview.sections.flatMap((s) => s.questions.map((q) => [q.id, q.answeredBy] as const)),
  );
  const quotes = interview.keyQuotes.map((quote) => {
    const person = speakers.get(answerer.get(quote.questionId) ?? '');
    return {
      '@type': 'Quotation',
      text: quote.text,
      ...(person ? { spokenByCharacter: agent(person, publication) } : {}),
      url: url(
        paths.anchor(interview.id, sectionOfQuestion.get(quote.questionId)?.id ?? '', quote.id),
      ),
    };
  });
  const byline = interview.byline ?? [];
  const interviewers = interview.people.interviewers.map((p) => agent(p, publication));
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: interview.title,
    description,
    url: url(paths.interview(interview.id)),
    mainEntityOfPage: canonical,
    inLanguage: interview.language,
    ...(interview.published ? { datePublished: interview.published } : {}),
    ...(section ? { articleSection: section.heading } : {}),
    ...(interview.tags?.length ? { keywords: interview.tags.join(', ') } : {}),
    author: byline.length > 0 ? byline.map((a) => agent(a, publication)) : interviewers,
    ...(byline.length > 0 ? { contributor: interviewers } : {}),
    about: interview.people.interviewees.map((p) => agent(p, publication)),
    // The importer's "Unknown publication" is no publisher's name.
    ...(publicationName(publication)
      ? {
          publisher: {
            '@type': 'Organization',
            name: publication,
            ...(interview.source.url ? { url: interview.source.url } : {}),
          },
        }
      : {}),
    ...(interview.canonicalUrl
      ? {
          isBasedOn: {
            '@type': 'Article',
            url: interview.canonicalUrl,
            headline: interview.title,
            ...(interview.published ? { datePublished: interview.published } : {}),
          },
        }
      : {}),
    ...(quotes.length > 0 ? { hasPart: quotes } : {}),
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: url(paths.library()) },
  };

  return {
    title,
    description,
    canonical,
    properties: [
      ...socialProperties(socialTitle, description, canonical),
      property('og:type', 'article'),
      // Open Graph locales name a region too (en_GB); a bare language has none.
      ...(/^[a-z]{2,3}-[A-Z]{2}$/.test(interview.language)
        ? [property('og:locale', interview.language.replace('-', '_'))]
        : []),
      ...(interview.published ? [property('article:published_time', interview.published)] : []),
      ...(section ? [property('article:section', section.label)] : []),
      ...(interview.tags ?? []).map((tag) => property('article:tag', tag)),
    ],
    jsonLd,
  };
}

/**
 * A view of the library with a page of its own (see libraryPath in
 * src/config/paths.ts): a page of the whole library, or of one facet value.
 */
export type LibraryView = {
  query: LibraryQuery;
  /** The facet value shown, as readers know it. */
  filter?: { facet: Facet; label: string };
  /** How many interviews the view lists, over how many pages. */
  count: number;
  pageCount: number;
};

const VIEW_PHRASES: Record<Facet, (label: string) => string> = {
  person: (label) => `Interviews with ${label}`,
  topic: (label) => `Interviews on ${label}`,
  publication: (label) => `Interviews from ${label}`,
  year: (label) => `Interviews published in ${label}`,
};

/** What a library view lists, in a sentence ("Interviews with Viktor Maiko: 3, newest first."). */
function viewDescription({ query, filter, count, pageCount }: LibraryView): string {
  const what = filter
    ? `${VIEW_PHRASES[filter.facet](filter.label)}: ${formatCount(count)} in the library, newest first.`
    : `Every interview in the library, ${formatCount(count)} in all, newest first.`;
  return query.page > 1
    ? `${what} Page ${formatCount(query.page)} of ${formatCount(pageCount)}.`
    : `${what} ${SITE_DESCRIPTION}`;
}

/** The head of the library: `/`, or a view of it with a page of its own. */
export function libraryHead(site: Site, view?: LibraryView): PageHead {
  const canonical = absoluteUrl(paths.library(view?.query), site.origin, site.baseUrl);
  const title = view
    ? libraryTitle(
        view.query,
        view.filter ? [{ facet: view.filter.facet, key: '', label: view.filter.label }] : [],
      )
    : LIBRARY_TITLE;
  const description = view ? viewDescription(view) : SITE_DESCRIPTION;
  const home = absoluteUrl(paths.library(), site.origin, site.baseUrl);
  return {
    title,
    description,
    canonical,
    properties: [
      ...socialProperties(title, description, canonical),
      property('og:type', 'website'),
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: title,
      description,
      url: canonical,
      isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: home },
    },
  };
}

/** The head of the page for addresses the site does not have. */
/** The "Add an interview" page (`/add`); `/open?src=…` is the same page for one address, not indexed. */
export function addInterviewHead(site: Site, opening = false): PageHead {
  const title = `Add an interview · ${SITE_NAME}`;
  const description =
    'Bring a question-and-answer interview from a newspaper or a transcript: check and correct what was found, and keep it in this browser to read, print and cite.';
  const canonical = absoluteUrl(paths.addInterview(), site.origin, site.baseUrl);
  return {
    title,
    description,
    ...(opening ? { robots: 'noindex' } : { canonical }),
    properties: socialProperties(title, description, opening ? undefined : canonical),
  };
}

/** A 404.html's head: "Page not found", or "Section not found" on an interview's own (what its page says without JavaScript). */
export function notFoundHead(what: 'Page' | 'Section' = 'Page'): PageHead {
  const title = `${what} not found · ${SITE_NAME}`;
  return {
    title,
    description: SITE_DESCRIPTION,
    robots: 'noindex',
    properties: socialProperties(title, SITE_DESCRIPTION, undefined),
  };
}
