// Blogger's label, search and archive pages head their posts with what they show: "Showing posts
// with label ughaibuni. Show all posts", "Showing posts sorted by relevance for query x. Sort by
// date Show all posts", "Showing posts from March, 2013. Show all posts".
const BLOGGER_LISTING =
  /^Showing posts (?:with label|for query|sorted by|from) [^\n]{1,120}Show all posts$/u;

/** Whether a whole line is a blog platform's listing line, never article text. */
export function isPlatformListingLine(text: string): boolean {
  return BLOGGER_LISTING.test(text);
}

// A site's offer to alert a reader and its share or link buttons, a whole short line without a
// stop: "Alert me about debates like this", "Email me when this page changes", "Share this
// debate", "Link to this", "Link to this speech"; the link to the official record it copies,
// perhaps with its citation: "Hansard source", "Hansard source (Citation: HC Deb, 3 May 2022, c41)".
const ALERT_OR_LINK =
  /^(?:(?:alert|email|e-mail|notify) me (?:about|when|of) [\p{L}\p{N} ’'-]{1,50}|(?:share|link to) this(?: \p{L}{2,20})?|hansard source(?: \(citation: [^()]{1,80}\))?)$/iu;

/** Whether a whole line is a site's alert offer or a share or link button over its page. */
export function isAlertOrLinkLine(text: string): boolean {
  return ALERT_OR_LINK.test(text);
}

// A byline naming the newsroom, no person: "Por Redação", "Da Redação", "Por la Redacción",
// "Von der Redaktion", "Par la rédaction", "By Staff", "By the newsroom".
const NEWSROOM_BYLINE =
  /^(?:by|por|da|de|di|par|von|door|od)\s?:?\s(?:the |la |a |der |de |)(?:redação|redacção|redacción|redazione|rédaction|redaktion|redactie|redakcja|staff|newsroom|editorial (?:staff|team))$/iu;

/** Whether a whole line is a byline naming the newsroom rather than a reporter. */
export function isNewsroomByline(text: string): boolean {
  return NEWSROOM_BYLINE.test(text);
}

// A cookie notice's button alone on its line: "Aceitar", "Aceptar", "Accept all", "OK".
const COOKIE_BUTTON =
  /^(?:aceitar|aceptar|accept(?: all)?|akzeptieren|accepter|accetta|ok|entendi|got it)$/iu;

/** Whether a line is a cookie notice's button (to be dropped only right under the notice). */
export function isCookieButton(text: string): boolean {
  return COOKIE_BUTTON.test(text);
}

// WordPress's post footer in Finnish: "Kategoriat: Haastattelut", "Avainsanat: …", "Jätä
// kommentti", "Sinun täytyy kirjautua sisään kommentoidaksesi." (you must log in to comment).
const FINNISH_BLOG_FOOTER =
  /^(?:(?:kategoriat?|avainsanat|tagit)\s?:\s?[^.!?]{1,80}|jätä kommentti|kirjoita kommentti|sinun täytyy kirjautua sisään kommentoidaksesi\.?)$/iu;

/** Whether a whole line is a blog platform's post footer in Finnish. */
export function isFinnishBlogFooter(text: string): boolean {
  return FINNISH_BLOG_FOOTER.test(text);
}

// A Markdown image alone on its line, perhaps in a table's cell: "![]() |", "![Juma](a.jpg) |".
const IMAGE_ROW = /^!\[[^\]]{0,120}\]\([^()\s]{0,300}\)(?: \|)?$/u;
// The caption's cell under it: a few words closing no sentence, then the cell's border.
const CAPTION_CELL = /^[^|.!?]{1,60} \|$/u;

/** Whether a line is an image copied as Markdown, or the caption's cell right under one. */
export function isImageRow(text: string, previous: string | undefined): boolean {
  return IMAGE_ROW.test(text) || (CAPTION_CELL.test(text) && IMAGE_ROW.test(previous ?? ''));
}
