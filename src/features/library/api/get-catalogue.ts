import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import { parseCatalogue } from '../../../interview/parse';
import { fetchJson } from '../../../lib/fetch-json';
import { InvalidDataError } from '../../../lib/load-errors';

async function getCatalogue(signal: AbortSignal) {
  const url = dataUrls.catalogue();
  const result = parseCatalogue(await fetchJson(url, 'The library', signal));
  if (!result.ok) throw new InvalidDataError(url, result.problems);
  return result.data;
}

/** The catalogue of interviews, validated. */
export function catalogueQueryOptions() {
  return queryOptions({
    queryKey: ['catalogue'],
    queryFn: ({ signal }) => getCatalogue(signal),
  });
}
