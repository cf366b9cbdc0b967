import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';

/** Renders a component inside a router, as the app does, at the given URL. */
export function renderWithRouter(element: ReactNode, url = '/') {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [url] });
  return render(<RouterProvider router={router} />);
}
