import type { Box, PreparedPart } from './prepared-part';

/** Cell states: every point of the cell is outside, inside, or it needs the exact test. */
export const CELL_OUT = 0;
export const CELL_IN = 1;
export const CELL_EDGE = 2;
const UNKNOWN = 3;
const GRID_SIZE = 64;

/**
 * A raster over a zone's box (degrees). A cell that no edge reaches is wholly inside or wholly
 * outside, so a point falling in it needs no edge test; only cells an edge may touch do.
 */
export interface ZoneGrid {
  minX: number;
  minY: number;
  /** Cells per degree. */
  scaleX: number;
  scaleY: number;
  nx: number;
  ny: number;
  cells: Uint8Array;
}

/**
 * The cell column (or row) of coordinate v: floor((v − min)·scale) clamped to [0, n − 1].
 * Monotone in v, so the cells of a coordinate range are the cells between its ends: what
 * lets markEdges mark every cell an edge passes through.
 */
export function cellOf(v: number, min: number, scale: number, n: number): number {
  const c = Math.floor((v - min) * scale);
  return c < 0 ? 0 : c >= n ? n - 1 : c;
}

/**
 * Builds the grid of a zone from its prepared parts; `inside` is the exact test, called once
 * per connected region of untouched cells (a region has no boundary point, so it is all in or
 * all out).
 */
export function buildZoneGrid(
  box: Box,
  parts: readonly PreparedPart[],
  inside: (lng: number, lat: number) => boolean,
  size = GRID_SIZE,
): ZoneGrid {
  const spanX = box.maxX - box.minX;
  const spanY = box.maxY - box.minY;
  const grid: ZoneGrid = {
    minX: box.minX,
    minY: box.minY,
    scaleX: spanX > 0 ? size / spanX : 0,
    scaleY: spanY > 0 ? size / spanY : 0,
    nx: size,
    ny: size,
    cells: new Uint8Array(size * size).fill(UNKNOWN),
  };
  for (const part of parts) markEdges(grid, part);
  fillRegions(grid, inside);
  return grid;
}

// Rasterises each edge column by column: in each column the edge's latitude range, widened
// by PAD, is marked. PAD (1e-9°, ~0.1 mm) dwarfs the rounding of the interpolation and of
// cellOf (~1e-14° here), so every cell an edge passes through is marked; thin diagonal belts
// then mark a strip of cells rather than the edge's whole box.
const PAD = 1e-9;

function markEdges(g: ZoneGrid, part: PreparedPart): void {
  const c = part.coords;
  for (const e of part.edges) {
    markSegment(
      g,
      c[2 * e] as number,
      c[2 * e + 1] as number,
      c[2 * e + 2] as number,
      c[2 * e + 3] as number,
    );
  }
}

function markSegment(g: ZoneGrid, x1: number, y1: number, x2: number, y2: number): void {
  const xLo = Math.min(x1, x2);
  const xHi = Math.max(x1, x2);
  const yLo = Math.min(y1, y2) - PAD;
  const yHi = Math.max(y1, y2) + PAD;
  const slope = x1 === x2 ? 0 : (y2 - y1) / (x2 - x1);
  const i0 = cellOf(xLo - PAD, g.minX, g.scaleX, g.nx);
  const i1 = cellOf(xHi + PAD, g.minX, g.scaleX, g.nx);
  for (let i = i0; i <= i1; i++) {
    let lo = yLo;
    let hi = yHi;
    if (x1 !== x2 && g.scaleX > 0) {
      const a = Math.max(xLo, g.minX + i / g.scaleX - PAD);
      const b = Math.min(xHi, g.minX + (i + 1) / g.scaleX + PAD);
      const ya = y1 + (a - x1) * slope;
      const yb = y1 + (b - x1) * slope;
      lo = Math.max(yLo, Math.min(ya, yb) - PAD);
      hi = Math.min(yHi, Math.max(ya, yb) + PAD);
    }
    const j0 = cellOf(lo, g.minY, g.scaleY, g.ny);
    const j1 = cellOf(hi, g.minY, g.scaleY, g.ny);
    for (let j = j0; j <= j1; j++) g.cells[j * g.nx + i] = CELL_EDGE;
  }
}

function fillRegions(g: ZoneGrid, inside: (lng: number, lat: number) => boolean): void {
  const { cells, nx } = g;
  const stack = new Int32Array(cells.length);
  const region: number[] = [];
  const visit = (n: number, top: number): number => {
    if (cells[n] !== UNKNOWN) return top;
    cells[n] = CELL_EDGE; // provisional: visited
    stack[top] = n;
    return top + 1;
  };
  for (let start = 0; start < cells.length; start++) {
    if (cells[start] !== UNKNOWN) continue;
    region.length = 0;
    let top = visit(start, 0);
    while (top > 0) {
      const k = stack[--top] as number;
      region.push(k);
      const i = k % nx;
      if (i > 0) top = visit(k - 1, top);
      if (i < nx - 1) top = visit(k + 1, top);
      if (k >= nx) top = visit(k - nx, top);
      if (k + nx < cells.length) top = visit(k + nx, top);
    }
    const state = regionState(g, region, inside);
    for (const k of region) cells[k] = state;
  }
}

/** Tests one cell centre that maps back to its own cell; CELL_EDGE (exact tests) if none does. */
function regionState(
  g: ZoneGrid,
  region: readonly number[],
  inside: (x: number, y: number) => boolean,
) {
  for (const k of region) {
    const i = k % g.nx;
    const j = (k - i) / g.nx;
    const x = g.scaleX > 0 ? g.minX + (i + 0.5) / g.scaleX : g.minX;
    const y = g.scaleY > 0 ? g.minY + (j + 0.5) / g.scaleY : g.minY;
    if (cellOf(x, g.minX, g.scaleX, g.nx) === i && cellOf(y, g.minY, g.scaleY, g.ny) === j) {
      return inside(x, y) ? CELL_IN : CELL_OUT;
    }
  }
  return CELL_EDGE;
}
