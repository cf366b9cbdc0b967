import { facetFileName, type Facet } from './facets';

// Where the library's files are (see library-files.ts for what they hold).
// Apart from their schemas, so that building a file's address, which every
// page does, does not load the schema library.

/** The two orders the shards are written in (oldest first reads the date order backwards). */
export type LibraryOrder = 'date' | 'title';

/** Where each library file is, relative to the site's root. */
export const libraryFiles = {
  summary: () => 'library/index.json',
  shard: (order: LibraryOrder, shard: number) => `library/${order}/${shard}.json`,
  facetList: (facet: Facet) => `library/${facet}.json`,
  facetPostings: (facet: Facet, key: string) => `library/${facet}/${facetFileName(key)}.json`,
  publishedIds: (file: number) => `library/ids/${file}.json`,
};
