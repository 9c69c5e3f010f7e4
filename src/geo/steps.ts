/**
 * Work written as a generator that yields between units of a few milliseconds, so the page
 * can run it in slices (src/data/slices.ts runSliced) while a worker or a test runs it at once.
 */
export type Steps<R> = Generator<unknown, R, undefined>;

/** Records handled between two chances to yield in a per-record loop. */
export const STEP = 8192;

/** Runs steps to their end in one go. */
export function drain<R>(work: Steps<R>): R {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
