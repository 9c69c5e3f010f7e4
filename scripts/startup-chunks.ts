import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The lazy modules the first view imports right after its first paint, by path from the project
 * root: the side panels, the search box, the import panel and drop zone, the briefing hooks and
 * scene actions, the lazy panels' messages, the basemap settings, the map's record and cluster
 * controller, the entity index's cluster grids, label placement, the base
 * datasets' validator, the imported-layer store and the filter's link encoder (read at start so
 * the first filter click does not wait for it). They stay out of the first paint, but each
 * load of the page fetches all of them before the map is idle.
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
  'src/data/validate-dataset.ts',
  'src/data/import/user-layer-db.ts',
  'src/state/filter-url.ts',
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

/**
 * Our modules (not the packages') in each start-up chunk: `app`, what the entry reaches
 * statically (what the first paint runs); `after-paint`, what the listed lazy modules reach
 * statically and the first paint does not have. Left to itself the bundler splits both into
 * some sixty files of 0.1–17 KB (one per set of importers), each its own request, module
 * record and compile.
 *
 * Not through packages: a package's index re-exports far more than we use (turf, TanStack
 * Query), and what the bundler tree-shakes away must not decide a chunk; the packages' modules
 * are chunked by the bundler's own rules.
 */
export function startupGroups(
  entries: Iterable<string>,
  afterPaintRoots: Iterable<string>,
  imports: Graph,
): { app: Set<string>; afterPaint: Set<string> } {
  const ours: Graph = (id) => imports(id).filter((d) => !NODE_MODULES.test(d));
  const app = staticClosure(entries, ours);
  const afterPaint = staticClosure(afterPaintRoots, ours);
  for (const id of app) afterPaint.delete(id);
  return { app, afterPaint };
}

/**
 * The plugin that reads the module graph once it is built, and the chunk groups that use it
 * (`build.rolldownOptions.output.advancedChunks.groups`). A listed root the graph does not have
 * fails the build, so the list cannot silently go stale.
 */
export function startupChunks(root: string) {
  let groups = { app: new Set<string>(), afterPaint: new Set<string>() };
  const plugin: Plugin = {
    name: 'jlp-startup-chunks',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const byPath = new Map(ids.map((id) => [relative(root, id), id]));
      const roots = AFTER_PAINT_ROOTS.map((path) => {
        const id = byPath.get(path);
        if (id === undefined) this.error(`startup-chunks: ${path} is not in the module graph`);
        return id;
      });
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      groups = startupGroups(entries, roots, imports);
    },
  };
  return {
    plugin,
    groups: [
      { name: 'app', test: (id: string) => groups.app.has(id) },
      { name: 'after-paint', test: (id: string) => groups.afterPaint.has(id) },
    ],
  };
}
