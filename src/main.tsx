import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { PAGE_DATA_ID, parsePageData } from './app/page-data';
import { createAppRouter } from './app/router';
import { startHydrating } from './hooks/use-hydrated';
import { holdQueries } from './lib/load-query-client';
import { takeEarlyClicks } from './lib/early-clicks';
import './styles/index.css';

// Ends the current task, so that the browser can answer a tap or scroll
// between the steps of the app's start (each a task of its own, none long).
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(container: HTMLElement) {
  // Prerendered pages are marked by their boot script; the dev server's and
  // client-rendered pages are marked here (see `.js-only` and `no-js:`).
  document.documentElement.classList.add('js');
  // A prerendered page carries the data it was rendered from: the app
  // hydrates its HTML from that, with no fetch. Anything else (the dev server,
  // 404.html for an address the build did not know) renders on the client.
  const pageData = parsePageData(document.getElementById(PAGE_DATA_ID)?.textContent);
  if (pageData) holdQueries(pageData.queries);
  // Not in the task that evaluated the app's code.
  await nextTask();
  const router = await createAppRouter(pageData ? { loaderData: pageData.loaderData } : undefined);
  // No query client here: the parts that use TanStack Query provide it
  // (src/components/query-provider.tsx), so a reader's first view loads none.
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // Nor in the one that made the router.
  await nextTask();
  // From here on React hears clicks itself (src/lib/early-clicks.ts).
  takeEarlyClicks();
  if (pageData) {
    // Hydrating in a transition lets React yield to the browser every few
    // milliseconds (time-sliced, interruptible) instead of one long task:
    // the prerendered text is already on screen, so nothing waits for it.
    startHydrating();
    startTransition(() => {
      hydrateRoot(container, app);
    });
    return;
  }
  // The built page's <title> ("Page not found" on 404.html) stays until the
  // page React renders has one of its own (React puts it first, where the
  // browser reads it), so that the document has one title. Removed at once,
  // the tab showed the bare address while an unknown interview or section
  // was looked up.
  const built = document.querySelector('title');
  new MutationObserver((_, observer) => {
    if (document.querySelector('title') === built) return;
    built?.remove();
    observer.disconnect();
  }).observe(document.head, { childList: true });
  createRoot(container).render(app);
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');
void start(container);
