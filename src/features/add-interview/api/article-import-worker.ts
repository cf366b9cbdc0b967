/// <reference lib="webworker" />
import { asImportRequest, readInWorker } from './article-import-protocol';

// The importer, off the page's thread: a 1 MB paste of short turns took some
// 3 s of CPU on a laptop (more on a phone), during which the page could not
// be typed in, scrolled or stopped. Started when the reader first types or
// pastes (article-import-client.ts), ended when a read is stopped or
// superseded, or the page is left.

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
  const request = asImportRequest(data);
  // The page's own requests are always read; one that is not is answered by
  // the worker's error, which fails the page's call (worker-rpc.ts).
  if (!request) throw new Error('The importer was sent what it cannot read.');
  self.postMessage(readInWorker(request));
});
