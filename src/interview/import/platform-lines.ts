// Blogger's label, search and archive pages head their posts with what they show: "Showing posts
// with label ughaibuni. Show all posts", "Showing posts sorted by relevance for query x. Sort by
// date Show all posts", "Showing posts from March, 2013. Show all posts".
const BLOGGER_LISTING =
  /^Showing posts (?:with label|for query|sorted by|from) [^\n]{1,120}Show all posts$/u;

/** Whether a whole line is a blog platform's listing line, never article text. */
export function isPlatformListingLine(text: string): boolean {
  return BLOGGER_LISTING.test(text);
}
