import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Plugin } from 'vite';

// The library's search index: Pagefind reads every prerendered interview page
// (`i/<id>.html`, not its section pages, which hold the same text) and writes
// a static index to `pagefind/`, split in chunks so that a search loads only
// the ones its words need. What is indexed is marked in the pages
// themselves: the interview's text (`data-pagefind-body`), not the page's
// tools and panels (`data-pagefind-ignore`), with the interview's topics,
// people, publication and year as filters (src/features/search/components/
// search-index-fields.tsx).

/** Files of Pagefind's own ready-made interfaces, which this app does not use. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** The language most interviews are in: one index for all, so every interview is found. */
function commonLanguage(languages: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Indexes the interview pages of a built site into its `pagefind/` folder; returns how many. */
export async function writeSearchIndex(outDir: string, baseUrl: string): Promise<number> {
  const pagesDir = path.join(outDir, 'i');
  const names = (await readdir(pagesDir).catch(() => [])).filter((name) => name.endsWith('.html'));
  const pages = await Promise.all(
    names.map(async (name) => ({
      id: name.slice(0, -'.html'.length),
      html: await readFile(path.join(pagesDir, name), 'utf8'),
    })),
  );
  const language = commonLanguage(
    pages.map((page) => /<html[^>]*\blang="([^"]+)"/.exec(page.html)?.[1]?.slice(0, 2) ?? 'en'),
  );
  const { index, errors } = await pagefind.createIndex({
    // Text for screen readers only ("Question 3.", "asks:") is no passage.
    excludeSelectors: ['.sr-only'],
    ...(language === undefined ? {} : { forceLanguage: language }),
  });
  try {
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: `${baseUrl}i/${page.id}`, content: page.html });
      if (added.errors.length > 0) throw new Error(`i/${page.id}.html: ${added.errors.join('; ')}`);
    }
    const outputPath = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    for (const name of await readdir(outputPath))
      if (UNUSED.test(name)) await rm(path.join(outputPath, name));
  } finally {
    await pagefind.close();
  }
  return pages.length;
}

/** `vite build` writes the search index once every page is prerendered. */
export function searchIndexPlugin(): Plugin {
  return {
    name: 'interview-reader-search-index',
    apply: 'build',
    buildApp: {
      order: 'post',
      async handler(builder) {
        const client = builder.environments.client;
        if (!client) return;
        const outDir = path.resolve(builder.config.root, client.config.build.outDir);
        const start = performance.now();
        const count = await writeSearchIndex(outDir, builder.config.base);
        builder.config.logger.info(
          `indexed ${count} interviews for search in ${Math.round(performance.now() - start)} ms`,
        );
      },
    },
  };
}
