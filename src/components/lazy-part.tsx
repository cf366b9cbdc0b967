import { use, type ComponentType } from 'react';

/**
 * A part whose code loads when it first renders, as with React's lazy(),
 * or ahead of that (`preload`). Unlike a lazy() part, which suspends on its
 * first render even when its code has come (and so shows in a commit of its
 * own, after the page around it), a part whose code has come renders at once.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  let Loaded: ComponentType<P> | undefined;
  const preload = () => (loading ??= load().then((value) => (Loaded = value)));
  function Part(props: P) {
    const Component = Loaded ?? use(preload());
    return <Component {...props} />;
  }
  return Object.assign(Part, { preload });
}
