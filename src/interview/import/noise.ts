import { contactHeader } from './contact-header';
import { siteNameAbove, withoutTagAndIssue } from './site-name';
import { blogHeaderOverPost } from './blog-header';
import { catalogueRecord } from './catalogue-record';
import { archiveRecord, recordFieldRuns } from './record-fields';
import { printedPageNumbers } from './page-numbers';
import { gluedBreadcrumbs } from './glued-breadcrumb';
import { serviceAdverts } from './service-advert';
import { isArchiveChrome } from './archive-chrome';
import { capsMenuAndSection } from './caps-menu';
import {
  blogMastheadOverTitle,
  boardOverPager,
  mastheadOverDatedHeadline,
  mastheadOverMenu,
} from './masthead-menu';
import { isBracketedNameLine } from './name-line-guest';
import { latinMasthead } from './latin-masthead';
import { SUBTITLE_TIMING } from './subtitle-lines';
import { isImageFileName } from './captions';
import {
  isAlertOrLinkLine,
  isCookieButton,
  isImageRow,
  isFinnishBlogFooter,
  isNewsroomByline,
  isPlatformListingLine,
} from './platform-lines';
import { isCommentScore, isThreadLine } from './thread-front-end';
import { isPartialDateLine, isTimeLine, parseDateLine } from './dates';
import {
  contactBox,
  isBreadcrumb,
  isLinkLine,
  isLowerCaseMenu,
  isMenuLine,
  isMenuWord,
  isPlatformFurniture,
  isSourceCredit,
  isPromotionLine,
  isBannerLine,
  isSiteSlogan,
  promotionBox,
  repostLinks,
} from './furniture';
import { isNameLine } from './names';
import { isDateWithCounts, isElidedPullQuote, isPortraitCredit } from './page-meta';
import { endsQuestion, isHeadingLike } from './structure';
import { toolHeader } from './tool-header';
import { donationBox } from './donation-box';
import { japanesePullQuotes } from './japanese-pull-quote';
import { menuOverSpeakerHeadline } from './menu-over-speaker';
import type { SourceParagraph } from './paragraphs';
import { quotedNear } from './pull-quote';

// A figure on a line of its own: "Games: 142", "Walks: 64".
const FIGURE = /^\p{L}[\p{L} ]{0,30}:\s*[\d.,]+$/u;

/** A CMS's "Hits: 845" among a list of figures ("Games: 142" / "Hits: 187"): a player's, not Joomla's. */
function isFigure(text: string, paragraphs: readonly SourceParagraph[], i: number): boolean {
  return (
    /^(?:zugriffe|hits):/iu.test(text) &&
    [paragraphs[i - 1], paragraphs[i + 1]].some((p) => FIGURE.test(p?.text ?? ''))
  );
}

/** Why a paragraph is page noise rather than article text. */
export type NoiseReason =
  | 'repeated line'
  | 'ticker'
  | 'date line'
  | 'page furniture'
  | 'cookie notice'
  | 'image file name'
  | 'after the article';

// Whole lines that scrapers bring from around an article: menus, sharing,
// related links, ads. Matched case-insensitively against the whole line.
// The podcast apps a show's subscribe line names.
const PODCAST_APP =
  '(?:apple podcasts|itunes|spotify|google podcasts|pocket casts|overcast|stitcher|youtube(?: music)?|amazon music)';

