import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { prerenderSite } from '../../src/entry-server';
import { minifyScript } from './minify-script.ts';

// Imported by vite.config.ts: nothing here imports the app's source (only
// its types), so the config stays plain to load. The app's own code runs
// from the server entry Vite builds.

/** The address pages are published at when SITE_URL is not set: `npm run preview`'s. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/**
 * The site's public origin, for canonical links, Open Graph, JSON-LD, the
 * sitemap and robots.txt: `SITE_URL` (a folder comes from `--base`).
 */
export function siteOrigin(value = process.env.SITE_URL): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_URL;
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(
      `SITE_URL must be an absolute http(s) address such as https://reader.example.org, not "${value}"`,
    );
  }
  return url.origin;
}

type ServerEntry = { prerenderSite: typeof prerenderSite };

function isServerEntry(module: unknown): module is ServerEntry {
  return (
    typeof module === 'object' &&
    module !== null &&
    'prerenderSite' in module &&
    typeof module.prerenderSite === 'function'
  );
}

/** Prerenders the site in a built outDir with the built server entry. */
async function prerender(outDir: string, serverEntry: string, baseUrl: string) {
  const entry: unknown = await import(pathToFileURL(serverEntry).href);
  if (!isServerEntry(entry)) throw new Error(`${serverEntry} is not the app's server entry`);
  const origin = siteOrigin();
  return entry.prerenderSite(
    {
      template: readFileSync(path.join(outDir, 'index.html'), 'utf8'),
      interviewFiles: () =>
        readdirSync(path.join(outDir, 'interviews'))
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => `interviews/${name}`),
      readFile: (file) => {
        const full = path.join(outDir, file);
        return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
      },
      writeFile: (file, text) => {
        const full = path.join(outDir, file);
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, text);
      },
      minifyScript,
    },
    { origin, baseUrl },
    // The scale bench's search-only builds (scripts/bench-library.ts): no section pages.
    { sectionPages: process.env.PRERENDER_SECTION_PAGES !== '0' },
  );
}

const SERVER_OUT = '.prerender';

/**
 * `vite build` builds the app for the browser, then src/entry-server.tsx
 * for Node, and with it writes every page as static HTML. `vite preview`
 * then answers an address without a page with 404.html and status 404, as
 * static hosts do.
 */
export function prerenderPlugin(): Plugin {
  return {
    name: 'interview-reader-prerender',
    config(config, { command }) {
      if (command !== 'build') return;
      // The server entry is built inside the project, where Node finds the
      // packages it imports, in a folder of its own for each output folder
      // (builds may run side by side), and removed once the pages are written.
      const root = path.resolve(config.root ?? process.cwd());
      const outDir = path.resolve(root, config.build?.outDir ?? 'dist');
      const id = createHash('sha256').update(outDir).digest('hex').slice(0, 12);
      return {
        environments: {
          ssr: {
            build: {
              outDir: path.join(root, 'node_modules', SERVER_OUT, id),
              emptyOutDir: true,
              copyPublicDir: false,
              rollupOptions: { input: { 'entry-server': 'src/entry-server.tsx' } },
            },
          },
        },
        builder: {
          async buildApp(builder) {
            const { client, ssr } = builder.environments;
            if (!client || !ssr) throw new Error('the client and ssr environments are missing');
            await builder.build(client);
            await builder.build(ssr);
            const root = builder.config.root;
            const clientOut = path.resolve(root, client.config.build.outDir);
            const serverOut = path.resolve(root, ssr.config.build.outDir);
            if (!process.env.SITE_URL) {
              builder.config.logger.warn(
                `SITE_URL is not set: canonical links, link previews and the sitemap point at ${DEFAULT_SITE_URL}`,
              );
            }
            const start = performance.now();
            try {
              const entry = path.join(serverOut, 'entry-server.js');
              const pages = await prerender(clientOut, entry, builder.config.base);
              const ms = Math.round(performance.now() - start);
              builder.config.logger.info(
                `prerendered ${pages} pages in ${ms} ms for ${siteOrigin()}${builder.config.base}`,
              );
            } finally {
              rmSync(serverOut, { recursive: true, force: true });
              // The manifest served the prerender; the site does not need it.
              rmSync(path.join(clientOut, '.vite'), { recursive: true, force: true });
            }
          },
        },
      };
    },
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      // The nearest 404.html up the address's folders, as Cloudflare Pages
      // answers: an interview's own for its unknown sections, else the site's.
      const page404For = (url: string) => {
        let folder = path.posix.dirname(url.replace(/[?#].*$/, ''));
        for (;;) {
          let file: string;
          try {
            file = path.join(outDir, decodeURIComponent(folder), '404.html');
          } catch {
            file = path.join(outDir, '404.html');
          }
          if (file.startsWith(outDir) && existsSync(file)) return file;
          if (folder === '/' || folder === '.') return undefined;
          folder = path.posix.dirname(folder);
        }
      };
      const isPage = (url: string) => {
        const pathname = url.replace(/[?#].*$/, '');
        try {
          return (
            pathname.endsWith('.html') &&
            existsSync(path.join(outDir, decodeURIComponent(pathname)))
          );
        } catch {
          return false;
        }
      };
      // After Vite's own file and page middleware, which has rewritten an
      // address with a page to its .html file: anything else has no file.
      return () => {
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const method = req.method ?? 'GET';
          const page404 = page404For(req.url ?? '/');
          if (!['GET', 'HEAD'].includes(method) || isPage(req.url ?? '/') || !page404) {
            next();
            return;
          }
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(method === 'HEAD' ? undefined : readFileSync(page404));
        });
      };
    },
  };
}
