// @vitest-environment node
import { QueryClientProvider } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/lib/query-client';
import { appRoutes } from '../../src/app/router';
import { RouteError } from '../../src/app/routes/route-error';

// A later step prerenders every page to static HTML: the app must render with
// no browser at all (no window or document outside effects and handlers).

const PUBLIC = path.resolve('public');

function serveFromPublic() {
  vi.stubGlobal('fetch', (url: string) => {
    try {
      const body = readFileSync(path.join(PUBLIC, url));
      return Promise.resolve(
        new Response(body, { headers: { 'content-type': 'application/json' } }),
      );
    } catch {
      return Promise.resolve(new Response('not found', { status: 404 }));
    }
  });
}

async function render(url: string): Promise<string> {
  const queryClient = createQueryClient();
  // As the prerender renders (src/entry-server.tsx): error pages at once.
  const handler = createStaticHandler(
    appRoutes(() => Promise.resolve(queryClient), <RouteError />),
  );
  const context = await handler.query(new Request(`http://localhost${url}`));
  if (context instanceof Response) throw new Error(`redirected: ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('rendering outside a browser', () => {
  it('renders the library', async () => {
    serveFromPublic();
    expect(typeof window).toBe('undefined');
    const html = await render('/');
    expect(html).toContain('Ukrainian Ambassador to Kazakhstan');
    expect(html).toContain('href="/i/viktor-maiko-2026"');
  });

  it('renders a section of the reader with every paragraph and key quote mark', async () => {
    serveFromPublic();
    const html = await render('/i/viktor-maiko-2026/peace?q=oil');
    expect(html).toContain('<title>International Support and the Path to Peace · Ukrainian');
    expect(html).toContain('Deep drilling is a shared priority.');
    expect(html).toContain('id="war-will-end-this-year"');
  });

  it('renders the not-found notice for an unknown interview', async () => {
    serveFromPublic();
    const html = await render('/i/nobody-2030');
    expect(html).toContain('Interview not found');
  });
});