const FURNITURE = new RegExp(
  '^(?:[•·]\\s*)?(?:' +
    [
      '(?:read more|read also|also read|see also|more on this|read the (?:full )?story)\\b.{0,200}',
      // "Continue reading …" in the languages interviews reach us in: "Continuer la lecture de « … »".
      '(?:continue reading|continuer la lecture|lire la suite|weiterlesen|(?:leer|ler) más|seguir leyendo|continua a leggere|czytaj dalej|ler mais)\\b.{0,200}',
      'this article is from .{1,40}',
      // Indonesian and Malay "read also" / "see also" links: "Baca juga: …".
      '(?:baca|lihat) juga\\b.{0,200}',
      // Spanish "read also" links: "Lee también" (the headline under it is not told from text).
      'lee también\\b.{0,200}',
      // A site's links out: "Find us on Facebook …", "… RSS Subscribe to RSS", "Browse by Sport",
      // a theme's "Archive | Author Q & A RSS for this section".
      'find us on\\b[^.!?]{0,60}\\b(?:facebook|twitter|instagram|youtube|linkedin|tiktok|threads|bluesky|mastodon)\\b[^.!?]{0,60}|(?:[^.!?]{0,60}\\s)?rss(?: feeds?| for this \\w+)?(?:\\s+subscribe to rss)?|browse by \\p{L}+(?: \\p{L}+)?',
      // Australian transcripts' head: "E&OE TRANSCRIPT" (errors and omissions excepted), "E&OE - PROOF ONLY".
      'e\\s?&\\s?oe(?:\\s*[-–—]?\\s*(?:transcript|proof only))?',
      // A transcription service's credit: "Transcript provided by …", "FastScripts Transcript by …".
      '(?:\\S+\\s+)?transcript(?:s|ion)? (?:provided )?by [^.!?]{1,60}',
      // A podcast's subscribe line and a sign-up wall: "Subscribe to X now on Apple Podcasts, Spotify, …",
      // "If you have a member number, please enter it here …", "ENJOY UNLIMITED ACCESS TO …".
      // (Two apps, or "wherever you get podcasts": "Listen, nobody here has heard of Spotify" is an answer.)
      `(?:subscribe|listen|follow)\\b[^.!?]{0,160}\\b(?:${PODCAST_APP}\\b[^.!?]{0,60}\\b${PODCAST_APP}|wherever you (?:get|listen to) (?:your )?podcasts)\\b.{0,80}`,
      // One app, where the line says no more: "Listen on Apple Podcasts", "Subscribe on Spotify";
      // where the show is said to be there: "This podcast interview is available on iTunes…" (the
      // apps' links run together once copied: "on iTunesStitcherPlayer FM and right here:").
      `(?:subscribe|listen)(?: to (?:this|the|our) (?:episode|podcast|show|interview))? (?:on|in|via) ${PODCAST_APP}[.!]?`,
      `(?:this |the )?(?:podcast|episode|interview|show)(?: (?:interview|episode))? is (?:also )?available (?:on|in|at|via|from) ${PODCAST_APP}.{0,120}`,
      'if you have an? [^.!?]{0,40}\\b(?:member(?:ship)?|subscriber|account) (?:number|id)\\b.{0,150}',
      // ("Get free access to clean water, for every family" is an answer.)
      '(?:enjoy|get|unlock) unlimited acc?ess?\\b.{0,80}',
      // A copyright line that opens with the title: "Reactions News ISSN 0000-1234 Copyright © 2023 …";
      // Korean, Japanese and Chinese no-reproduction notices ("… 무단전재 및 재배포 금지") and a Korean
      // news site's call for tips ("※ … 제보를 기다립니다").
      '[^.!?]{0,80}\\b(?:issn\\s*\\d{4}-?\\d{3}[\\dx]|copyright\\s*(?:©|\\(c\\))).{0,150}',
      '.{0,80}(?:무단\\s*전재|무단\\s*복제|無断(?:転載|複製|転用)|版[权權]所有|未[经經](?:许可|授权|許可|授權)).{0,80}',
      '※.{0,80}제보.{0,80}',
      // A WebVTT cue's timing: "0:00:03.360 --> 0:00:09.280".
      '(?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{3}\\s+-->\\s+(?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{3}(?:\\s.{0,80})?',
      'related(?: articles?| posts?| stories| news| content| coverage)?',
      // A subtitle archive's chrome: "Similar Content", "Browse content similar to …", its
      // table's header "LineFromTo".
      'similar content|browse content similar to .{1,200}|linefromto',
      'suggested (?:articles?|reading|stories|posts)',
      // A live chat's moderation note: "Editor's Note: … moderators retain editorial control …".
      '.{0,60}\\bmoderators retain editorial control\\b.{0,300}',
      'recommended(?: for you| articles?| stories)?',
      'you (?:may|might) also (?:like|be interested in)',
      'more (?:stories|articles|news|from [^.!?]{1,60})',
      // Most read, in Arabic too: "الأكثر قراءة", "الأكثر تداولًا".
      'most (?:read|popular|viewed)|الأكثر (?:قراءة|مشاهدة|تداول)[\\p{M}ا]*',
      'popular(?: posts| articles| now)?',
      'trending(?: now)?',
      'sidebar',
      // A reading time: "この記事は約5分で読めます。", "4 min read" (a channel's counts and a post's
      // age are POST_AGE, below).
      '(?:この記事は)?約?\\d+分で読めます。?|\\d+\\s*min(?:ute)?s? read|reading time\\s*:?\\s*\\d+\\s*min(?:ute)?s?',
      'advertisement|advertising|sponsored(?: content)?|ad',
      'share(?: this(?: article| story| post| page)?)?(?: on [a-z ]{1,20})?|\\S+ share button',
      '(?:tweet|print|email|e-mail|copy link|reply|comments?|(?:no|\\d+) comments?)(?: \\(\\d+\\))?',
      // A post's time, author and comment count: "14:38 OMG 0 Comments".
      '\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s+[^.!?]{1,40}?\\s+(?:no|\\d+) comments?',
      // A comment section's header: "14 responses to “How we …”", "3 Replies to …".
      '\\d+ (?:responses?|repl(?:y|ies)|comments?|thoughts) (?:to|on) .{1,200}',
      // WordPress's like button before it loads: "Like this:" over "Loading...".
      'leave a (?:comment|reply)|post a comment|like this(?=\\s*:)|loading',
      // Blogs: "Posted by Ann Lee at 6:21 AM", "Posted in Q&A", "Newer Post Older Post Home".
      'posted by [^.!?,;]{1,60} at \\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|posted in [^.!?]{1,60}',
      '(?:newer|older) posts?(?:\\s+(?:newer|older) posts?)?(?:\\s+home)?',
      // Page numbers of an article split over pages: "Pages: 1 2 3", "Seiten: 1 2 3".
      '(?:pages?|seiten?|páginas?|pagine)\\s*:?\\s*\\d+(?:\\s+\\d+)*',
      'subscribe\\b.{0,80}',
      // A newsletter box inline: "Get the latest supply chain news delivered to your inbox. Subscribe…".
      'get (?:the latest|our) [^.!?]{1,60} (?:delivered )?(?:to|in) your inbox\\.?(?:\\s+subscribe\\b[^.!?]{0,80}\\.?)?',
      'sign up\\b.{0,100}',
      '(?:get (?:our|the) )?newsletter\\b.{0,80}',
      'follow us\\b.{0,60}',
      // Spanish pages' follow and newsletter lines: "Síguenos en Twitter", "Suscríbase al boletín de
      // EC", "Suscríbete a nuestra newsletter …" and its "Apuntarme" button, "Recibe las noticias
      // más importantes en tu correo".
      's[íi]gu?enos en\\b.{0,60}|suscr[íi]b(?:[ae]se|ete)\\b.{0,80}|apuntarme|recib[ea] (?:las|nuestras) (?:noticias|novedades)\\b.{0,80}',
      // A wiki's edit link, alone on a line: "編集", "Edit", "Bearbeiten".
      '編集|edit|editar|bearbeiten|modifier|modifica|edytuj',
      'skip to (?:main )?content|menu|search|home|back to top|log ?in|log ?out|sign in|sign out|register',
      // Finnish log-in and subscribe buttons ("Kirjaudu", "Tilaa tiedotteet": subscribe to
      // releases); a press-release page's kind over its headline ("Tiedote", "Press release").
      'kirjaudu(?: sisään| ulos)?|tilaa (?:tiedotteet|uutiskirje)|tiedote|press release|pressmeddelande|pressemitteilung|communiqué de presse',
      // "Skip to content" in other languages: a page's first link, never its headline.
      'ugrás a tartalomhoz(?: lépj a menübe)?|lépj a menübe|aller au contenu(?: principal)?|saltar al contenido(?: principal)?|ir al contenido(?: principal)?|vai al contenuto(?: principale)?|pular para o conteúdo(?: principal)?|naar de (?:hoofd)?inhoud|перейти к (?:основному )?(?:содержанию|содержимому)',
      // A header's buttons and a station's archive link in other languages; a bar left alone.
      'men[üú]|suche|buscar|recherche|szukaj|zoeken|pesquisar|archiv|\\|',
      // A flipbook's page name, its file's name and the page: "Rivista_di_Meccanica_Oggi_172 - page 43".
      '[\\w.-]+_[\\w.-]+ - page \\d{1,4}',
      // A podcast app's page: its cover image's name, an idle player's time, its apps line, the
      // host network's privacy line. A news page's "Updated" flag over the article.
      '.{1,150} - podcast (?:episode )?cover|--:--|listen in podcast apps',
      'see omnystudio\\.com/listener for privacy information',
      // An icon's alt text left before its value: "Location icon Worldwide", "Calendar icon 12 May 2021".
      '(?:location|calendar|clock|time|date|user|author|map|pin|globe|tag|folder|eye|comment)s? icon\\b[^.!?]{0,40}',
      // A call to hear the whole programme where it airs: "Ouça o programa completo na Rádio Ufal.",
      // "Listen to the full interview on WNYC.", "Réécoutez l'émission sur France Bleu."
      "(?:ouça|escute|oiga|escuche|écoutez|réécoutez|hören sie|listen to)\\s+(?:(?:o|a|el|la|le|l[’']|the|die|das|den)\\s*)?(?:(?:full|complete|whole)\\s+)?(?:programa|program(?:me)?|episódio|episodio|épisode|episode|entrevista|interview|émission|emisión|sendung|podcast|show)(?:\\s+(?:completo|completa|complet|complète|entero|entera|in full))?\\s+(?:na|no|en|sur|on|auf|in|at)\\s+[^.!?]{1,60}\\.?",
      // ("- Atualizado em" with its date left out.)
      '(?:-\\s*)?(?:atualizado|actualizado|aggiornato|aktualisiert)(?: (?:em|el|il|am))?',
      // A CMS's template field left in the page ("[[field:story]]"); an editor's pointer to the
      // transcript ("[Full transcription after video]"); a TV site's "Watch Live" button; German
      // share, print and back-to-top buttons.
      '\\[\\[[^\\][]{1,60}\\]\\]|\\[(?:full |complete )?transcri(?:pt|ption)\\b[^\\][]{0,60}\\]|watch live|(?:artikel|beitrag|seite) teilen|(?:seite )?drucken|nach oben',
      // A Japanese page's update flag and back link: "- 2025/06/23 更新", "一覧へ戻る", and a
      // link to the series' list, "リレーインタビュー一覧へ" (no sentence: no "。").
      '(?:[-–]\\s*)?\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}\\s*更新|(?:一覧|トップ|記事一覧)(?:へ|に)戻る|[^\\s。、]{1,20}一覧へ',
      // A station's standing disclaimer under its interviews (Deutschlandfunk's).
      'äußerungen unserer gesprächspartner geben deren eigene auffassungen wieder\\..{0,200}',
      // A press office's standing footer under its briefings (the United Nations').
      'for information media\\.? not an official record\\.?',
      // Skip links in other languages: "Sari direct la conținut", "Zum Inhalt springen".
      'sari (?:direct )?la con[țţt]inut|zum inhalt springen|aller au contenu|ir al contenido|vai al contenuto|przejd[źz] do tre[śs]ci|naar (?:de )?inhoud|pular para o conte[úu]do',
      // An accessibility toolbar's lines: "Narzędzia dostępności", "Dodatkowe narzędzia".
      "accessibility (?:tools|options|settings)|additional tools|narz[ęe]dzia dost[ęe]pno[śs]ci|dodatkowe narz[ęe]dzia|outils d[’']accessibilit[ée]|herramientas de accesibilidad|ferramentas de acessibilidade",
      '(?:reset|forgot(?: your)?) password|my account|create (?:an )?account|account settings',
      '(?:tags?|topics?|labels|categor(?:y|ies)|(?:category|tag|author) archives?|filed under|keywords)\\s*:.{0,200}',
      '(?:etiketler|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|kategorien?|rubriken?|etiquetas|categor(?:í|i)as?|publicado en|étiquettes|mots-clés|catégories?)\\s*:.{0,200}',
      'kommentar (?:verfassen|schreiben)|deja un comentario|laisser un commentaire',
      'nessun commento|commenti chiusi|comments (?:are )?closed',
      'view (?:more|all) (?:articles|posts|stories) (?:from|by).{0,80}',
      'all rights reserved.{0,100}|©.{0,150}|copyright\\b.{0,150}',
      // Russian, Ukrainian and Uzbek pages: share, comments, print, ads, tags, home.
      // ("Поделиться в соц. сетях": share in social networks.)
      'поделиться(?: в соц(?:\\.|иальных) сетях)?|поділитися(?: в соц(?:\\.|іальних) мережах)?|ulashish|комментари(?:и|й)|коментар(?:і|ів)|izohlar|печать|друк|реклама|reklama',
      '(?:теги|теґи|метки|мітки|teglar)\\s*:.{0,200}',
      'главная(?: страница)?|головна(?: сторінка)?|bosh sahifa',
      // An Arabic page's home link, perhaps with the site's name: "الصفحة الرئيسية . موقع …".
      '(?:الصفحة )?الرئيسية(?:\\s*[.|»›/-]\\s*[^.!?؟]{1,60})?',
      // Spanish, French, German, Italian, Azerbaijani, Turkish, Polish and Croatian or Serbian
      // pages likewise ("Podijeli :", a space before the colon).
      'compartir|compartilhe|compartilhar|partager|teilen|condividi|paylaş|şərhlər|yorumlar|udostępnij|podijeli|podeli|シェアする|ツイート|ana sayfa|شارك|مشاركة|แชร์',
      // A photo agency's credit in its slug form, the name run into one word between x's:
      // "xxIvanxMarinx via Guliver" (a name written out, "Marko Horvat via Guliver", is no slug).
      'xx\\p{L}+x via \\p{Lu}[\\p{L}]{1,20}(?: [\\p{L}]{1,20})?',
      '(?:comentarios|comentários|commentaires|kommentare|commenti)(?: \\(\\d+\\))?',
      'publicidad|publicité|pubblicità|anzeige|werbung|reklam',
      'back to (?:report|index|the top)',
      // Sharing buttons, one to a line or several in one, perhaps with their verb ("Share to Facebook").
      '(?:share (?:to|on|via|with) )?(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|e-?mail)(?:\\s*[|·,/]?\\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|e-?mail))*',
    ].join('|') +
    ')\\s*[:»›>→.]*$',
  'iu',
);

