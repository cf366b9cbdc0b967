// What a news page or a blog prints after an article's last answer, each line opening it: a
// share and bookmark bar ("E-mail this to a friend", "Printable version", "Bookmark with:"), a
// header over more of a programme's links ("LINKS TO MORE SUNDAY AM STORIES"), a paywall's notice
// ("Cet article est réservé aux abonnés."), a blog post's signature with its time ("Publicado por
// NAME às 15:42", which a transcript's rule may have read as a speaker over a time, "às: 15:42";
// "Postat de NAME la 10:15").
const SHARE_BAR = /^(?:e-?mail this to a friend|printable version|bookmark with:?)(?:\s|$)/iu;
const MORE_LINKS = /^links to more [\p{L} ]{1,40} stories$/iu;
const PAYWALL =
  /^(?:cet article est réservé aux abonnés|this (?:article|story) is (?:only )?for subscribers|dieser artikel ist (?:nur )?für abonnenten|este artículo es (?:solo |sólo )?para suscriptores)\.?$/iu;
const SIGNATURE = /^(?:publicado|postado) por \S{1,40} às:? \d{1,2}:\d{2}(?:\s|$)/iu;
// The same in Romanian and Greek Blogger themes: "Postat de Radu Ţepeş la 10:15", "Αναρτήθηκε από
// Νίκος στις 9:40 π.μ.".
const SIGNATURE_RO_EL =
  /^(?:postat de|αναρτήθηκε από) [^.!?,;:]{1,60} (?:la|στις) \d{1,2}:\d{2}(?:\s|$)/iu;
// A press release's boxes under it, each heading alone on its line: its contact ("Lisätietoja",
// "For further information", "Media contact:", "Pressekontakt", "Mer information") and its
// publisher ("Tietoja julkaisijasta", "About the publisher", "Om utgivaren").
const PRESS_BOX =
  /^(?:lisätietoja(?: antaa| antavat)?|tietoja julkaisijasta|for (?:further|more) information|further information|media (?:contacts?|enquiries|inquiries)|press contacts?|about the publisher|pressekontakt|weitere informationen|mer information|ytterligare information|om utgivaren|contact presse)\s?:?$/iu;

/** Whether a line opens what follows an article on its page. */
export function opensPageTail(text: string): boolean {
  return (
    SHARE_BAR.test(text) ||
    MORE_LINKS.test(text) ||
    PAYWALL.test(text) ||
    SIGNATURE.test(text) ||
    SIGNATURE_RO_EL.test(text) ||
    PRESS_BOX.test(text)
  );
}
