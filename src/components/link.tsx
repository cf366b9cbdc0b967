import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

type LinkProps = Omit<ComponentPropsWithRef<'a'>, 'href'> & {
  /** An address inside the app, relative to the router's basename (see src/config/paths.ts). */
  to: string;
  /** Leave the scroll where it is: the page lands the link's target itself. */
  preventScrollReset?: boolean;
};

/**
 * A link inside the app, followed by the router. Built on React Router's
 * hooks (its documented way to make a link) rather than its `<Link>`, whose
 * prefetching for framework mode (page-link preloads, server-component
 * manifests), never used here, cost every first view 2.1 KB gz. A modified
 * click (new tab, download) or a `target` is left to the browser.
 */
export function Link({ to, onClick, target, preventScrollReset = false, ...rest }: LinkProps) {
  const href = useHref(to);
  const follow = useLinkClickHandler<HTMLAnchorElement>(to, {
    ...(target ? { target } : {}),
    preventScrollReset,
  });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) follow(event);
      }}
    />
  );
}
