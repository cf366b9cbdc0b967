import { useOnline } from '../hooks/use-online';

/** A line under the site header while there is no network, saying what still works. */
export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <p
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-stone-900 print:hidden dark:border-amber-700 dark:bg-amber-950 dark:text-stone-100"
    >
      You are offline. Interviews opened on this device before still read; others open when you are
      back online.
    </p>
  );
}
