import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The lazy modules the first view imports right after its first paint, by path from the project
 * root: the side panels, the search box, the import panel and drop zone, the briefing hooks and
 * scene actions, the lazy panels' messages, the basemap settings, the map's record and cluster
 * controller, the entity index's cluster grids, label placement, the imported-layer store and the
 * filter's link encoder (read at start so the first filter click does not wait for it). They stay
 * out of the first paint, but each load of the page fetches all of them before the map is idle.
 */
export const AFTER_PAINT_ROOTS = [
  'src/app/side-panels.tsx',
  'src/features/search/search-box.tsx',
  'src/features/import/import-panel.tsx',
  'src/features/import/import-drop-zone.tsx',
  'src/features/briefing/briefing-hooks.ts',
  'src/state/briefing-scenes.ts',
  'src/i18n/lazy-catalog.ts',
  'src/features/basemap/basemap-settings.tsx',
  'src/map/entity-controller.ts',
  'src/geo/cluster-index.ts',
  'src/geo/build-labels.ts',
  'src/data/import/user-layer-db.ts',
  'src/state/filter-url.ts',
] as const;

/**
 * The base datasets' validator, asked for as the entry runs (`prefetchBaseDatasets`): a chunk of
 * its own, ahead of the after-paint one, with the two small packages it uses (geojson-validation,
 * gcoord; apart, the bundler left gcoord's chunk and ours importing each other, and gcoord's
 * constants were read before they were set). Inside the after-paint chunk it resolved only once
 * that whole chunk had loaded and run, 0.7–1.3 s after the three files had been read, and every
 * later step of the first view waited for it (issue 11).
 */
export const DATASETS_ROOTS = ['src/data/validate-dataset.ts'] as const;

/** The start-up chunks after the first paint's own, in the order the page asks for them. */
export const STARTUP_GROUPS = [
  { name: 'datasets', roots: DATASETS_ROOTS, packages: true },
  { name: 'after-paint', roots: AFTER_PAINT_ROOTS, packages: false },
] as const;

const NODE_MODULES = /[\\/]node_modules[\\/]/;

/** Module ids → their static imports, as the bundler's graph has them. */
type Graph = (id: string) => readonly string[];

/** Every module statically reachable from the roots, the roots included. */
export function staticClosure(roots: Iterable<string>, imports: Graph): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...imports(id));
  }
  return seen;
}

/** A later start-up group's roots, and whether packages' modules are followed from them. */
export interface LaterGroup {
  roots: readonly string[];
  packages: boolean;
}

/**
 * The modules in each start-up chunk: `app` first, what the entries reach statically (what the
 * first paint runs); then each later group, what its roots reach statically and no earlier group
 * has. Left to itself the bundler splits these into some sixty files of 0.1–17 KB (one per set
 * of importers), each its own request, module record and compile.
 *
 * Packages' modules only for a group that asks for them: a package's index re-exports far more
 * than we use (turf, TanStack Query), and what the bundler tree-shakes away must not decide a
 * chunk; the other packages' modules are chunked by the bundler's own rules.
 */
export function startupGroups(
  entries: Iterable<string>,
  later: readonly LaterGroup[],
  imports: Graph,
): Set<string>[] {
  const ours: Graph = (id) => imports(id).filter((d) => !NODE_MODULES.test(d));
  const taken = new Set<string>();
  return [{ roots: [...entries], packages: false }, ...later].map(({ roots, packages }) => {
    const group = staticClosure(roots, packages ? imports : ours);
    for (const id of taken) group.delete(id);
    for (const id of group) taken.add(id);
    return group;
  });
}

/**
 * The plugin that reads the module graph once it is built, and the chunk groups that use it
 * (`build.rolldownOptions.output.codeSplitting.groups`). A listed root the graph does not have
 * fails the build, so the list cannot silently go stale.
 */
export function startupChunks(root: string) {
  const names = ['app', ...STARTUP_GROUPS.map((g) => g.name)];
  let groups: Set<string>[] = names.map(() => new Set());
  const plugin: Plugin = {
    name: 'jlp-startup-chunks',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const byPath = new Map(ids.map((id) => [relative(root, id), id]));
      const rootsOf = (paths: readonly string[]) =>
        paths.map((path) => {
          const id = byPath.get(path);
          if (id === undefined) this.error(`startup-chunks: ${path} is not in the module graph`);
          return id;
        });
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      const later = STARTUP_GROUPS.map((g) => ({ roots: rootsOf(g.roots), packages: g.packages }));
      groups = startupGroups(entries, later, imports);
    },
  };
  return {
    plugin,
    groups: names.map((name, i) => ({ name, test: (id: string) => groups[i]?.has(id) === true })),
  };
}
