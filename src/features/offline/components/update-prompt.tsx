import { useServiceWorker } from '../hooks/use-service-worker';

const buttonClass =
  'min-h-11 rounded-md px-4 font-medium pointer-coarse:min-h-11 focus-visible:outline-2';

const MESSAGES = {
  available: 'A new version of Interview Reader is ready.',
  updating: 'Updating Interview Reader…',
  'taken-elsewhere':
    'Interview Reader was updated in another tab. Reload this page when you are ready.',
} as const;

/**
 * Says that a new version of the app is ready, and lets the reader take it
 * when it suits them: never a reload in the middle of reading.
 */
export function UpdatePrompt() {
  const { state, update, dismiss } = useServiceWorker();
  if (state === 'idle') return null;
  return (
    <div
      role="status"
      className="fixed inset-x-2 bottom-2 z-40 mx-auto max-w-md rounded-lg border border-stone-300 bg-white p-4 shadow-lg print:hidden dark:border-stone-700 dark:bg-stone-900"
    >
      <p>{MESSAGES[state]}</p>
      {state === 'updating' ? null : (
        <div className="mt-3 flex flex-wrap gap-2">
          <button
            type="button"
            onClick={state === 'available' && update ? update : () => window.location.reload()}
            className={`${buttonClass} bg-stone-800 text-white hover:bg-stone-700 dark:bg-stone-200 dark:text-stone-900 dark:hover:bg-stone-300`}
          >
            Reload to update
          </button>
          <button
            type="button"
            onClick={dismiss}
            className={`${buttonClass} border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`}
          >
            Not now
          </button>
        </div>
      )}
    </div>
  );
}
