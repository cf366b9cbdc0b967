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

/**
 * Published ids a file of `library/ids/` holds on average: 10,000 interviews
 * make 50 files of about 5 KB (1.5 KB gzipped), one of which answers whether
 * an id is published.
 */
export const IDS_PER_FILE = 200;

/** How many files list the published ids of a library of `total` interviews (one at least). */
export function publishedIdFiles(total: number): number {
  return Math.max(1, Math.ceil(total / IDS_PER_FILE));
}

/** The file (from 1) that lists `id` if it is published: a hash of it (32-bit FNV-1a), so the files hold about as many each. */
export function publishedIdFile(id: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % files) + 1;
}
