import { useState } from 'react';
import { NavigationType, useNavigationType } from 'react-router-dom';
import { usePageLocation } from './use-hydrated';

/** A navigation the reader made: following a link, typing an address, or going back or forward. */
export type Navigation = { id: string; historyStep: boolean };

/**
 * The current navigation. It changes whenever the reader goes somewhere, even
 * to the same URL, but not when the app only rewrites the URL in place (a
 * search query committed with `replace`), which must not move the view.
 */
export function useLastNavigation(): Navigation {
  const location = usePageLocation();
  const type = useNavigationType();
  const id = `${location.key}${location.pathname}${location.hash}`;
  // React Router keys a fragment typed into the address bar "default", unlike a history step.
  const historyStep = type === NavigationType.Pop && location.key !== 'default';
  const [navigation, setNavigation] = useState<Navigation>({ id, historyStep });
  if (navigation.id !== id && type !== NavigationType.Replace) {
    setNavigation({ id, historyStep });
  }
  return navigation;
}
