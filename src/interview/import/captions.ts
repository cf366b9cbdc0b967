// A photo's caption with its credit: "The reef in 2019. Photo: Ann Lee",
// "Sabine Roth (li.) beim Interview. Foto: privat". Its parts: the caption
// before the credit, and the credit.
// (The separators before the credit are taken from their run's start only: a caption never ends
// on one, and a line of 100,000 dashes was otherwise split at each of them, about 40 s.)
export const CAPTION =
  /^(.*?)(?<![\s;,.|–—(-])[\s;,.|–—(-]*\b(?:images?|photos?|photograph|picture|pic|illustration|credit|photo credit|fotos?|bild|фото)s?\s*(?:by\s+|:\s*)(.+?)\)?$/iu;

/** Whether a line is a photo caption with a credit. */
export function isCaption(text: string): boolean {
  return text.length <= 300 && CAPTION.test(text);
}

/** Whether a line is a caption with words before its credit (not "Picture by picture"). */
export function isCaptionWithText(text: string): boolean {
  return text.length <= 300 && /\p{L}/u.test(CAPTION.exec(text)?.[1] ?? '');
}

// A caption closed by a copyright credit: "Nadia has worked … since 2016. ©World Vision",
// "… at a border crossing in Siret, Romania. © UNHCR" (words before it, a short name after).
const COPYRIGHT_CREDIT = /\p{L}.{8,250}?\s*©\s?\p{Lu}[\p{L}\d .&'’-]{1,40}$/u;

/** Whether a line is a photo's caption closed by a credit: "… Photo: Ann Lee", "… ©World Vision". */
export function isCreditedCaption(text: string): boolean {
  return isCaptionWithText(text) || (text.length <= 300 && COPYRIGHT_CREDIT.test(text));
}

// "reef-2019.jpg", "sabine_roth", "sabineroth": an image's file name left by a scraper.
// "interview verite.jpg": with an image's extension, the words may be spaced.
const FILE_NAME = /^[\p{Ll}\d]+(?:[-_ ][\p{Ll}\d]+)*(?:\.(?:jpe?g|png|gif|webp|avif))?$/u;

// A camera's or a content system's file name with its spaces put back: capitalised words and digit
// runs, an eight-digit date or stamp among them, no punctuation: "Harriet Boyd 20171011 3451 Ph
// 00067 Balukhali Bangladesh Resized 1".
const SPACED_FILE_NAME =
  /^(?=.*(?:^|\s)\d{8,14}(?:\s|$))(?=(?:.*(?:^|\s)\d{3,}(?:\s|$)){2})(?:\p{Lu}[\p{L}\d]*|\d+)(?:\s(?:\p{Lu}[\p{L}\d]*|\d+)){3,15}$/u;

/**
 * Whether a line is an image's file name: one word with an image extension, one lower-case
 * word with hyphens, a few words ending in an image's extension, a camera's name with its
 * spaces put back, or any lower-case word just before a caption (an answer of one lower-case
 * word elsewhere stays).
 */
export function isImageFileName(text: string, next: string | undefined): boolean {
  if (SPACED_FILE_NAME.test(text)) return true;
  // With an image's extension and no space, capitals too: "A_sakaguchi.jpg", "IMG_2041.JPG",
  // and a content system's dotted names ("54c672b4433cd.image.jpg").
  if (/^[\p{L}\d]+(?:[-_.][\p{L}\d]+)*\.(?:jpe?g|png|gif|webp|avif)$/iu.test(text)) return true;
  if (text.length < 4 || text.length > 80 || !FILE_NAME.test(text)) return false;
  return (
    /\.\w+$/u.test(text) ||
    (!text.includes(' ') && (/[-_]/u.test(text) || (next !== undefined && isCaption(next))))
  );
}

// "rosa-quintQ: When…": an image's file name glued to the paragraph after it.
const GLUED_FILE_NAME =
  /^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)+(?:\.(?:jpe?g|png|gif|webp|avif))?(?=\p{Lu})/u;

/** A paragraph without an image's file name glued to its start. */
export function withoutGluedFileName(text: string): string {
  return text.replace(GLUED_FILE_NAME, '');
}
