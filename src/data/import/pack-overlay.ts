import type { Feature, Geometry } from 'geojson';
import type { ImportedProperties } from '../../domain/import';
import type { RecordLayer } from './to-entities';
import type { UserLayer } from './user-layer';

type Value = ImportedProperties[string];

/** A layer used as records, without its features: what the entities worker needs to know. */
export interface PackedLayer {
  meta: Omit<RecordLayer, 'features'>;
  count: number;
}

/**
 * Rows from..from+n of one packed layer: point coordinates in a transferable array (NaN where
 * the geometry is not a plain 2-D point; that geometry travels as is in `odd`), and only the
 * columns the field mapping reads. Cloning the whole features on the page was the cost.
 */
export interface RowsChunk {
  layer: number;
  from: number;
  coords: Float64Array;
  columns: Record<string, Value[]>;
  odd: [number, Geometry | null][];
}

/**
 * Rows per message: a few milliseconds to gather and to clone on the page (10,000 gave tasks
 * of 0.2–0.6 s at load average ~30 on 2 cores in the import browser bench, 5,000 still
 * 0.1–0.25 s at load average ~15).
 */
export const ROWS_CHUNK = 1_000;

const isRecordLayer = (l: UserLayer) => l.use.kind === 'enterprises' || l.use.kind === 'projects';

/** The columns the layer's mapping reads, once each. */
function mappedColumns(layer: Pick<UserLayer, 'use'>): string[] {
  if (layer.use.kind !== 'enterprises' && layer.use.kind !== 'projects') return [];
  const columns = Object.values(layer.use.mapping).filter((c): c is string => c !== null);
  return [...new Set(columns)];
}

export function packLayers(layers: readonly UserLayer[]): PackedLayer[] {
  return layers.filter(isRecordLayer).map((l) => ({
    meta: { id: l.id, fileName: l.fileName, importedAt: l.importedAt, crs: l.crs, use: l.use },
    count: l.features.length,
  }));
}

/** An own property's value (null when absent): what the record reader sees. */
const own = (props: ImportedProperties | null, column: string): Value =>
  props && Object.hasOwn(props, column) ? (props[column] ?? null) : null;

function chunkOf(layer: UserLayer, index: number, from: number): RowsChunk {
  const rows = layer.features.slice(from, from + ROWS_CHUNK);
  const coords = new Float64Array(rows.length * 2);
  const odd: RowsChunk['odd'] = [];
  const columns: Record<string, Value[]> = {};
  for (const c of mappedColumns(layer)) columns[c] = rows.map((f) => own(f.properties, c));
  rows.forEach((f, i) => {
    const g = f.geometry as Geometry | null;
    const c = g?.type === 'Point' ? g.coordinates : null;
    if (c?.length === 2 && typeof c[0] === 'number' && typeof c[1] === 'number') {
      coords[2 * i] = c[0];
      coords[2 * i + 1] = c[1];
    } else {
      coords[2 * i] = Number.NaN;
      coords[2 * i + 1] = Number.NaN;
      odd.push([i, g]);
    }
  });
  return { layer: index, from, coords, columns, odd };
}

/** The rows of the record layers, ROWS_CHUNK at a time (the caller yields between them). */
export function* packRows(layers: readonly UserLayer[]): Generator<RowsChunk> {
  const used = layers.filter(isRecordLayer);
  for (let l = 0; l < used.length; l++) {
    const layer = used[l] as UserLayer;
    for (let from = 0; from < layer.features.length; from += ROWS_CHUNK) {
      yield chunkOf(layer, l, from);
    }
  }
}

/** In the worker: gathers the chunks back into layers the record parser can read. */
export class RowsReceiver {
  private readonly features: Feature<Geometry, ImportedProperties>[][];
  private missing: number;

  constructor(private readonly packed: readonly PackedLayer[]) {
    this.features = packed.map((p) => new Array(p.count));
    this.missing = packed.reduce((a, p) => a + p.count, 0);
  }

  get complete(): boolean {
    return this.missing === 0;
  }

  add(chunk: RowsChunk): void {
    const list = this.features[chunk.layer];
    if (!list) throw new Error(`rows for an unknown layer ${chunk.layer}`);
    const odd = new Map(chunk.odd);
    const names = Object.keys(chunk.columns);
    const n = chunk.coords.length / 2;
    for (let i = 0; i < n; i++) {
      // fromEntries defines own properties: a column named __proto__ stays a column.
      const properties: ImportedProperties = Object.fromEntries(
        names.map((name) => [name, (chunk.columns[name] as Value[])[i] ?? null]),
      );
      const geometry = odd.has(i)
        ? (odd.get(i) as Geometry)
        : ({
            type: 'Point',
            coordinates: [chunk.coords[2 * i], chunk.coords[2 * i + 1]],
          } as Geometry);
      list[chunk.from + i] = { type: 'Feature', geometry, properties };
    }
    this.missing -= n;
  }

  layers(): RecordLayer[] {
    return this.packed.map((p, i) => ({ ...p.meta, features: this.features[i] ?? [] }));
  }
}
