// Everything about interviews brought in and kept on this device, as one
// chunk loaded on demand: the first view of the library or of a published
// interview needs none of it. One entry point, so the bundler makes one chunk
// of it rather than several small shared ones.
export { AddInterviewRoute } from '../../app/routes/add-interview-route';
export { KeptInterviews } from './components/kept-interviews';
export { KeptNotice } from './components/kept-notice';
export { getKept } from '../../lib/kept-interviews';
