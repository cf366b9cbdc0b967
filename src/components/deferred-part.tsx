import { memo, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import { lazyPart } from './lazy-part';

/**
 * A part of a prerendered page whose code its first view does not need: the
 * server renders it in full, and the browser shows that HTML, links and
 * disclosures working, while the part's code loads beside the app's start
 * rather than before it. React hydrates everything else first and this part
 * once its code has come (a Suspense boundary left "dehydrated").
 *
 * Until then it renders with the props it was hydrated with: a dehydrated
 * part that gets new props (the question being read, say) would be thrown
 * away and rendered anew on the client, its text gone until its code came.
 * Once hydrated, or once its code has come (then it renders anew at once),
 * it follows its props like every other component.
 *
 * For parts whose controls are links and disclosures (<details>), which
 * work as HTML: React drops a click on a part it cannot hydrate yet, so a
 * button there would do nothing until the code came.
 *
 * Where the page is rendered on the client, call `preload()` before (the
 * route's loader does): the part then renders at once, with no gap.
 */
export function deferredPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let failed = () => {};
  const failure = new Promise<void>((resolve) => (failed = resolve));
  // The part's code, loading once (see lazyPart): a render after it has
  // loaded, the server's included, reads it without suspending. A failed load
  // (offline, with nothing cached) leaves the server's HTML as it is.
  const Part = lazyPart(() =>
    load().catch(() => {
      failed();
      return new Promise<never>(() => {});
    }),
  );

  function Hydrated({ onHydrated }: { onHydrated: () => void }) {
    useEffect(onHydrated, [onHydrated]);
    return null;
  }

  // Memoised on the props object: while they are the first props, the
  // boundary is not rendered again.
  const Boundary = memo(function Boundary(props: { shown: P; onHydrated: () => void }) {
    return (
      <Suspense fallback={null}>
        <Part {...props.shown} />
        <Hydrated onHydrated={props.onHydrated} />
      </Suspense>
    );
  });

  function DeferredPart(props: P) {
    const [first] = useState(props);
    const [hydrated, setHydrated] = useState(false);
    const onHydrated = useCallback(() => setHydrated(true), []);
    // With its code already here (a lesson link's page loads it before hydrating), new props
    // render at once: what the server rendered for the whole interview (every key quote, the
    // hidden answers' words among them) would otherwise show in the lesson until React came
    // back to hydrate the part.
    return <Boundary shown={hydrated || Part.loaded() ? props : first} onHydrated={onHydrated} />;
  }

  /** Loads the part's code; settles when it has loaded, or failed to. */
  const preload = (): Promise<void> =>
    Promise.race([Part.preload().then(() => undefined), failure]);
  return Object.assign(DeferredPart, { preload });
}
