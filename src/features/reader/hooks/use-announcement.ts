import { useSyncExternalStore } from 'react';

// What the reader's one status region for paragraph links says. Every answer
// paragraph has a link (11,600 in the 2,000-question interview): a live
// region each was an element and a positioned box each, for a word said once.
let message = '';
const listeners = new Set<() => void>();

function say(text: string) {
  message = text;
  listeners.forEach((listener) => listener());
}

/** Says `text` in the status region, until `clear` (if nothing was said since). */
export function announce(text: string): () => void {
  say(text);
  return () => {
    if (message === text) say('');
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** What the status region says now; nothing on the server. */
export function useAnnouncement(): string {
  return useSyncExternalStore(
    subscribe,
    () => message,
    () => '',
  );
}
