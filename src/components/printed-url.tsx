import { publishedUrl } from '../config/paths';

/**
 * A link's full address, for paper only: printed, a title leads nowhere. On the site's
 * published address (publishedUrl), as the reader's printed page gives its own
 * (src/prerender/printed-address.tsx), the same with JavaScript and without; a long one wraps
 * rather than running off the sheet. Never on screen, where the title is the link.
 */
export function PrintedUrl({ path }: { path: string }) {
  return (
    <p className="mt-1 hidden font-sans text-sm print:block">
      <span className="font-semibold">Read online:</span>{' '}
      <span className="break-all">{publishedUrl(path)}</span>
    </p>
  );
}
