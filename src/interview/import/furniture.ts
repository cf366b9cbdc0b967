// Page furniture that noise.ts's one-pattern list does not cover: menus of
// plain words, e-mail newsletter and blog-platform furniture in several
// languages, link-only lines and a press-contact box. Each rule needs the
// whole line (or a run of short lines) to be furniture, never part of one.
import { isNameLine } from './names';

// Words of a site's menu, in the languages interviews reach us in.
// One string, split: shorter in the Add page's code than a list of strings.
const MENU_WORDS = new Set(
  (
    'home about contact news services work portfolio articles blog projects archives ' +
    'nieuws contatti zprávy podcasty shop store tickets partners club team teams ' +
    'careers jobs events courses interviews podcasts podcast videos video photos ' +
    'gallery login register subscribe donate faq help press media calendar search ' +
    'insights resources membership sponsors fixtures results squad accueil équipes ' +
    'équipe calendrier galerie actualités boutique partenaires startseite kontakt ' +
    'impressum datenschutz barrierefreiheit aktuelles presse inicio noticias contacto ' +
    'tienda equipo galería calendario socios início notícias contato elenco jogos ' +
    'fórum loja galeria sobre strona główna aktualności artykuły wywiady galeria ' +
    'sklep forum reviews'
  ).split(' '),
);

/** Whether a word is a menu's ("News", "Kontakt"). */
export function isMenuWord(word: string): boolean {
  return MENU_WORDS.has(word.toLowerCase());
}

/**
 * A menu on one line: "Work Services About News Contact", "Kontakt Impressum
 * Datenschutz Barrierefreiheit", "Strona główna Artykuły Wywiady Kontakt". Three to
 * ten words, capitalised or menu words, and no
 * punctuation, at least three of them (and three in four) menu words, so a
 * headline such as "News From The Club" stays; or a site's bar of five or more that
 * opens with a menu word and holds another ("Home Nieuws Regio Sport Podcasts").
 */
export function isMenuLine(text: string): boolean {
  if (/[.,:;!?"“”«»()]/u.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => w !== '&');
  if (words.length < 3 || words.length > 10) return false;
  // A two-word item may go on in lower case ("Strona główna"), but only with a menu word.
  if (!/^[\p{Lu}\d]/u.test(words[0] ?? '')) return false;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || MENU_WORDS.has(w.toLowerCase()))) return false;
  const menu = new Set(words.map((w) => w.toLowerCase()).filter((w) => MENU_WORDS.has(w))).size;
  return (
    (menu >= 3 && menu * 4 >= words.length * 3) ||
    (words.length >= 5 && menu >= 2 && isMenuWord(words[0] ?? ''))
  );
}

// The home link's word, in the languages interviews reach us in.
const HOME_WORDS = new Set(['home', 'startseite', 'inicio', 'início', 'accueil', 'главная']);

/**
 * A breadcrumb pasted without its separators: the home link's word, then the sections' names, one
 * of them a menu's ("Startseite Reden und Interviews Interviews", "Home News Sport"). Three to eight
 * words, no sentence punctuation, so a headline "Home is where the heart is, …" stays.
 */
