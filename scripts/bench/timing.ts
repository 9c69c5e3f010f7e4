import { performance } from 'node:perf_hooks';

/** One line of a benchmark table. */
export interface BenchRow {
  bench: string;
  case: string;
  medianMs: number;
  minMs: number;
  runs: number;
  note: string;
}

/** A benchmark module listed in scripts/bench/run.ts. */
export interface BenchModule {
  name: string;
  run: () => BenchRow[] | Promise<BenchRow[]>;
}

export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
  /** Median CPU time of this process (user + system): less swayed by other load than wall time. */
  cpuMedianMs: number;
}

/** Median and minimum wall time of fn over `runs` runs, after `warmup` untimed runs (JIT). */
export function measure(fn: () => unknown, runs = 7, warmup = 2): Timing {
  return measureAll({ fn }, runs, warmup).fn as Timing;
}

/**
 * Times several functions in interleaved rounds (a, b, c, a, b, c, …), so a burst of load on
 * a shared machine hits every case alike and their ratio stays fair.
 */
export function measureAll<K extends string>(
  fns: Readonly<Record<K, () => unknown>>,
  runs = 7,
  warmup = 2,
): Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  for (let i = 0; i < warmup; i++) for (const k of keys) fns[k]();
  const samples = new Map<K, number[]>(keys.map((k) => [k, []]));
  const cpu = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const k of keys) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fns[k]();
      samples.get(k)?.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.get(k)?.push((c.user + c.system) / 1000);
    }
  }
  return Object.fromEntries(
    keys.map((k) => [k, summarise(samples.get(k) ?? [], cpu.get(k) ?? [], runs)]),
  ) as Record<K, Timing>;
}

function median(samples: number[]): number {
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  return samples.length % 2 === 1
    ? (samples[mid] as number)
    : ((samples[mid - 1] as number) + (samples[mid] as number)) / 2;
}

function summarise(samples: number[], cpu: number[], runs: number): Timing {
  const medianMs = median(samples);
  return { medianMs, minMs: samples[0] ?? Number.NaN, runs, cpuMedianMs: median(cpu) };
}
