import { useEffect, useState } from 'react';
import { absoluteUrl } from '../../../config/paths';
import { copyText } from '../../../lib/clipboard';

const FEEDBACK_MS = 2500;

/** 'copied' shows feedback for a moment; 'manual' means the reader must copy the link by hand. */
export type CopyState = 'idle' | 'copied' | 'manual';

/** Copies the full URL of an in-app link and says how it went. */
export function useCopyLink(path: string) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  return {
    state,
    url: () => absoluteUrl(path),
    copy: async () => setState((await copyText(absoluteUrl(path))) ? 'copied' : 'manual'),
    dismiss: () => setState('idle'),
  };
}
