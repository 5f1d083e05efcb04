/**
 * Runs an async task one at a time. A call while it runs asks for one more run after the current one,
 * however many calls come: a burst of changes (keystrokes in the filter) costs at most one extra run, and
 * the last run always sees the latest state. `busy` is told when a series of runs starts and ends.
 */
export function serial(task: () => Promise<void>, busy: (on: boolean) => void = () => {}): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    busy(true);
    running = (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again);
      } finally {
        running = undefined;
        busy(false);
      }
    })();
    return running;
  };
}
