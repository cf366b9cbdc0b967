import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Draft } from '../../../interview/import/draft';
import { clearDraft } from '../../../lib/kept-interviews';
import { savedDraftQueryOptions } from '../api/kept-queries';
import { fromAddress } from '../lib/read-source';
import { DraftEditor } from './draft-editor';
import { SourceForm } from './source-form';

/** `/add` and `/open?src=…`: bring an interview in, check and correct it, keep it. */
export function AddInterviewPage({ src }: { src: string | undefined }) {
  const queryClient = useQueryClient();
  const saved = useQuery(savedDraftQueryOptions());
  const opened = useQuery({
    queryKey: ['open', src],
    queryFn: ({ signal }) => fromAddress(src ?? '', signal),
    enabled: src !== undefined && src !== '',
    retry: false,
    staleTime: Infinity,
  });
  // A draft chosen on this page; until then, the one opened by address or saved from last time.
  const [chosen, setChosen] = useState<{ draft: Draft; serial: number } | null>();
  const openedDraft = opened.data?.ok ? opened.data.draft : undefined;
  const draft = chosen === undefined ? (openedDraft ?? saved.data ?? undefined) : chosen?.draft;

  const startOver = () => {
    setChosen(null);
    void clearDraft().catch(() => undefined);
    queryClient.setQueryData(savedDraftQueryOptions().queryKey, null);
  };

  if (saved.isPending && chosen === undefined) return <p role="status">Loading…</p>;

  return (
    <>
      {saved.isError && (
        <p className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          This browser does not let the page keep data (private browsing, or a setting that blocks
          site data): you can still check an interview and download it, but it will not be kept
          here.
        </p>
      )}
      {opened.isPending && src && <p role="status">Opening {src}…</p>}
      {opened.data && !opened.data.ok && chosen === undefined && (
        <p
          role="alert"
          className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {opened.data.error}
        </p>
      )}
      {draft ? (
        <DraftEditor key={chosen?.serial ?? 0} initial={draft} onStartOver={startOver} />
      ) : (
        <SourceForm
          initialAddress={src ?? ''}
          onDraft={(next) =>
            setChosen((previous) => ({ draft: next, serial: (previous?.serial ?? 0) + 1 }))
          }
        />
      )}
    </>
  );
}