/**
 * A line ending in "..." whose words, but the last cut one, are how the text after it begins, or
 * how a line before it begins (a gallery's or a related link's cut copy of the headline).
 */
function isTeaser(
  text: string,
  after: readonly SourceParagraph[],
  before: readonly SourceParagraph[],
): boolean {
  const cut = /^(.{30,}?)\s+\S*(?:\.{3}|…)$/u.exec(text)?.[1];
  return (
    cut !== undefined &&
    (after
      .map((p) => p.text)
      .join(' ')
      .includes(cut) ||
      before.some((p) => p.text.length > text.length && p.text.startsWith(cut)))
  );
}

// A call in capitals: "ZOBACZCIE ZDJĘCIA Z PRYWATNEGO ARCHIWUM!", "SEE ALL THE PHOTOS!"; not a
// turn of a transcript written in capitals ("JOHN SMITH: WE WILL WIN!", "— WE WILL!").
const SHOUTED = /^(?=(?:.*\p{Lu}){10})(?![-–—])[^\p{Ll}:：]+!$/u;

const EMPTY_HEADING = /^\p{Lu}[\p{L} ]{1,30}:$/u;

// A post's age or a channel's counts on a line of its own ("last year", "3 weeks ago", "12.4K
// followers"): furniture, unless it follows a question it answers ("When did you start? / Last year").
const POST_AGE =
  /^(?:last (?:week|month|year)|(?:\d+|an?) (?:minutes?|hours?|days?|weeks?|months?|years?) ago|[\d.,]+\s*[km]?\s+(?:followers|subscribers))$/iu;

