import { lazy, Suspense } from 'react';
import { LoadingPage } from './root-layout';

// A page that fails is rare and never a first view (the build refuses a page
// that fails): its words load when one does, or once the app has started
// (src/app/routes/root-layout.tsx), so that going offline cannot keep them away.
const RouteErrorPage = lazy(() =>
  import('./route-error').then(
    (module) => ({ default: module.RouteError }),
    // Not loaded and not reachable: still never a blank screen.
    () => ({ default: Unreachable }),
  ),
);

export function Unreachable() {
  // Its own title: the page before's went with it, and the tab showed the bare address.
  return (
    <p role="alert" className="p-8 text-center">
      <title>Could not load · Interview Reader</title>
      This page could not load. Reload it to try again (once back online, if you are offline).
    </p>
  );
}

/** What a page shows when its data is missing, invalid or unreachable (see route-error.tsx). */
export function RouteError() {
  return (
    <Suspense fallback={<LoadingPage />}>
      <RouteErrorPage />
    </Suspense>
  );
}
