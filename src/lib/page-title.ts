/** The id of every page's h1, where focus goes after a navigation without a more precise target. */
export const PAGE_TITLE_ID = 'page_title';
