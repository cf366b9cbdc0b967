/// <reference lib="webworker" />
import { loadStemmer } from '../../../interview/stemmers';
import { asRequest, interviewSearchHandler } from './interview-search-protocol';

// The search inside an interview, off the page's thread: the 2,000-question
// interview's index (12,000 paragraphs) took 1.2-1.7 s of the page's thread
// on its first search, in slices, and each query over it tens of ms more.
// Loaded with the first search only (interview-search-client.ts).

declare const self: DedicatedWorkerGlobalScope;

const handle = interviewSearchHandler(loadStemmer);

self.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
  const request = asRequest(data);
  if (!request) return;
  void handle(request).then((reply) => {
    if (!reply) return;
    if (reply.status === 'found') self.postMessage(reply, [reply.offsets.buffer]);
    else self.postMessage(reply);
  });
});
