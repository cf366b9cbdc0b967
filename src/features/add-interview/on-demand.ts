// Everything about interviews brought in and kept on this device, as one
// chunk loaded on demand: the first view of the library or of a published
// interview needs none of it, and one chunk keeps the shared code in the
// first view's.
export { AddInterviewRoute } from '../../app/routes/add-interview-route';
export { KeptInterviews } from './components/kept-interviews';
export { KeptNotice } from './components/kept-notice';
export { getKept } from '../../lib/kept-interviews';
