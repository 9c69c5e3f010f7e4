/**
 * Long work on the page cut into tasks that stay short: the work is a generator that yields
 * now and then (a unit of a few milliseconds at most), and runSliced keeps calling it until a
 * slice's time budget is spent, then lets the page paint and handle input before going on.
 * A 100,000-row register otherwise meant main-thread tasks of 0.1–0.8 s (issue 8).
 */

/** Milliseconds of work per task before the page gets a turn. */
export const SLICE_MS = 25;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the page handle input and paint. scheduler.yield() where there is one (the rest of the
 * work keeps its place in the queue); else a MessageChannel message, which, unlike a nested
 * setTimeout(0), is not clamped to 4 ms.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  signal?: AbortSignal | undefined;
  budgetMs?: number;
  /** What to await between slices (tests pass their own to count and reorder them). */
  pause?: () => Promise<void>;
  now?: () => number;
}

/** Runs `work` to its end in slices of about budgetMs; resolves with its return value. */
export async function runSliced<R>(
  work: Generator<unknown, R, undefined>,
  {
    signal,
    budgetMs = SLICE_MS,
    pause = yieldToPage,
    now = () => performance.now(),
  }: SliceOptions = {},
): Promise<R> {
  let started = now();
  for (;;) {
    signal?.throwIfAborted();
    const step = work.next();
    if (step.done) return step.value;
    if (now() - started >= budgetMs) {
      await pause();
      started = now();
    }
  }
}

/** Sorted runs this long are sorted in one go (a few ms even with a pinyin collator). */
const RUN = 256;
/** Elements merged between two chances to yield. */
const MERGE_STEP = 512;

/**
 * A stable bottom-up merge sort that yields between runs and every MERGE_STEP merged
 * elements; its result is Array.prototype.sort's (also stable) with the same comparator.
 */
export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number) {
  let from = items.slice();
  for (let i = 0; i < from.length; i += RUN) {
    const run = from.slice(i, i + RUN).sort(compare);
    for (let k = 0; k < run.length; k++) from[i + k] = run[k] as T;
    yield;
  }
  let to = new Array<T>(from.length);
  for (let width = RUN; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      yield* mergeSteps(from, to, lo, Math.min(lo + width, from.length), compare, width);
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Merges from[lo, mid) and from[mid, mid + width) into to[lo, ...), the left run first on ties. */
function* mergeSteps<T>(
  from: T[],
  to: T[],
  lo: number,
  mid: number,
  compare: (a: T, b: T) => number,
  width: number,
) {
  const hi = Math.min(mid + width, from.length);
  let i = lo;
  let j = mid;
  for (let k = lo; k < hi; k++) {
    if (i < mid && (j >= hi || compare(from[i] as T, from[j] as T) <= 0)) to[k] = from[i++] as T;
    else to[k] = from[j++] as T;
    if ((k - lo) % MERGE_STEP === MERGE_STEP - 1) yield;
  }
}
