// Where interviews kept on this device live, and a cheap question asked
// before any storage code loads: whether this browser has ever kept one.

/** The IndexedDB database of interviews kept on this device (src/lib/kept-interviews.ts). */
export const KEPT_DATABASE = 'interview-reader-kept';

/**
 * Whether this browser may have interviews kept on this device: false only
 * when IndexedDB lists its databases and ours is not among them (it is
 * created the first time an interview is kept, or the storage is opened).
 * The library asks this first, so that its first view loads the storage code
 * (about 40 KB) only where there can be something to show.
 */
export async function mayHaveKept(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === KEPT_DATABASE);
  } catch {
    // Listing refused (some private modes): open the storage as before.
    return true;
  }
}
