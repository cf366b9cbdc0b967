import type { ReactNode } from 'react';
import { PAGE_TITLE_ID } from '../lib/page-title';

type NoticeProps = {
  title: string;
  children: ReactNode;
  /** A page-level notice is the page's main heading; an inline one sits among other content. */
  level?: 'page' | 'inline';
  tone?: 'error' | 'info';
};

/** A message for the reader: something missing, invalid or unreachable. */
export function Notice({ title, children, level = 'page', tone = 'error' }: NoticeProps) {
  const Heading = level === 'page' ? 'h1' : 'h2';
  return (
    <div
      role={tone === 'error' && level === 'inline' ? 'alert' : undefined}
      className={`my-6 rounded-lg border-l-4 p-4 sm:p-6 ${
        tone === 'error'
          ? 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950/40'
          : 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40'
      }`}
    >
      <Heading
        id={level === 'page' ? PAGE_TITLE_ID : undefined}

        className="mb-2 text-xl font-semibold outline-none"
      >
        {title}
      </Heading>
      <div className="space-y-3">{children}</div>
    </div>
  );
}
