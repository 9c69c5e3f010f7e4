import type { PictureDecor } from '../state/map-picture-port';

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Where the map is: what the scale bar and north arrow need (CSS px units, scaled by `s`). */
export interface PictureFrame {
  width: number;
  height: number;
  /** Device pixels per CSS pixel of the picture: labels and decorations scale with it. */
  s: number;
  metresPerCssPx: number;
  bearing: number;
}

function box(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = '#a7adb5';
  ctx.lineWidth = 1;
  ctx.fillRect(x, y, w, h);
  ctx.strokeRect(x, y, w, h);
}

function font(ctx: CanvasRenderingContext2D, px: number, bold = false) {
  ctx.font = `${bold ? '700 ' : ''}${px}px ${FONT}`;
}

/** Title, subtitle, filter summary and data date, top left. */
function drawTitle(ctx: CanvasRenderingContext2D, d: PictureDecor, s: number) {
  const lines: [string, number, boolean][] = [
    [d.title, 20 * s, true],
    [d.subtitle, 12 * s, false],
    [d.filterSummary, 12 * s, false],
    [d.dataDate, 12 * s, false],
  ];
  font(ctx, 20 * s, true);
  let w = 0;
  for (const [text, size, bold] of lines) {
    font(ctx, size, bold);
    w = Math.max(w, ctx.measureText(text).width);
  }
  box(ctx, 12 * s, 12 * s, w + 20 * s, 92 * s);
  let y = 12 * s;
  ctx.fillStyle = '#1f2328';
  ctx.textBaseline = 'top';
  for (const [text, size, bold] of lines) {
    font(ctx, size, bold);
    ctx.fillText(text, 22 * s, y + 8 * s);
    y += size * 1.45 + (bold ? 2 * s : 0);
  }
}

/** The legend: one swatch per zone (solid park, dashed belt) and the point layers, bottom left. */
export const LEGEND_SWATCH = { w: 24, h: 14 } as const;

function drawLegend(ctx: CanvasRenderingContext2D, d: PictureDecor, f: PictureFrame) {
  const { s } = f;
  const row = 22 * s;
  font(ctx, 13 * s);
  const w = Math.max(...d.legend.map((e) => ctx.measureText(e.label).width)) + 60 * s;
  const h = (d.legend.length + 1) * row + 16 * s;
  const x = 12 * s;
  const y = f.height - h - 44 * s;
  box(ctx, x, y, w, h);
  ctx.fillStyle = '#1f2328';
  ctx.textBaseline = 'middle';
  font(ctx, 13 * s, true);
  ctx.fillText(d.legendTitle, x + 10 * s, y + 8 * s + row / 2);
  d.legend.forEach((e, i) => {
    const cy = y + 8 * s + (i + 1.5) * row;
    ctx.fillStyle = e.colour;
    if (e.shape === 'dot') {
      ctx.beginPath();
      ctx.arc(x + 22 * s, cy, 6 * s, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.fillRect(x + 10 * s, cy - 7 * s, LEGEND_SWATCH.w * s, LEGEND_SWATCH.h * s);
      if (e.shape === 'dashed') {
        ctx.strokeStyle = '#ffffff';
        ctx.setLineDash([4 * s, 3 * s]);
        ctx.lineWidth = 2 * s;
        ctx.strokeRect(x + 10 * s, cy - 7 * s, LEGEND_SWATCH.w * s, LEGEND_SWATCH.h * s);
        ctx.setLineDash([]);
      }
    }
    ctx.fillStyle = '#1f2328';
    font(ctx, 13 * s);
    ctx.fillText(e.label, x + 44 * s, cy);
  });
}

/** A round-number scale bar (1, 2, 5 × 10ⁿ m) about 120 CSS px long, bottom right of the legend. */
function drawScale(ctx: CanvasRenderingContext2D, f: PictureFrame) {
  const { s } = f;
  const target = 120 * f.metresPerCssPx;
  const pow = 10 ** Math.floor(Math.log10(target));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= target) ?? pow;
  const len = (metres / f.metresPerCssPx) * s;
  const x = f.width - len - 24 * s;
  const y = f.height - 40 * s;
  box(ctx, x - 8 * s, y - 18 * s, len + 16 * s, 26 * s);
  ctx.fillStyle = '#1f2328';
  ctx.fillRect(x, y, len, 3 * s);
  ctx.fillRect(x, y - 6 * s, 2 * s, 9 * s);
  ctx.fillRect(x + len - 2 * s, y - 6 * s, 2 * s, 9 * s);
  font(ctx, 11 * s);
  ctx.textBaseline = 'bottom';
  ctx.textAlign = 'center';
  ctx.fillText(metres >= 1000 ? `${metres / 1000} km` : `${metres} m`, x + len / 2, y - 2 * s);
  ctx.textAlign = 'start';
}

/** North arrow, turned with the map's bearing, top right. */
function drawNorth(ctx: CanvasRenderingContext2D, d: PictureDecor, f: PictureFrame) {
  const { s } = f;
  const cx = f.width - 36 * s;
  const cy = 44 * s;
  box(ctx, cx - 22 * s, cy - 30 * s, 44 * s, 58 * s);
  ctx.save();
  ctx.translate(cx, cy + 4 * s);
  ctx.rotate((-f.bearing * Math.PI) / 180);
  ctx.fillStyle = '#1f2328';
  ctx.beginPath();
  ctx.moveTo(0, -16 * s);
  ctx.lineTo(8 * s, 12 * s);
  ctx.lineTo(0, 6 * s);
  ctx.lineTo(-8 * s, 12 * s);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = '#1f2328';
  font(ctx, 11 * s, true);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(d.north, cx, cy - 28 * s);
  ctx.textAlign = 'start';
}

function drawAttribution(ctx: CanvasRenderingContext2D, d: PictureDecor, f: PictureFrame) {
  const { s } = f;
  const text = d.attribution.join(' · ');
  font(ctx, 10 * s);
  const w = Math.min(ctx.measureText(text).width + 16 * s, f.width - 24 * s);
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(12 * s, f.height - 24 * s, w, 18 * s);
  ctx.fillStyle = '#3b3f46';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 20 * s, f.height - 15 * s, w - 16 * s);
}

/** Draws the map picture's decorations over the map image already on `ctx`. */
export function drawDecorations(ctx: CanvasRenderingContext2D, d: PictureDecor, f: PictureFrame) {
  drawTitle(ctx, d, f.s);
  drawLegend(ctx, d, f);
  drawScale(ctx, f);
  drawNorth(ctx, d, f);
  drawAttribution(ctx, d, f);
}
