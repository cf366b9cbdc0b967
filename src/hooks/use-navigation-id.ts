import { useLocation } from 'react-router-dom';

/**
 * An id for the current navigation: new whenever the reader follows a link,
 * types an address or goes back or forward, even to the same URL.
 */
export function useNavigationId(): string {
  const location = useLocation();
  return `${location.key}${location.pathname}${location.hash}`;
}
