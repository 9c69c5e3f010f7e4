import type { Enterprise, Project, SkippedRecord } from '../../domain/entity';
import type { Provenance } from '../../domain/provenance';
import type { ZoneFeature } from '../../domain/zone';
import { linkDataset } from '../../geo/link';
import type { LoadedEntities } from '../load-entities';
import type { ParsedEntities } from '../parse-entities';
import { layerProvenance } from './layer-provenance';
import { layerToEnterprises, layerToProjects, type RecordLayer } from './to-entities';

const replaces = (layers: readonly RecordLayer[]) =>
  layers.some(
    (l) => (l.use.kind === 'enterprises' || l.use.kind === 'projects') && l.use.mode === 'replace',
  );

interface Part<T> {
  records: T[];
  skipped: SkippedRecord[];
  provenance: Provenance | null;
}

function mergePart<T>(
  builtIn: Part<T>,
  layers: RecordLayer[],
  parse: (l: RecordLayer) => ParsedEntities<T>,
): Part<T> {
  if (layers.length === 0) return builtIn;
  const replace = replaces(layers);
  const parsed = layers.map(parse);
  const records = [...(replace ? [] : builtIn.records), ...parsed.flatMap((p) => p.records)];
  const skipped = [...(replace ? [] : builtIn.skipped), ...parsed.flatMap((p) => p.skipped)];
  return {
    records,
    skipped,
    provenance: layerProvenance(layers, replace ? null : builtIn.provenance),
  };
}

/**
 * Adds the records of layers used as enterprises or projects to the built-in ones (or puts
 * them in their place) and links everything again: the same parser, validation and linking
 * as the built-in files, so filters, statistics, lists and exports need no change.
 */
export function mergeImported(
  loaded: LoadedEntities,
  overlay: { layers: readonly RecordLayer[] },
  zones: readonly ZoneFeature[],
): LoadedEntities {
  const of = (kind: 'enterprises' | 'projects') =>
    overlay.layers.filter((l) => l.use.kind === kind);
  const builtInSkipped = (d: SkippedRecord['dataset']) =>
    loaded.skipped.filter((s) => s.dataset === d);
  const e = mergePart<Enterprise>(
    {
      records: loaded.enterprises,
      skipped: builtInSkipped('enterprises'),
      provenance: loaded.provenance.enterprises,
    },
    of('enterprises'),
    layerToEnterprises,
  );
  const p = mergePart<Project>(
    {
      records: loaded.projects,
      skipped: builtInSkipped('projects'),
      provenance: loaded.provenance.projects,
    },
    of('projects'),
    layerToProjects,
  );
  const link = linkDataset(zones, e.records, p.records);
  return {
    enterprises: e.records,
    projects: p.records,
    skipped: [...e.skipped, ...p.skipped],
    provenance: { enterprises: e.provenance, projects: p.provenance },
    // A built-in file that failed no longer matters once imported records replace it.
    failed: {
      enterprises: replaces(of('enterprises')) ? null : loaded.failed.enterprises,
      projects: replaces(of('projects')) ? null : loaded.failed.projects,
    },
    masks: {
      enterpriseMasks: link.enterpriseMasks,
      projectMasks: link.projectMasks,
      enterpriseStatus: link.enterpriseStatus,
      projectStatus: link.projectStatus,
    },
  };
}
