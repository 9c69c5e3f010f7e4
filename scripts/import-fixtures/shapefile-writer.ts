// A minimal ESRI Shapefile writer (points or polygons, C fields) for the import test fixtures:
// enough to produce .shp/.shx/.dbf files that real readers (shpjs, GDAL) open.

export type ShpGeometry =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'Polygon'; coordinates: [number, number][][] };

type Box = [number, number, number, number];

function boxOf(points: readonly [number, number][]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function content(g: ShpGeometry): Uint8Array {
  if (g.type === 'Point') {
    const v = new DataView(new ArrayBuffer(20));
    v.setInt32(0, 1, true);
    v.setFloat64(4, g.coordinates[0], true);
    v.setFloat64(12, g.coordinates[1], true);
    return new Uint8Array(v.buffer);
  }
  const rings = g.coordinates;
  const points = rings.flat();
  const v = new DataView(new ArrayBuffer(44 + 4 * rings.length + 16 * points.length));
  v.setInt32(0, 5, true);
  boxOf(points).forEach((b, i) => {
    v.setFloat64(4 + 8 * i, b, true);
  });
  v.setInt32(36, rings.length, true);
  v.setInt32(40, points.length, true);
  let start = 0;
  rings.forEach((r, i) => {
    v.setInt32(44 + 4 * i, start, true);
    start += r.length;
  });
  const base = 44 + 4 * rings.length;
  points.forEach((p, i) => {
    v.setFloat64(base + 16 * i, p[0], true);
    v.setFloat64(base + 16 * i + 8, p[1], true);
  });
  return new Uint8Array(v.buffer);
}

function header(shapeType: number, lengthBytes: number, box: Box): DataView {
  const v = new DataView(new ArrayBuffer(100));
  v.setInt32(0, 9994, false);
  v.setInt32(24, lengthBytes / 2, false);
  v.setInt32(28, 1000, true);
  v.setInt32(32, shapeType, true);
  box.forEach((b, i) => {
    v.setFloat64(36 + 8 * i, b, true);
  });
  return v;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** .shp and .shx bytes for geometries of one type. */
export function writeShp(geoms: readonly ShpGeometry[]): { shp: Uint8Array; shx: Uint8Array } {
  const shapeType = geoms[0]?.type === 'Point' ? 1 : 5;
  const contents = geoms.map(content);
  const box = boxOf(
    geoms.flatMap((g) => (g.type === 'Point' ? [g.coordinates] : g.coordinates.flat())),
  );
  const records: Uint8Array[] = [];
  const index = new DataView(new ArrayBuffer(8 * geoms.length));
  let offset = 100;
  contents.forEach((c, i) => {
    const h = new DataView(new ArrayBuffer(8));
    h.setInt32(0, i + 1, false);
    h.setInt32(4, c.length / 2, false);
    index.setInt32(8 * i, offset / 2, false);
    index.setInt32(8 * i + 4, c.length / 2, false);
    records.push(new Uint8Array(h.buffer), c);
    offset += 8 + c.length;
  });
  const shpHeader = header(shapeType, offset, box);
  const shxHeader = header(shapeType, 100 + 8 * geoms.length, box);
  return {
    shp: concat([new Uint8Array(shpHeader.buffer), ...records]),
    shx: concat([new Uint8Array(shxHeader.buffer), new Uint8Array(index.buffer)]),
  };
}

/** .dbf bytes: character fields of `width` bytes, values already encoded by `encode`. */
export function writeDbf(
  fields: readonly string[],
  rows: readonly string[][],
  encode: (s: string) => Uint8Array,
  width = 40,
): Uint8Array {
  const headerLen = 32 + 32 * fields.length + 1;
  const recordLen = 1 + width * fields.length;
  const out = new Uint8Array(headerLen + recordLen * rows.length + 1);
  const v = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([126, 1, 1], 1);
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerLen, true);
  v.setUint16(10, recordLen, true);
  fields.forEach((name, i) => {
    const at = 32 + 32 * i;
    out.set(new TextEncoder().encode(name.slice(0, 10)), at);
    out[at + 11] = 'C'.charCodeAt(0);
    out[at + 16] = width;
  });
  out[headerLen - 1] = 0x0d;
  rows.forEach((row, r) => {
    const at = headerLen + recordLen * r;
    out.fill(0x20, at, at + recordLen);
    row.forEach((value, c) => {
      out.set(encode(value).slice(0, width), at + 1 + width * c);
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}