// A story platform's reads, votes and comments on one line ("52 17 3"): furniture before the first
// question; after it a line of numbers is someone's ("Your shirt numbers?" / "7 10 23", a phone
// number "0161 496 0000" on a line of its own).
const PLATFORM_COUNTS = /^\d{1,7}(?: \d{1,7}){1,3}$/u;

// Where related links or comments begin: once the article is over, everything after them is page.
// Dutch "Lees ook", Korean "관련 기사" and Turkish "Bu habere henüz yorum yapılmamış." (no comments
// yet) too: a news site's related headline or copyright line follows them.
// Korean most-read lists may carry the publication's name first: "한겨레21 인기기사".
// (Thai: "ข่าวที่เกี่ยวข้อง", related news; "บทความ…", articles; "แท็ก…", tags.)
const RELATED_HEADER =
  /^(?:читайте также|читайте також|см\. также|похожие (?:материалы|новости|статьи)|другие новости|схожі (?:матеріали|новини)|shuningdek o[‘'’`]?qing|noticias relacionadas|le[ae] también|leia (?:também|mais)|veja também|notícias relacionadas|lire aussi|à lire aussi|mehr zum thema|das könnte sie auch interessieren|leggi anche|articoli correlati|related(?: articles?| posts?| stories| news| content)?|latest (?:news|stories|articles|posts)|lo más visto|suggested (?:articles?|reading|stories)|recommended(?: for you)?|you (?:may|might) also like|more (?:stories|articles|news|from\b.*)|most (?:read|popular|viewed)|read more|(?:also|read) (?:read|also)|sidebar|comments?(?: \(\d+\))?|no comments|leave a (?:comment|reply)|post a comment|no hay comentarios|aucun commentaire|keine kommentare|(?:comentarios|commentaires|kommentare|commenti)(?: \(\d+\))?|articles similaires|artículos relacionados|ähnliche beiträge|discussion about this (?:post|episode)|\d+ (?:responses?|repl(?:y|ies)|comments?) (?:to|on)\b.*|комментарии(?: \(\d+\))?|коментарі|(?:czytaj|zobacz) (?:także|też|również)|(?:powiązane|podobne) artykuły|komentarze(?: \(\d+\))?|lees ook|gerelateerde artikelen|관련\s?기사|관련\s?뉴스|ilgili haberler|(?:bu habere )?henüz yorum yapılmamış\.?|関連記事|関連項目|ランキング|(?:\S{1,15} )?(?:인기 ?기사|많이 본 기사)|相[关關](?:新[闻聞]|文章|阅读|閱讀)|(?:ข่าว|บทความ|แท็ก)ที่เกี่ยวข้อง)\s*[:»›>→]*$/iu;

// "NEWS | SPORT | BUSINESS", "Home › World › Asia": short items between separators.
const NAVIGATION = /^[^.!?|›»/]{1,30}(?:\s+[|›»/]\s+[^.!?|›»/]{1,30}){1,12}$/u;

/** A page's first line of two parts, neither a menu word, is its rubric and title: "A-Z | Jo Rennie". */
function isRubricTitle(text: string, i: number): boolean {
  const parts = text.split(/\s+\|\s+/u);
  return i === 0 && parts.length === 2 && !parts.some((part) => isMenuWord(part));
}

const COOKIES =
  /\bcookies?\b.{0,300}\b(?:accept|consent|privacy|browsing|experience|settings|preferences|agree|experiência|privacidade|navegando|concorda)\b|\b(?:accept|reject) (?:all )?cookies\b/iu;

// "• KZT/USD = 0.00203 0%", "EUR 1.0823 +0.12%", "BTC $97,000 ▲ 2.1%"
// (Two figures glued together are one run of two digits or more: split every way, a run of
// 100,000 digits after "ABC " took half a minute.)
const TICKER =
  /^(?:[•·*\-–]\s*)?(?:[A-Z]{2,5}\s*\/\s*[A-Z]{2,5}\s*[=:]|[A-Z]{2,6}\s+[$€£]?(?:[\d.,]{2,}|[\d.,]+(?:\s*[▲▼+\-−]\s*|\s+)[\d.,]+)\s*%$)/u;

// A site's tagline saying whose official site it is, before the first question: "Oficjalna strona
// Prezydenta Rzeczypospolitej Polskiej", "The official website of the Mayor of Leeds". Only names
// follow (a lead's "Oficjalna strona Prezydenta opublikowała …" says something).
const OFFICIAL_SITE =
  /^(?:The )?(?:[Oo]fficial (?:web ?site|site|page) of|Oficjalna strona|Offizielle (?:Web)?[Ss]eite|Site officiel|(?:Sitio|Página|Portal) oficial|Sito ufficiale)(?: (?:\p{Lu}[\p{L}.'’-]*|of|the|de|del|la|do|da|des|du|der|di|w|i|and|y|e|und|et)){1,10}$/u;

// A thread's or a post's counters: "Comments: 9822 • Responses: 31 • Date:".
const COUNTERS =
  /^\p{L}[\p{L} ]{0,20}:\s*[\d.,]*(?:\s*[•·|]\s*\p{L}[\p{L} ]{0,20}:\s*[\d.,]*){1,6}$/u;

// A sign-up wall's privacy note: "… values your privacy. By submitting your information, you …".
const SIGN_UP = /\b(?:values|respects) your privacy\b.{0,300}\bby (?:submitting|entering) your\b/iu;

/** Whether a line is one of the page's buttons, links or labels (FURNITURE), wherever it stands. */
export function isFurnitureLine(text: string): boolean {
  return FURNITURE.test(text);
}

/** Whether a line reads as the header of a block of related links. */
export function isRelatedHeader(text: string): boolean {
  return RELATED_HEADER.test(text);
}

/**
 * An image named after words the page writes apart in capitals, one lower-case word alone on a
 * line: "radiodoctorants" where the page says "Radio Doctorants".
 */
function squashedName(text: string, paragraphs: readonly SourceParagraph[]): boolean {
  if (!/^\p{Ll}{6,40}$/u.test(text)) return false;
  const apart = new RegExp(`\\b${[...text].join('[ _-]?')}\\b`, 'iu');
  return paragraphs.some(
    (p) => /[ _-]/u.test(apart.exec(p.text)?.[0] ?? '') && /\p{Lu}/u.test(p.text),
  );
}

// Blogger's footer: its feed's link in any language, "Subscribe to: Post Comments (Atom)", and
// its post's "Posted by Ann Lee at 6:21 AM" ("Publicado por …", "Publié par …", …).
export const BLOGGER_MARK =
  /\(atom\)$|^(?:posted by|publicado por|publié par|eingestellt von|pubblicato da|upplagd av|geplaatst door|postado por) /iu;

// A site's name that is its domain, alone on a line before the first question: "NYC.gov", and
// under the date "iGol.pl". Not where the page writes it again: a firm's profile headed by its
// name ("Booking.com" / "Maya Lind joined Booking.com in 2019 …").
const SITE_DOMAIN =
  /^(?:www\.)?[\p{L}\d-]+\.(?:gov|com|org|net|edu|info|news|io|tv|fm|pl|de|at|ch|fr|es|cat|it|pt|ru|ua|kz|uz|tr|nl|jp|in|br|eu|co\.uk|com\.au)$/iu;
const siteDomain = (text: string, paragraphs: readonly SourceParagraph[]) =>
  SITE_DOMAIN.test(text) &&
  // Its copyright line in the footer ("Północna.tv © 2024. …") is no other mention.
  paragraphs.filter(
    (p) => p.text.toLowerCase().includes(text.toLowerCase()) && !/©|\bcopyright\b/iu.test(p.text),
  ).length === 1;

// A gallery's photo counter: "1", "1/5", "2 / 12" (a lone "39" is a printed page's number).
const PHOTO_COUNTER = /^(?:[1-9]|\d{1,2}\s?\/\s?\d{1,2})$/u;

/**
 * A photo counter alone on a line in the page's first four lines, before the first question
 * (“기자님 후배가 되고 싶어요” / "1" / the lead); not one numbering the question under it.
 */
function isPhotoCounter(paragraphs: readonly SourceParagraph[], i: number, firstAsk?: number) {
  return (
    i <= 3 &&
    i < (firstAsk ?? Infinity) &&
    PHOTO_COUNTER.test(paragraphs[i]?.text ?? '') &&
    !/[?？؟]$/u.test(paragraphs[i + 1]?.text ?? '')
  );
}

/**
 * Classifies the paragraphs that are page noise whatever their position: lines
 * repeated across the page (tickers, menus), tickers, date lines, sharing and
 * menu furniture, cookie notices. Article text is never matched by a rule that
 * needs more than the line itself, so an answer that mentions cookies stays.
 */
export function findNoise(paragraphs: readonly SourceParagraph[]): Map<number, NoiseReason> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) counts.set(p.text, (counts.get(p.text) ?? 0) + 1);
  const noise = new Map<number, NoiseReason>();
  // The text before paragraph i that is not furniture: a question an ad line separates from its answer.
  // (Walked back from i, not copied: a copy of everything before each line made a long page quadratic.)
  const asked = (i: number) => {
    for (let j = i - 1; j >= 0; j -= 1) {
      const q = paragraphs[j];
      if (q && !noise.has(q.index)) return q.text;
    }
    return '';
  };
  // Every paragraph's text, made once: made again for each paragraph, a long page was quadratic.
  const texts = paragraphs.map((o) => o.text);
  // Between the first and the last question a line is the interview's: a show's or site's call
  // there is an answer's words ("Audio engineering by ear was how we all learned.").
  const asks = paragraphs.flatMap((p, i) => (/[?？؟][”"’')]*$/u.test(p.text) ? [i] : []));
  const inBody = (i: number) => (asks[0] ?? i) < i && i < (asks.at(-1) ?? i);
  // The first paragraph that asks, in Greek too ("…;").
  const firstAsking = paragraphs.findIndex((p) => endsQuestion(p.text));
  paragraphs.forEach((p, i) => {
    const previous = paragraphs[i - 1];
    if (TICKER.test(p.text)) noise.set(p.index, 'ticker');
    // A podcast page's list of chapters (splitParagraphs marks it), a subtitle's timing line.
    else if (p.chapterList || SUBTITLE_TIMING.test(p.text)) noise.set(p.index, 'page furniture');
    else if (
      isImageFileName(p.text, paragraphs[i + 1]?.text) ||
      // Before the first question: after it, a word alone is an answer's ("In one word:" / "bittersweet").
      (i < (asks[0] ?? 0) && squashedName(p.text, paragraphs))
    )
      noise.set(p.index, 'image file name');
    // A time alone is furniture beside a date, unless it follows a question it answers ("9:00").
    else if (
      parseDateLine(p.text) ||
      isDateWithCounts(p.text) ||
      (isPartialDateLine(p.text) &&
        !(isTimeLine(p.text) && /[?？؟][”"’')]*$/u.test(previous?.text ?? '')))
    )
      noise.set(p.index, 'date line');
    // Repeated three times or more and not a sentence ("Yes." may well be said thrice).
    else if (
      p.text.length <= 120 &&
      !/[.!?…"”’]$/u.test(p.text) &&
      (counts.get(p.text) ?? 0) >= 3
    ) {
      noise.set(p.index, 'repeated line');
    } else if (previous && previous.text === p.text) noise.set(p.index, 'repeated line');
    // A blog's teaser: the start of the post, cut off with "...", above the post itself.
    else if (isTeaser(p.text, paragraphs.slice(i + 1, i + 8), paragraphs.slice(0, Math.min(i, 20))))
      noise.set(p.index, 'page furniture');
    // A heading over nothing, another one right under it: show notes' empty "Links:".
    else if (EMPTY_HEADING.test(p.text) && EMPTY_HEADING.test(paragraphs[i + 1]?.text ?? ''))
      noise.set(p.index, 'page furniture');
    else if (
      p.text.length <= 300 &&
      // A sharing button's word closed by a full stop right after a question answers it
      // ("Wie hältst du Kontakt …?" / "WhatsApp.").
      ((FURNITURE.test(p.text) &&
        !(/\p{L}\.$/u.test(p.text) && /[?？؟][”"’')]*$/u.test(asked(i)))) ||
        (NAVIGATION.test(p.text) && !isRubricTitle(p.text, i)) ||
        (SHOUTED.test(p.text) && p.text.includes(' ')) ||
        (isPlatformFurniture(p.text) && !isFigure(p.text, paragraphs, i)) ||
        isPlatformListingLine(p.text) ||
        isImageRow(p.text, previous?.text) ||
        isAlertOrLinkLine(p.text) ||
        isFinnishBlogFooter(p.text) ||
        isThreadLine(p.text) ||
        isCommentScore(p.text, paragraphs[i + 1]?.text) ||
        (isCookieButton(p.text) && noise.get(previous?.index ?? -1) === 'cookie notice') ||
        (i < (asks[0] ?? 0) && isNewsroomByline(p.text)) ||
        isSourceCredit(p.text, texts) ||
        isMenuLine(p.text) ||
        (i === 0 && isLowerCaseMenu(p.text)) ||
        COUNTERS.test(p.text) ||
        (POST_AGE.test(p.text) && !/[?？؟][”"’')]*$/u.test(asked(i))) ||
        (PLATFORM_COUNTS.test(p.text) && i < (asks[0] ?? 0)) ||
        (isBreadcrumb(p.text) && i < (asks[0] ?? 0)) ||
        isPhotoCounter(paragraphs, i, asks[0]) ||
        (i < (asks[0] ?? 0) && isPortraitCredit(p.text)) ||
        isElidedPullQuote(p.text, texts) ||
        (isPromotionLine(p.text, previous?.text) && !inBody(i)) ||
        (i === 0 && (isBannerLine(p.text) || isSiteSlogan(p.text))) ||
        (i < (asks[0] ?? 0) && siteDomain(p.text, paragraphs)) ||
        (i < (asks[0] ?? 0) && OFFICIAL_SITE.test(p.text)) ||
        isArchiveChrome(p.text, i < firstAsking) ||
        isLinkLine(p.text, previous?.text))
    ) {
      noise.set(p.index, 'page furniture');
    } else if (p.text.length <= 600 && (COOKIES.test(p.text) || SIGN_UP.test(p.text)))
      noise.set(p.index, 'cookie notice');
  });
  for (const i of contactBox(texts)) noise.set(paragraphs[i]?.index ?? -1, 'page furniture');
  // A transcript tool's leaked header: not a date line either (its processing time).
  for (const i of toolHeader(texts)) noise.set(paragraphs[i]?.index ?? -1, 'page furniture');
  // Set apart from the interview: one between its questions is a guest's own call.
  for (const i of donationBox(texts))
    if (!inBody(i)) noise.set(paragraphs[i]?.index ?? -1, 'page furniture');
  for (const i of contactHeader(texts)) noise.set(paragraphs[i]?.index ?? -1, 'page furniture');
  for (const index of leadingMenu(paragraphs, noise)) noise.set(index, 'page furniture');
  // A breadcrumb's sub-section under the menu's item it extends, over the headline: "Stories" /
  // "Stories from the field" / "These women work in dangerous places…".
  paragraphs.forEach((p, i) => {
    const item = paragraphs[i - 1];
    if (!item || noise.get(item.index) !== 'page furniture' || noise.has(p.index)) return;
    if (i >= (asks[0] ?? 0) || !p.text.startsWith(`${item.text} `)) return;
    if (p.text.split(' ').length > 5 || /[.,:;!?]/u.test(p.text)) return;
    const next = paragraphs[i + 1]?.text ?? '';
    if (isHeadingLike(next) && !endsQuestion(next)) noise.set(p.index, 'page furniture');
  });
  // A menu under the site's name and tagline: three or more menu words a line in a row ("Home" /
  // "About" / "Interviews" / "Contact"), a short item between two ("Author Interviews"), before
  // the first question and not after a question (after it, an answer's list: "Always in this
  // order:" / "Results" / "Fixtures" / "Squad").
  const text = (i: number) => paragraphs[i]?.text ?? '';
  paragraphs.forEach((_, i) => {
    if (isMenuWord(text(i - 1)) || /[?？؟]$/u.test(text(i - 1)) || i >= (asks[0] ?? 0)) return;
    let end = i;
    while (isMenuWord(text(end)) || (isMenuItem(text(end)) && isMenuWord(text(end + 1)))) end += 1;
    if (end - i >= 3)
      for (const o of paragraphs.slice(i, end)) noise.set(o.index, 'page furniture');
  });
  // A menu of one word a line in the page's first lines, whatever its words ("Aktive" / "Jugend" /
  // "Verein", "Wiadomości" / "Sport" / "Kultura"): three or more capitalised words in a row, not
  // answering a first line that asks (in quotes, in Greek too: "… χρώματα;") or opening a list
  // with a colon ("Describe yourself in three words:").
  // A local station's or edition's name may stand between the site's name and its menu ("France
  // Bleu" / "Saint-Étienne Loire" / "Infos" / "Sports" / …): a name of two or three words, then
  // four one-word lines or more.
  // From the first line not dropped already: a builder's skip links may come over the name.
  const siteLine = Math.max(
    0,
    paragraphs.findIndex((p) => !noise.has(p.index)),
  );
  const station =
    isNameLine(text(siteLine + 1)) &&
    / /u.test(text(siteLine + 1)) &&
    text(siteLine + 1).split(' ').length <= 3;
  const start = siteLine + (station ? 2 : 1);
  let end = start;
  // An item of two capitalised words counts between one-word items ("Gündem" / "Kültür Sanat" /
  // "Yazarlar"); a name of two words closing the lines is not one.
  const oneWord = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(paragraphs[i]?.text ?? '');
  const twoWords = (i: number) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(paragraphs[i]?.text ?? '');
  while (oneWord(end) || (end > start && twoWords(end) && oneWord(end + 1))) end += 1;
  if (
    end - start >= (station ? 4 : 3) &&
    !endsQuestion(text(siteLine)) &&
    !text(siteLine).endsWith(':')
  )
    for (const o of paragraphs.slice(siteLine + 1, end)) noise.set(o.index, 'page furniture');
  for (const index of mastheadOverMenu(paragraphs.slice(siteLine), noise))
    noise.set(index, 'page furniture');
  // A blog's or newsletter's name (four words at most) and its tagline over its menu or sign-in
  // links, a menu word first and two lines or more, the post's title under them: "Life By The Books" / "Reading, …" /
  // "Home" … / "An Interview with …".
  const dropped = (i: number) => noise.has(paragraphs[i]?.index ?? -1);
  const top = paragraphs.findIndex((p) => !noise.has(p.index));
  let menu = top + 1;
  if (!dropped(menu)) menu += 1;
  let under = menu;
  while (dropped(under)) under += 1;
  // Two such lines or more: a post's own short headline may stand over one "Subscribe" button or
  // a lone "Home" link.
  if (
    text(top).split(' ').length < 5 &&
    isMenuWord(text(menu)) &&
    under - menu >= 2 &&
    isHeadingLike(text(under))
  )
    for (const p of paragraphs.slice(top, menu)) noise.set(p.index, 'page furniture');
  // Without a menu, Blogger's name and tagline over the post's date line, the post's title under
  // it, a sentence under that: "Between the Lines" / "Notes on books …" / "Monday, March 4,
  // 2019" / "Q&A with Hanna Osei". Only on a page Blogger's footer marks: a news page sets its
  // headline and standfirst over its date too, then a byline ("By Jane Doe") or a kicker.
  const tagline = text(top + 1);
  // The blog's name may be in lower case ("hikari-ph translations"); the post's title may open
  // with its tag and close with the issue ("[TRANSLATIONS] Magazine: … (2009.07)").
  const postTitle = withoutTagAndIssue(text(top + 3));
  if (
    paragraphs.some((p) => BLOGGER_MARK.test(p.text)) &&
    text(top).split(' ').length < 5 &&
    (isHeadingLike(text(top)) || /^\p{Ll}[\p{L}\d-]*(?: [\p{L}\d-]+){0,3}$/u.test(text(top))) &&
    / \p{Ll}/u.test(tagline) &&
    !/[.!?:]$/u.test(tagline) &&
    noise.get(paragraphs[top + 2]?.index ?? -1) === 'date line' &&
    isHeadingLike(postTitle) &&
    // A sentence under the title, or the interview's own title under the post's ("Entrevistas"
    // / "Entrevista al alcalde de Cebrecos"): a class blog titles its posts by their kind; or a
    // profile's line ("Date of Interview: 2009.07.27").
    (/[.!]$/u.test(text(top + 4)) ||
      isHeadingLike(text(top + 4)) ||
      /^\p{Lu}[\p{L} ]{1,30}: \S/u.test(text(top + 4)))
  )
    for (const p of paragraphs.slice(top, top + 2)) noise.set(p.index, 'page furniture');
  for (const index of blogHeaderOverPost(
    paragraphs,
    noise,
    paragraphs.some((p) => BLOGGER_MARK.test(p.text)),
  ))
    noise.set(index, 'page furniture');
  for (const index of siteNameAbove(paragraphs, noise)) noise.set(index, 'page furniture');
  for (const index of mastheadOverDatedHeadline(paragraphs, noise))
    noise.set(index, 'page furniture');
  for (const index of blogMastheadOverTitle(paragraphs, noise)) noise.set(index, 'page furniture');
  for (const index of menuOverSpeakerHeadline(paragraphs, noise))
    noise.set(index, 'page furniture');
  for (const index of boardOverPager(paragraphs, noise)) noise.set(index, 'page furniture');
  const kept = paragraphs.filter((p) => !noise.has(p.index));
  for (const i of [
    ...promotionBox(kept.map((p) => p.text)),
    ...repostLinks(kept.map((p) => p.text)),
  ])
    noise.set(kept[i]?.index ?? -1, 'page furniture');
  // A pull quote: a paragraph in quotes that another paragraph near it says in full.
  // How many paragraphs each source line was split into: asked once, not per paragraph (asking
  // every paragraph for each made a quick-fire interview's import quadratic).
  const onLine = new Map<number, number>();
  for (const p of paragraphs) onLine.set(p.line, (onLine.get(p.line) ?? 0) + 1);
  paragraphs.forEach((p, i) => {
    const quote = /^[“"«„]\s*(.{30,300}?)\s*[”"»“]$/u.exec(p.text)?.[1];
    if (!quote) return;
    const near = paragraphs.slice(Math.max(0, i - 9), i + 9);
    const others = near.filter((o) => o !== p).map((o) => o.text);
    // Re-set only where it stands on a line of its own (a blockquote), not split off a line's
    // run-in text ("“Most of us …” What do you enjoy …?" keeps its words in the answer).
    const alone = onLine.get(p.line) === 1;
    if (others.some((o) => o.includes(quote)) || (alone && quotedNear(quote, others)))
      noise.set(p.index, 'page furniture');
  });
  for (const index of japanesePullQuotes(paragraphs)) noise.set(index, 'page furniture');
  dropRepeatedButtons(paragraphs, noise);
  dropCounters(paragraphs, noise);
  dropMetaLabels(paragraphs, noise);
  for (const index of catalogueRecord(paragraphs)) noise.set(index, 'page furniture');
  // An archive's record, a label a line over its value: the archive's, its date the page's.
  for (const { start, end } of recordFieldRuns(texts))
    for (const p of paragraphs.slice(start, end))
      noise.set(p.index, parseDateLine(p.text) ? 'date line' : 'page furniture');
  // Over such a record on a transcript archive's page, the holder's name filed surname first
  // (read as the guest's, people.ts) and the archive's own lines above it.
  const archive = archiveRecord(texts);
  for (const at of [...(archive?.chrome ?? []), archive?.holder.at ?? -1])
    if (paragraphs[at]) noise.set(paragraphs[at].index, 'page furniture');
  for (const at of archive?.fields ?? [])
    if (paragraphs[at])
      noise.set(
        paragraphs[at].index,
        /\bdate:/iu.test(texts[at] ?? '') ? 'date line' : 'page furniture',
      );
  for (const index of printedPageNumbers(paragraphs)) noise.set(index, 'page furniture');
  for (const index of gluedBreadcrumbs(paragraphs)) noise.set(index, 'page furniture');
  for (const index of serviceAdverts(paragraphs)) noise.set(index, 'page furniture');
  for (const index of capsMenuAndSection(paragraphs)) noise.set(index, 'page furniture');
  for (const index of latinMasthead(paragraphs)) noise.set(index, 'page furniture');
  dropLanguageSwitcher(paragraphs, noise);
  paragraphs.forEach((p, i) => {
    if (noise.has(p.index) || !isMetaItem(p.text)) return;
    if (isMetaItem(paragraphs[i - 1]?.text ?? '') || isMetaItem(paragraphs[i + 1]?.text ?? ''))
      noise.set(p.index, 'page furniture');
  });
  return noise;
}

// Languages as a site's language switcher names them, each in itself.
const LANGUAGES = new Set(
  (
    'english français español deutsch italiano português русский українська қазақша ' +
    "o'zbekcha polski nederlands türkçe svenska norsk dansk suomi čeština magyar română " +
    'ελληνικά العربية فارسی עברית हिन्दी 中文 简体中文 繁體中文 日本語 한국어 bahasa_indonesia tiếng_việt'
  ).split(' '),
);

/** A language switcher: three or more lines in a row, each a language's own name ("English"). */
function dropLanguageSwitcher(
  paragraphs: readonly SourceParagraph[],
  noise: Map<number, NoiseReason>,
) {
  const isLanguage = (p: SourceParagraph | undefined) =>
    p !== undefined &&
    LANGUAGES.has(
      p.text
        .toLowerCase()
        .replace(/\s*[|/·•]$/u, '')
        .replace(/ /gu, '_'),
    );
  let run: SourceParagraph[] = [];
  for (const p of [...paragraphs, undefined]) {
    if (isLanguage(p) && p) run.push(p);
    else {
      if (run.length >= 3) for (const item of run) noise.set(item.index, 'page furniture');
      run = [];
    }
  }
}

/**
 * A button of the page's top menu printed again at its foot ("Donate now" under the last answer):
 * a line of two or three words, no sentence, among the last ten, the same as a line dropped as
 * furniture among the first ten, not right after a question (an answer of a few words).
 */
function dropRepeatedButtons(
  paragraphs: readonly SourceParagraph[],
  noise: Map<number, NoiseReason>,
) {
  const top = new Set(
    paragraphs
      .slice(0, 10)
      .filter((p) => noise.get(p.index) === 'page furniture')
      .map((p) => p.text),
  );
  paragraphs.forEach((p, i) => {
    if (i < Math.max(10, paragraphs.length - 10) || noise.has(p.index) || !top.has(p.text)) return;
    const words = p.text.split(/\s+/u).length;
    if (words < 2 || words > 3 || /[.!?…]$/u.test(p.text)) return;
    if (/[?？؟][”"’')]*$/u.test(paragraphs[i - 1]?.text ?? '')) return;
    noise.set(p.index, 'page furniture');
  });
}

// "12", "3": a post's like and comment counts, each on a line of its own.
const COUNT = /^\d{1,6}$/u;

/**
 * Counts on lines of their own beside other furniture or other counts ("12",
 * "3", "Share"). A number alone elsewhere (a dash interview's "– 42" is
 * dashed; a bare "42" answer follows its question) stays.
 */
function dropCounters(paragraphs: readonly SourceParagraph[], noise: Map<number, NoiseReason>) {
  const isCount = (p: SourceParagraph | undefined) => p !== undefined && COUNT.test(p.text);
  const beside = (p: SourceParagraph | undefined) =>
    p !== undefined && (noise.has(p.index) || COUNT.test(p.text));
  paragraphs.forEach((p, i) => {
    if (!isCount(p) || noise.has(p.index)) return;
    if (beside(paragraphs[i - 1]) || beside(paragraphs[i + 1]))
      noise.set(p.index, 'page furniture');
  });
}

// A list item before or after an article: "- 15 сентября 2018, 21:13", "- |", "- 2906".
const LIST_MARK = /^[-–—•·*]\s+/u;

/**
 * A page's metadata set out as list items (date, separator, view and comment
 * counts): a dashed line with no words, or a dashed date. Only two or more in
 * a row are noise, so a one-number answer in a dash interview ("– 42") stays.
 */
function isMetaItem(text: string): boolean {
  if (!LIST_MARK.test(text)) return false;
  const rest = text.replace(LIST_MARK, '');
  return (
    !/\p{L}/u.test(rest) ||
    parseDateLine(rest) !== undefined ||
    isPartialDateLine(rest) ||
    META_LABEL.test(rest)
  );
}

// A post's metadata label with its value on the next item: "- Geschrieben von:" / "- Jonas Keller".
const META_LABEL = /^\p{L}+(?: \p{L}+)?:$/u;
const META_VALUE = /^[-–—•·*]\s+[^.!?:;]{1,40}$/u;

/**
 * Dashed metadata labels ("- Geschrieben von:", "- Kategorien:"), two or more, with the short
 * item under each ("- Jonas Keller"). A dashed turn ending with a colon once stays.
 */
function dropMetaLabels(paragraphs: readonly SourceParagraph[], noise: Map<number, NoiseReason>) {
  const dashedLabel = (p: SourceParagraph | undefined) =>
    p !== undefined && LIST_MARK.test(p.text) && META_LABEL.test(p.text.replace(LIST_MARK, ''));
  // A label is metadata where what follows it is another label, a short value, or nothing: a
  // dashed prompt ending with a colon is answered by a sentence ("– Tre favoritter:" / "– Heksene.").
  const label = (i: number) => {
    const next = paragraphs[i + 1];
    return (
      dashedLabel(paragraphs[i]) &&
      (next === undefined || dashedLabel(next) || META_VALUE.test(next.text))
    );
  };
  const labels = paragraphs.map((_, i) => label(i));
  if (labels.filter(Boolean).length < 2) return;
  paragraphs.forEach((p, i) => {
    if (labels[i] || (labels[i - 1] && META_VALUE.test(p.text)))
      noise.set(p.index, 'page furniture');
  });
}

/**
 * A menu item: one to three words, no sentence punctuation (Japanese and Chinese `、。` too, whose
 * lines have no spaces), perhaps bulleted; or a site's address.
 */
function isMenuItem(text: string): boolean {
  const item = text.replace(/^[•·]\s*/u, '');
  return (
    (item.length <= 25 && item.split(' ').length <= 3 && !/[.,:;!?«»"“”、。，！？]/u.test(item)) ||
    /^[\w-]+(?:\.[\w-]+)+$/u.test(text)
  );
}

/**
 * The menu a page opens with ("Home", "News", "Interviews", "• Главная", after the site's
 * "ru.ult.kz"): two or more menu items in a row before anything else. One short line alone
 * may be the headline, so it stays.
 */
function leadingMenu(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
): number[] {
  const run: number[] = [];
  let strict = -1;
  let last = 0;
  let byline = false;
  // The words of the sentences after a paragraph (paragraphs ending as a sentence does), spaced,
  // in lower case: " … wybrałbym tenis … ".
  const spaced = (text: string) =>
    ` ${(text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
  const later = (p: SourceParagraph) =>
    spaced(
      paragraphs
        .flatMap((o) => (o.index > p.index && /[.!?…]$/u.test(o.text) ? [o.text] : []))
        .join(' '),
    );
  for (const p of paragraphs) {
    if (noise.has(p.index)) continue;
    byline = /^by\s/iu.test(p.text);
    // An interview's headline may be as short as a menu's item: "Schindler Q&A", "Mourinho news
    // conference"; or a phrase in sentence case quoted from an answer below ("Wybrałbym tenis" /
    // "… – …wybrałbym tenis.").
    if (
      !isMenuItem(p.text) ||
      byline ||
      // A player's name line over the first question ("大森 翔(関西学院大学3年/GK)") is the page's.
      isBracketedNameLine(p.text) ||
      /\bQ\s?&\s?A\b|\binterview\b|\b(?:news|press) conference\b/iu.test(p.text) ||
      (/^\S+ .*\b\p{Ll}/u.test(p.text) && later(p).includes(spaced(p.text)))
    )
      break;
    // A person's name ends the menu, the headline came before it; so may three words and none a
    // menu's ("Nearly flawless evening"). Not where a menu word follows: "Mentor Profiles" /
    // "Scholarships" / "Donate" is a menu.
    const words = p.text.replace(/^[•·]\s*/u, '').split(' ');
    if (strict >= 0 && words.length === 1 && isMenuWord(words[0] ?? '')) strict = -1;
    if (isNameLine(p.text) || (run.length > 0 && words.length === 3 && !words.some(isMenuWord))) {
      if (strict < 0) strict = run.length;
    } else last = run.length + 1;
    run.push(p.index);
  }
  // A portal's menu of ten items or more names things as names are ("Flea Market", "Korean
  // Weather"): there only such items at its end may be the headline or byline.
  let menu = run.slice(0, run.length >= 10 ? last : strict < 0 ? run.length : strict);
  // Over a byline comes the headline, whatever its length: not a menu's word.
  const lastText = paragraphs.find((p) => p.index === menu.at(-1))?.text ?? '';
  if (byline && menu.length === run.length && !isMenuWord(lastText)) menu = menu.slice(0, -1);
  return menu.length >= 2 ? menu : [];
}
