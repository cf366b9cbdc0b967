import { useEffect, useState } from 'react';
import { copyText } from '../../../lib/clipboard';

/** How long "Copied" shows. */
export const COPIED_FEEDBACK_MS = 2500;

/** 'copied' shows feedback for a moment; 'manual' means the reader must copy by hand. */
export type CopyState = 'idle' | 'copied' | 'manual';

/** Copies text and says how it went. */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), COPIED_FEEDBACK_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  return {
    state,
    copy: async (text: string, html?: string) =>
      setState((await copyText(text, html)) ? 'copied' : 'manual'),
    dismiss: () => setState('idle'),
  };
}
