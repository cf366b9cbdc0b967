/**
 * Runs `update` once a frame at most while the page scrolls or resizes, and once in the next
 * frame. Returns the cleanup that removes the listeners and a frame still to come.
 */
export function onScrollFrame(update: () => void): () => void {
  let frame = 0;
  const run = () => {
    frame = 0;
    update();
  };
  const schedule = () => {
    if (frame === 0) frame = window.requestAnimationFrame(run);
  };
  schedule();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  return () => {
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
    if (frame !== 0) window.cancelAnimationFrame(frame);
  };
}
