import type { Enterprise, Project, SkippedRecord } from '../../domain/entity';
import { StringPool } from '../intern-records';
import type { LoadedEntities } from '../load-entities';

/** A slice of the merged records: receiving one is a short task on the page. */
export interface MergedPart {
  enterprises: Enterprise[];
  projects: Project[];
  skipped: SkippedRecord[];
}

/** The rest of the merged load, after the parts: small, and the masks are transferred. */
export type MergedEnd = Omit<LoadedEntities, 'enterprises' | 'projects' | 'skipped'>;

/**
 * Records per part: a part's message is one main-thread task (cloning the records in, sharing
 * their strings). 5,000 gave tasks of 0.1–0.4 s at load average ~15 on 2 cores (issue 8's
 * import browser bench); 1,000 keeps each to a few ms on a quiet machine.
 */
export const MERGED_PART = 1_000;

/** In the worker: splits a merged load into parts and an end, in order. */
export function splitMerged(
  merged: LoadedEntities,
  part: (p: MergedPart) => void,
  end: (e: MergedEnd) => void,
): void {
  const { enterprises, projects, skipped } = merged;
  const slices = <T>(list: readonly T[], each: (s: T[]) => void) => {
    for (let i = 0; i < list.length; i += MERGED_PART) each(list.slice(i, i + MERGED_PART));
  };
  slices(enterprises, (s) => part({ enterprises: s, projects: [], skipped: [] }));
  slices(projects, (s) => part({ enterprises: [], projects: s, skipped: [] }));
  slices(skipped, (s) => part({ enterprises: [], projects: [], skipped: s }));
  const { provenance, failed, masks, spatial } = merged;
  end(spatial ? { provenance, failed, masks, spatial } : { provenance, failed, masks });
}

/** On the page: gathers the parts back, in order, into the merged load. */
export class MergedReceiver {
  private readonly enterprises: Enterprise[] = [];
  private readonly projects: Project[] = [];
  private readonly skipped: SkippedRecord[] = [];
  private readonly pool = new StringPool();

  part(p: MergedPart): void {
    // Shared copies of repeated strings, as for a streamed load (intern-records.ts).
    this.pool.enterprises(p.enterprises);
    for (const r of p.enterprises) this.enterprises.push(r);
    for (const r of p.projects) this.projects.push(r);
    for (const s of p.skipped) this.skipped.push(s);
  }

  end(e: MergedEnd): LoadedEntities {
    return { enterprises: this.enterprises, projects: this.projects, skipped: this.skipped, ...e };
  }
}
