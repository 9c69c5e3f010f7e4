import type { Enterprise, Project } from '../src/domain/entity';
import { realEnterprises } from './real-enterprises';
import { realProjects } from './real-projects';

/**
 * The real records (named in public sources), fresh objects on every call, checked for unique
 * ids and for projects that name only enterprises in the list. Enterprises in
 * real-enterprises.ts, projects in real-projects.ts.
 */
export function realRecords(): { enterprises: Enterprise[]; projects: Project[] } {
  const enterprises = realEnterprises();
  const projects = realProjects();
  const ids = new Set(enterprises.map((e) => e.id));
  if (ids.size !== enterprises.length) throw new Error('real enterprises: duplicate id');
  if (new Set(projects.map((p) => p.id)).size !== projects.length) {
    throw new Error('real projects: duplicate id');
  }
  for (const p of projects) {
    for (const id of [p.lead_enterprise, ...p.participants]) {
      if (id !== null && !ids.has(id))
        throw new Error(`real project ${p.id}: unknown enterprise ${id}`);
    }
  }
  return { enterprises, projects };
}
