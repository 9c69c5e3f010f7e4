import type { EntityData } from '../../data/entities';
import { type CsvTable, toCsv } from '../../data/export/csv';
import { type ExportFormat, exportFileName } from '../../data/export/download';
import { type ExportContext, enterpriseTable, projectTable } from '../../data/export/entity-rows';
import { entityFeatureCollection } from '../../data/export/geojson-export';
import { statsTable, type UserZoneStatsRow } from '../../data/export/stats-rows';
import type { FilterSpec } from '../../domain/filter';
import type { FilterResult } from '../../geo/filter-engine';
import type { Stats } from '../../geo/stats';

export type ExportKind = 'enterprises' | 'projects' | 'geojson' | 'stats';

/** Everything an export reads: the one shared filter result, never a recomputation. */
export interface ExportInputs {
  data: EntityData;
  result: FilterResult;
  stats: Stats;
  /** Zones users added, with their counts: rows of the statistics export. */
  userZoneStats?: readonly UserZoneStatsRow[];
  ctx: ExportContext;
  filter: FilterSpec;
  filterSummary: string;
  now: Date;
}

export interface ExportFile {
  text: string;
  fileName: string;
  format: ExportFormat;
  /** Data rows (CSV, without the header) or features (GeoJSON), for the confirmation. */
  rows: number;
}

function file(
  what: string,
  format: ExportFormat,
  [text, rows]: readonly [string, number],
  inputs: ExportInputs,
): ExportFile {
  const fileName = exportFileName(what, inputs.now, inputs.filterSummary, format);
  return { text, format, rows, fileName };
}

function csv(table: CsvTable): readonly [string, number] {
  return [toCsv(table), table.rows.length];
}

/** The file for one export button, built on demand when it is pressed. */
export function buildExport(kind: ExportKind, inputs: ExportInputs): ExportFile {
  const { data, result, ctx } = inputs;
  switch (kind) {
    case 'enterprises':
      return file(
        'enterprises',
        'csv',
        csv(enterpriseTable(data.enterprises, result.enterprises.indices, ctx)),
        inputs,
      );
    case 'projects':
      return file(
        'projects',
        'csv',
        csv(projectTable(data.projects, result.projects.indices, ctx)),
        inputs,
      );
    case 'stats':
      return file(
        'stats',
        'csv',
        csv(statsTable(inputs.stats, ctx.zoneNames, ctx.lang, inputs.userZoneStats)),
        inputs,
      );
    case 'geojson':
      return file('entities', 'geojson', geojsonText(inputs), inputs);
  }
}

function geojsonText(inputs: ExportInputs): readonly [string, number] {
  const { data, result } = inputs;
  const collection = entityFeatureCollection({
    enterprises: data.enterprises,
    projects: data.projects,
    enterpriseIndices: result.enterprises.indices,
    projectIndices: result.projects.indices,
    ctx: inputs.ctx,
    filter: inputs.filter,
    filterSummary: inputs.filterSummary,
    sources: data.provenance,
    exportedAt: inputs.now,
  });
  return [JSON.stringify(collection), collection.features.length];
}
