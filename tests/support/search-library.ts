import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSearchIndex } from '../../scripts/lib/vite-search-index';

/**
 * A library's search index for browser tests, written to a temporary
 * folder: `interviews` interviews, the one numbered n saying "pipelines"
 * n + 1 times (so the highest number ranks first), indexed in shards of
 * `shardSize`. Returns the index's folder (its parent holds the pages).
 */
export async function writeLibraryIndex(interviews: number, shardSize: number): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'search-library-'));
  mkdirSync(path.join(outDir, 'i'));
  for (let n = 1; n <= interviews; n += 1)
    writeFileSync(
      path.join(outDir, 'i', `interview-${String(n).padStart(3, '0')}.html`),
      `<!doctype html><html lang="en"><head><title>Interview ${n}</title></head><body>
      <main data-pagefind-body><h1>Interview number ${n}</h1>
      <p>Pipelines ${'and pipelines '.repeat(n)}across the Caspian.</p>
      <span hidden data-pagefind-meta="id">interview-${n}</span></main></body></html>`,
    );
  await writeSearchIndex(outDir, '/', shardSize);
  return path.join(outDir, 'pagefind');
}

/** The file in `indexDir` that a request for `/pagefind/…` asks for. */
export function indexFile(indexDir: string, url: URL): string {
  return path.join(indexDir, decodeURIComponent(url.pathname.replace(/^\/pagefind\//, '')));
}

export function contentType(file: string): string {
  if (file.endsWith('.js')) return 'text/javascript';
  if (file.endsWith('.json')) return 'application/json';
  return 'application/octet-stream';
}