export function isBreadcrumb(text: string): boolean {
  if (/[.,:;!?"“”«»()]/u.test(text)) return false;
  const words = text.split(/\s+/u);
  return (
    words.length >= 3 &&
    words.length <= 8 &&
    HOME_WORDS.has(words[0]?.toLowerCase() ?? '') &&
    words.slice(1).some((w) => MENU_WORDS.has(w.toLowerCase()) && !HOME_WORDS.has(w.toLowerCase()))
  );
}

/**
 * A menu all in lower case, as a page's first line: "home jobs contact us" (menu words only, three
 * or more). Further down such a line may be someone's answer, so only the first line is read so.
 */
export function isLowerCaseMenu(text: string): boolean {
  const words = text.split(/\s+/u);
  return (
    words.length <= 10 &&
    words.every((w) => MENU_WORDS.has(w) || w === 'us') &&
    words.filter((w) => MENU_WORDS.has(w)).length >= 3
  );
}

// Blogger's newer and older post links in Swedish, Norwegian, Danish, Dutch, Portuguese, Polish, Italian.
const PAGER =
  '(?:nyare|äldre) inlägg|(?:nyere|eldre) innlegg|(?:nyere|ældre) indlæg|(?:nieuwere|oudere) post|postagem mais (?:recente|antiga)|(?:nowszy|starszy) post|post più (?:recente|vecchio)';

// Whole lines from e-mail newsletters, newsletter platforms and blog platforms.
const PLATFORM = new RegExp(
  '^(?:' +
    [
      // E-mail newsletters (as archived on the web).
      '(?:having trouble viewing this (?:e-?mail|message)|view (?:this (?:e-?mail|message) )?(?:in|as a) (?:your )?(?:browser|web ?page)).{0,40}',
      'join our (?:mailing|e-?mail) list!?|forward (?:this )?(?:e-?mail|message)(?: to a friend)?|quick links',
      'this (?:e-?mail|message) was sent to .{1,200}',
      '.{0,100}\\bsafe ?unsubscribe\\b.{0,150}|unsubscribe\\b.{0,100}|update (?:your )?(?:profile|preferences)\\b.{0,150}',
      'register (?:now|today|here)',
      // Newsletter platforms: counters and the footer under a post.
      '\\d+ (?:likes?|restacks?)(?:\\s*[∙·•])?',
      'thanks? (?:you )?for reading\\b[^.!?]{0,80}[.!]?\\s*subscribe\\b.{0,150}',
      // A blog platform's newsletter box: "Read articles from … directly inside your inbox. Subscribe …".
      'read (?:articles|posts|stories) from .{1,60} (?:directly )?(?:in|inside|to) your inbox\\.?\\s*subscribe\\b.{0,120}',
      'discussion about this (?:post|episode)|restacks|ready for more\\?|start writing|get the app',
      'privacy\\s*[∙·•|]\\s*terms(?:\\s*[∙·•|]\\s*collection notice)?',
      // Blog platforms: "Posted on 12 October 2013 by admin", comment forms, older and newer posts.
      'posted on .{1,40} by [^.!?]{1,40}',
      '(?:publicado por|publié par|eingestellt von|pubblicato da) [^.!?,;]{1,60} (?:en|à|um|alle|a las) \\d{1,2}[:.h]\\d{2}',
      'your (?:e-?mail )?address will not be published\\..{0,80}',
      'you must be (?:logged in|registered) to post a comment\\.?|note: only a member of this blog may post a comment\\.?',
      '(?:no hay comentarios|aucun commentaire|keine kommentare|nessun commento)',
      '(?:publicar un comentario|publier un commentaire|répondre à cet article|ajouter un commentaire|añadir (?:un )?comentario|kommentar (?:veröffentlichen|hinzufügen)|posta un commento)',
      '(?:entrada más reciente|entrada antigua|página principal|article plus récent|article plus ancien|neuerer post|älterer post|startseite)(?:\\s+(?:entrada más reciente|entrada antigua|página principal|article plus récent|article plus ancien|accueil|neuerer post|älterer post|startseite))*',
      "(?:suscribirse a|s[’']abonner à|abonnieren)\\s*:.{0,80}",
      "(?:j[’']aime|like|me gusta|gefällt mir)\\s+(?:chargement|loading|cargando|wird geladen)\\s*(?:…|\\.\\.\\.)?",
      '(?:articles similaires|artículos relacionados|ähnliche beiträge|articoli simili|similar posts)',
      '(?:powered by|propulsé par|créer un site gratuit avec|create a free website with)\\b.{0,120}',
      // WordPress's post footer and pager: "This entry was posted in … Bookmark the permalink.",
      // "Tagged . Bookmark the permalink." (no tags),
      // "← Older posts", "Blog at WordPress.com."
      'this entry was posted in .{1,200}\\bbookmark the permalink\\.?|tagged\\b.{0,200}?\\bbookmark the permalink\\.?|[←«]?\\s*(?:older|newer) (?:posts|entries)\\s*[→»]?|blog at wordpress\\.com\\.?',
      // Blogger in Hindi: share buttons, "No comments:", "Post a comment", "Newer Post Older Post
      // Home", "Subscribe to: Post Comments (Atom)".
      'इसे ईमेल करें.{0,120}|कोई टिप्पणी नहीं|एक टिप्पणी भेजें|नई पोस्ट(?:\\s+पुरानी पोस्ट)?(?:\\s+मुखपृष्ठ)?|पुरानी पोस्ट(?:\\s+मुखपृष्ठ)?|सदस्यता लें.{0,80}',
      // Blogger in Swedish, Norwegian, Danish, Dutch, Portuguese, Polish and Italian: "Upplagd av Lina
      // kl. 14:02", "0 kommentarer:", "Skicka en kommentar", "Nyare inlägg Äldre inlägg Startsida";
      // and in any language its feed's link, "Prenumerera på: Kommentarer till inlägget (Atom)".
      '(?:upplagd av|lagt inn av|indsendt af|geplaatst door|postado por|opublikowane? przez|pubblicato da) [^.!?,;]{1,60} (?:kl\\.?|om|op|às|o|alle) \\d{1,2}[:.]\\d{2}',
      // "Inga kommentarer" without Blogger's colon is an answer ("no comment").
      '(?:\\d+|(?:inga|ingen|geen|nenhum|brak)(?=.*:$)) (?:kommentarer|opmerkingen|coment[áa]rios?|komentarzy)',
      'skicka en kommentar|legg inn en kommentar|send en kommentar|een reactie posten|postar um coment[áa]rio|prze[śs]lij komentarz',
      `(?:${PAGER})(?:\\s+(?:${PAGER}|startsida|startsiden|start|startpagina|página inicial|strona główna|home page))*`,
      '[^.!?:]{2,40}:\\s*[^.!?:]{2,80}\\(atom\\)',
      // Blogger in Romanian and Greek: "3 comentarii:", "Postaţi un comentariu", "Postare mai nouă
      // Postare mai veche Pagina de pornire"; "Δεν υπάρχουν σχόλια:", "Δημοσίευση σχολίου",
      // "Νεότερη ανάρτηση Παλαιότερη ανάρτηση Αρχική σελίδα"; a comment's head "Anonim a spus...".
      '(?:\\d+ comentarii|nu există comentarii|δεν υπάρχουν σχόλια|\\d+ σχόλια):',
      'posta[ţț]i un comentariu|trimite[ţț]i un comentariu|δημοσίευση σχολίου',
      'postare mai (?:nouă|veche)(?:\\s+postare mai veche)?(?:\\s+pagina de pornire)?|(?:νεότερη|παλαιότερη) ανάρτηση(?:\\s+παλαιότερη ανάρτηση)?(?:\\s+αρχική σελίδα)?',
      '[^.!?,;:]{1,40} a spus\\.\\.\\.',
      // Blogger in Turkish: "Yorum Gönder", "Daha yeni yayınlar Daha eski yayınlar Ana Sayfa"; a document
      // viewer's "Published with Issuu".
      'yorum gönder|daha (?:yeni|eski) yayınlar(?:\\s+daha eski yayınlar)?(?:\\s+ana sayfa)?|published with issuu',
      // Blogger's link under an image, in brackets: "(click to see original image)".
      '\\(\\s*click (?:here )?to (?:see|view|enlarge)(?: the)? (?:original|full[- ]size|larger) (?:image|picture|photo)\\s*\\)',
      // A video's link and a site's back link: "Ver vídeo", "Back to Press Conferences", a
      // magazine's "Back to Departments".
      '(?:ver|watch|play) (?:the )?v[ií]deo|voir la vidéo|video ansehen',
      'back to (?:the )?(?:top|home|(?:all )?(?:\\p{L}+ ){0,2}(?:conferences|articles|news|posts|stories|results|list|index|overview|archive|blog|briefings|interviews|departments))',
      // A menu set in letter-spaced lower case: "e d i t o r s'  n o t e", "& f o r t h c o m i n g".
      "(?:&\\s)?(?:[\\p{Ll}\\d][’']?\\s(?:&\\s)?){3,}[\\p{Ll}\\d][’']?",
      // A link to the blog's previous or next post in brackets: "(Previous: Problem Solving …)".
      '\\((?:previous|next|older|newer)(?: (?:post|article|entry))?: [^()]{1,150}\\)',
      '«?\\s*(?:previous|older) (?:post|article|entry)\\s*(?:(?:newer|next) (?:post|article|entry))?\\s*»?',
      '«\\s*[^«»|.!?]{1,60}\\s+\\|\\s+[^«»|.!?]{1,60}\\s*»',
      // Joomla's article lines in German and English: "Zugriffe: 845", "« Vorheriger Beitrag".
      '(?:zugriffe|hits):\\s*\\d+|[«‹]?\\s*(?:vorheriger|nächster) (?:beitrag|artikel)\\s*[»›]?',
      '.{0,100}\\b(?:let us know|tell us)\\b.{0,80}\\bin the comments?(?: below| section)?.{0,40}',
      // Viewers and readers: "SHOW MORE", "14.05.2016 Views", "2,906 views".
      'show (?:more|less)',
      // A pager between "<" and ">": "< 第一回へ 第三回へ >" (an ideographic space between), "‹ Previous  Next ›";
      // it names an episode or a way, where a heading in brackets ("<The later years>") does not.
      '[<‹]\\s*[^<>‹›.!?。]{0,60}(?:第[^<>‹›]{1,4}回へ|[前次](?:へ|の|ページ)|previous|prev|next|older|newer|zurück|weiter|anterior|siguiente|précédent|suivant)[^<>‹›.!?。]{0,60}\\s*[>›]',
      // A thread's or a blog's pager, page numbers from 1 between arrows and a word each side, in
      // any language: "‹ הקודם 1 2 3 4 הבא ›", "« Previous 1 2 3 Next »".
      '[<‹«] ?[^\\s\\d<>‹›«»]{1,15} 1(?: \\d{1,3}){1,30} [^\\s\\d<>‹›«»]{1,15} ?[>›»]',
      // A document viewer's: "Size: px", "Start display at page:", "Download \"…\"", "Transcription".
      'size:\\s*px|start display at page|download "[^"]{1,200}"|transcription',
      '(?:[\\d./-]{6,10}\\s+(?:[\\d.,]+\\s+)?|[\\d.,]+\\s+)(?:views|aufrufe|vues|visitas)',
      // Sites: a logo's text, a breadcrumb from the home page, a contact link, a print link, back to top.
      '(?:[\\p{Lu}\\d]\\S*\\s+){0,3}logo(?:\\s+[\\p{Lu}\\d]\\S*){0,5}',
      '(?:home|accueil|startseite|inicio|início|главная(?: страница)?|головна|ホーム|トップ)\\s*[>›»]\\s*.{1,150}|ページ(?:の先頭|トップ)へ',
      // A news theme's search box and author line: "No Result", "View All Result", "Ann by Ann".
      'no result|view all result|(.{2,40}) by \\1|(?:primary|secondary|main) navigation',
      // A media player's links and embed code, as bullets: "• Download", "• <iframe src=…>"; a
      // transcript's own heading over its turns, "TRANSCRIPT", "Episode Transcript:".
      '(?:[•·]\\s*)?(?:download|<(?:iframe|embed|audio|video)\\b[^<>]*>)|(?:[•·]\\s*)?(?:(?:episode|full|podcast|interview|show) )?transcript',
      '(?:e-?mail senden|send (?:an )?e-?mail|seite drucken|print (?:this )?page|nach oben|zum seitenanfang|ihre position|sie sind hier|inhalte?|you are here)',
      '(?:tel(?:efon|ephone|éfono|éphone)?\\.?|phone|fax)\\s*:?\\s*\\+?[\\d\\s()/.-]{6,24}',
      // A podcast's platforms, one to a line or several in one.
      '(?:apple podcasts|google podcasts|spotify|youtube|overcast|pocket casts|stitcher|soundcloud|rss)(?:\\s*[|·,/]?\\s*(?:apple podcasts|google podcasts|spotify|youtube|overcast|pocket casts|stitcher|soundcloud|rss))*',
    ].join('|') +
    ')\\s*:?\\s*$',
  'iu',
);

// A source credited under the article: "Sumber: Radar Palembang", "Источник: пресс-служба клуба"
// (a name, no sentence: "Sumber: ibu saya sendiri, dia …." is an answer's).
const SOURCE_LABEL =
  /^(source|sumber|quelle|fuente|fonte|источник|джерело|nguồn|kaynak|źródło)\s?:/iu;
const CREDITED = /^ [^.!?:;,]{2,50}$/u;

/**
 * Whether a line credits the article's source, its word opening no other line: an unnamed
 * source's turns, each labelled "Source:" ("Source: Not at first"), are answers.
 */
export function isSourceCredit(text: string, texts: readonly string[]): boolean {
  const label = SOURCE_LABEL.exec(text);
  if (!label || !CREDITED.test(text.slice(label[0].length))) return false;
  const word = label[1]?.toLowerCase();
  return (
    texts.filter((other) => SOURCE_LABEL.exec(other)?.[1]?.toLowerCase() === word).length === 1
  );
}

/** Whether a whole line is e-mail, newsletter, blog or site furniture, or a doubled caption. */
export function isPlatformFurniture(text: string): boolean {
  // An image's alt text and caption run together say the same thing twice; a news theme
  // prints the post's category in lower case ("in Актуальное"), an aggregator its kind
  // ("interview").
  return (
    text.length <= 300 &&
    (PLATFORM.test(text) || /^(.{10,150}) \1$|^in \p{Lu}[\p{L} ]{0,30}$|^interview$/u.test(text))
  );
}

// A show's or a site's own lines that ask the reader for something: a podcast's "Follow the
// show … Discord", "support us on Patreon", its audio credit, a transcript's "Spot an error? Send a
// pull request", a profile page's "Back to Our Team", a syndication credit, a kicker broken by a
// layout ("EXCLUSIVE INTERVI EW", matched with its spaces taken out, below).
const PROMOTION = new RegExp(
  '^(?:' +
    [
      'follow (?:the|our) (?:show|podcast)\\b.{0,280}',
      '.{0,80}\\bsupport (?:us|the show)\\b.{0,40}\\bpatreon\\b.{0,40}',
      '(?:with )?audio (?:editing|engineering|mixing)\\b[^.!?]{0,40} by [^.!?]{1,60}',
      'spot(?:ted)? an? (?:error|typo)\\? .{1,100}',
      // A giveaway's call, repeated between exchanges: "Enter to win by clicking on the link …".
      'enter (?:to win|the giveaway|our giveaway)\\b.{0,200}',
      'back to (?:our|all) (?:\\p{L}+ ){0,2}(?:team|staff|volunteers|episodes)',
      // A syndicated story's credit, naming where ("… on Esquiremag.ph.", not "… in a school
      // magazine I edited"); an audio file's name, one word or a transcription service's ("….mp3
      // (transcribed by Sonix)"), not a sentence ending on one ("… was called untitled.mp3").
      'this (?:story|article|post|interview) (?:was )?(?:originally|first) (?:appeared|published|ran) (?:on|in) .{1,160}',
      '[^.]{1,80}\\.(?:mp3|m4a|wav)\\s*\\(transcribed by [^()]{1,30}\\)|\\S{1,80}\\.(?:mp3|m4a|wav)',
    ].join('|') +
    ')\\s*[.!]?$',
  'iu',
);

/**
 * Whether a line is a show's or site's call to the reader (PROMOTION), or a kicker in capitals
 * that spells "INTERVIEW" or "EXCLUSIVE INTERVIEW" once its spaces go. Not after a question:
 * there a short line answers it ("Where next?" / "Back to all the stories.").
 */
export function isPromotionLine(text: string, previous: string | undefined): boolean {
  if (/[?？؟][”"’')]*$/u.test(previous ?? '')) return false;
  // A credit names someone: "… by Northgate Audio", not "Audio engineering by ear was …".
  if (/^(?:with )?audio /iu.test(text) && !/ by \p{Lu}/u.test(text)) return false;
  // A syndication credit names where: "… on Esquiremag.ph.", not "… in a school magazine I edited".
  if (
    /^[Tt]his \p{L}+ (?:was )?\p{L}+ \p{L}+ (?:on|in) (?![Tt]he [\p{Lu}\d]|[\p{Lu}\d])/u.test(text)
  )
    return false;
  return PROMOTION.test(text) || /^(?:EXCLUSIVE)?INTERVIEW$/.test(text.replace(/ /g, ''));
}

// A promotion box's call: "Find out more about standing for election in your area."
const BOX_CALL = /^(?:find out|learn) more\b[^?]{0,150}$/iu;
// Alone, a link's: "… at Colin Marsh's website.", "… at marisolterhorst.com."
const LONE_CALL =
  /^(?:find out|learn) more (?:about|at|on|here)\b[^,?]*(?:website|site|page|link|\.\p{L}{2,4})\.?$/iu;

/**
 * A promotion box at the end of a page, after the last answer: a short heading with no stop
 * ("Be a councillor") over a "Find out more …" line that ends the page. Returns their indexes
 * among `texts`. An answer's last paragraph ends with a stop; a question's answer follows a "?".
 */
export function promotionBox(texts: readonly string[]): number[] {
  const last = texts.length - 1;
  const heading = texts[last - 1] ?? '';
  if (!BOX_CALL.test(texts[last] ?? '')) return [];
  if (
    heading.length > 0 &&
    heading.length <= 40 &&
    !/[.!?:;,]$/u.test(heading) &&
    // A box's heading names no one; an answer's closing line may ("See you all in June").
    !/\b(?:i|me|my|we|our|you|your)\b/iu.test(heading) &&
    /[.!”"’)]$/u.test(texts[last - 2] ?? '')
  )
    return [last - 1, last];
  // Alone, only a link's call ("Find out more about …", "… at …"): an answer's last paragraph
  // may open "Learn more in one morning than any leaflet can tell you, and …".
  return /[?？؟][”"’')]*$/u.test(heading) || !LONE_CALL.test(texts[last] ?? '') ? [] : [last];
}

// A repost's links back to the original, as its last lines: "Read the full interview.", "Visit
// Hanna Osei's website." (a full name's site: not "Visit the museum website and you will see
// why", nor a guest's own "Visit their website." or "Visit the council's website.").
const REPOST_LINK =
  /^(?:read|see) the (?:full|whole|complete|rest of the) (?:interview|q&a|conversation|article)(?: (?:here|at|on|in) [^.!?]{1,80})?(?: here)?[.!]?$/iu;
const VISIT_SITE =
  /^[Vv]isit (.{3,60})[’']s (?:official )?(?:website|web site|site|blog|home ?page)(?: here)?[.!]?$/u;
const isRepostLink = (text: string) =>
  REPOST_LINK.test(text) || isNameLine(VISIT_SITE.exec(text)?.[1] ?? '');

/**
 * A repost's links back at the end of a page, after the last answer (REPOST_LINK): their indexes
 * among `texts`. Not right after a question: there such a line answers it.
 */
export function repostLinks(texts: readonly string[]): number[] {
  let start = texts.length;
  while (start > 0 && isRepostLink(texts[start - 1] ?? '')) start -= 1;
  if (/[?？؟][”"’')]*$/u.test(texts[start - 1] ?? '?')) return [];
  return texts.map((_, i) => i).slice(start);
}

/**
 * A site-wide banner as a page's first line, a statement then a call to read the site's own
 * paper, with no stop after it: "Rebuilding the partnership … Read our Local Government White
 * Paper". A headline does not tell the reader to read.
 */
export function isBannerLine(text: string): boolean {
  return /^[^?]{10,200}[.!] Read our [^.!?]{3,80}$/u.test(text);
}

// A site's name in Latin capitals and its slogan in another script, as a page's first line:
// "ONE - מספר 1 בספורט" (number 1 in sport) over a Hebrew page's headline.
const SITE_SLOGAN =
  /^\p{Lu}[\p{Lu}\d]{1,11}\s[-–|]\s(?=.*[^\P{L}\p{Script=Latin}])[^\p{Script=Latin}]{3,60}$/u;

/** Whether a page's first line is its site's name and slogan (SITE_SLOGAN). */
export function isSiteSlogan(text: string): boolean {
  return SITE_SLOGAN.test(text);
}

// A line that is nothing but a web address.
const LINK_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;

/**
 * Whether a line is only a web address (a scraper's source link, the page's
 * own address), unless the line before introduces it ("…read it here:").
 */
export function isLinkLine(text: string, previous: string | undefined): boolean {
  return LINK_ONLY.test(text) && !/:$/u.test(previous ?? '');
}

// The heading of a press-contact box: "Ansprechpartner", "Media contact".
const CONTACT_HEADING =
  /^(?:ansprechpartner(?:in)?|pressekontakt|kontakt|(?:media |press )?contacts?|contact presse|contacto(?: de prensa)?)$/iu;
// Its last line: a phone number or an e-mail link.
const CONTACT_END =
  /^(?:(?:tel(?:efon|ephone)?\.?|phone|fax)\s*:?\s*\+?[\d\s()/.-]{6,24}|e-?mail(?: senden)?|\S+@\S+\.\S+)$/iu;

/**
 * A press-contact box, "Ansprechpartner / Mara Feldner / Pressesprecherin /
 * Telefon … / E-Mail senden": its heading, up to three short lines (a name, a
 * role) and the phone or e-mail lines that close it. Returns their indexes.
 */
export function contactBox(texts: readonly string[]): number[] {
  const found: number[] = [];
  texts.forEach((text, i) => {
    if (!CONTACT_HEADING.test(text)) return;
    let end = i + 1;
    while (end < texts.length && end <= i + 4 && !CONTACT_END.test(texts[end] ?? '')) {
      const line = texts[end] ?? '';
      if (line.length > 40 || /[.!?:;]$/u.test(line)) return;
      end += 1;
    }
    if (!CONTACT_END.test(texts[end] ?? '')) return;
    while (CONTACT_END.test(texts[end] ?? '')) end += 1;
    for (let j = i; j < end; j += 1) found.push(j);
  });
  return found;
}
