/**
 * Lets the browser paint and answer input before the next step of a long piece of work on the
 * page's thread: `scheduler.yield()` where there is one (the work goes on before other tasks
 * queued since), else a task of its own (Safari, Node).
 */
export function yieldToBrowser(): Promise<void> {
  if ('scheduler' in globalThis && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
