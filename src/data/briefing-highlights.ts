import { RECORD_REF } from '../domain/briefing';
import type { EntityData } from './entities';

/** A scene's highlighted record found in the data. */
export interface FoundHighlight {
  /** As the scene wrote it: `e:<id>` or `p:<id>`. */
  ref: string;
  kind: 'enterprise' | 'project';
  index: number;
  /** The record's own [lng, lat], WGS-84. */
  at: [number, number];
}

/**
 * The records a scene highlights, looked up by id in the loaded data. References to records
 * that are not there (a script written for other data, a typo) come back in `missing`, so the
 * briefing can say so instead of showing nothing.
 */
export function resolveHighlights(
  data: EntityData,
  refs: readonly string[],
): { found: FoundHighlight[]; missing: string[] } {
  const found: FoundHighlight[] = [];
  const missing: string[] = [];
  for (const ref of refs) {
    const project = ref.startsWith('p:');
    const byId = project ? data.link.projectIndexById : data.link.enterpriseIndexById;
    const index = RECORD_REF.test(ref) ? byId.get(ref.slice(2)) : undefined;
    const record =
      index === undefined ? undefined : (project ? data.projects : data.enterprises)[index];
    if (index === undefined || !record) missing.push(ref);
    else
      found.push({ ref, kind: project ? 'project' : 'enterprise', index, at: record.coordinates });
  }
  return { found, missing };
}
