import type { Enterprise, Project } from '../domain/entity';
import { buildIdIndex, type IdLookup, idIndexSteps } from './id-index';
import type { LinkResult } from './link';
import type { Steps } from './steps';

type Lookups = Pick<
  LinkResult,
  'projectsByEnterprise' | 'enterpriseIndexById' | 'projectIndexById'
>;

/** The id lookups of a LinkResult; cheap, so a worker can send masks and these be rebuilt. */
export function linkLookups(
  enterprises: readonly Enterprise[],
  projects: readonly Project[],
): Lookups {
  return {
    projectsByEnterprise: projectsByEnterprise(projects),
    enterpriseIndexById: indexById(enterprises),
    projectIndexById: indexById(projects),
  };
}

/** linkLookups in steps that yield (see steps.ts). */
export function* linkLookupsSteps(
  enterprises: readonly Enterprise[],
  projects: readonly Project[],
): Steps<Lookups> {
  const byEnterprise = projectsByEnterprise(projects);
  yield;
  return {
    projectsByEnterprise: byEnterprise,
    enterpriseIndexById: yield* idIndexSteps(enterprises),
    projectIndexById: yield* idIndexSteps(projects),
  };
}

function indexById(records: readonly { id: string }[]): IdLookup {
  return buildIdIndex(records);
}

// Keyed by every id a project names, including ids missing from the enterprise list, so a
// project is never silently dropped from a lookup; a firm both lead and participant counts once.
function projectsByEnterprise(projects: readonly Project[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  projects.forEach((p, i) => {
    const ids = new Set(
      p.lead_enterprise === null ? p.participants : [p.lead_enterprise, ...p.participants],
    );
    for (const id of ids) {
      const list = map.get(id);
      if (list) list.push(i);
      else map.set(id, [i]);
    }
  });
  return map;
}
