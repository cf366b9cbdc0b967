import { use, type ComponentType, type ReactPromise } from 'react';

// Marked on the loading promise once it has loaded, in the fields React's
// `use()` reads: given a promise marked fulfilled, `use()` returns its value
// at once instead of suspending for a render.
const FULFILLED = 'fulfilled' as const;

/**
 * A part whose code loads when it first renders, as with React's lazy(),
 * or ahead of that (`preload`). Unlike a lazy() part, which suspends on its
 * first render even when its code has come (and so shows in a commit of its
 * own, after the page around it), a part whose code has come renders at once.
 * Every render calls `use()` (React asks that a component which suspended on
 * `use()` calls it again when it renders after). Code that failed to load is
 * asked for again by the next render or preload.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: ReactPromise<ComponentType<P>> | undefined;
  const preload = () => {
    if (!loading) {
      const started = load().then(
        (Component) => {
          loading = Object.assign(started, { status: FULFILLED, value: Component });
          return Component;
        },
        (error: unknown) => {
          // Offline, say: the next render or preload asks for the code again.
          loading = undefined;
          throw error;
        },
      );
      loading = started;
    }
    return loading;
  };
  function Part(props: P) {
    const Component = use(preload());
    return <Component {...props} />;
  }
  /** Whether the code has come: the part then renders without suspending. */
  const loaded = () => loading?.status === FULFILLED;
  return Object.assign(Part, { preload, loaded });
}
