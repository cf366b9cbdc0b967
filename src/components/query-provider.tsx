import { QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, type ReactNode } from 'react';
import { browserQueryClient } from '../lib/browser-query-client';

/**
 * Gives its children the browser's query client, unless one is given above
 * (the server's client of the page it renders, a test's). The app has no
 * provider at its root, so that a reader's first view does not load TanStack
 * Query: every part whose code uses it and loads on its own (a route, a
 * dialog, the handout's header) wraps itself in this. A provider renders no
 * element, so the server's HTML hydrates the same either way.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const given = useContext(QueryClientContext);
  if (given) return children;
  return <QueryClientProvider client={browserQueryClient()}>{children}</QueryClientProvider>;
}
