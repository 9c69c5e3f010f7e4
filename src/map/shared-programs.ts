import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * A constant paint value written per feature, with the same result for every feature.
 *
 * Why: MapLibre builds one WebGL program per layer type and per set of paint properties that
 * vary by feature; a layer with a constant colour and one with a per-feature colour need two.
 * Under software WebGL (SwiftShader) each program, and the GPU pipeline built for it on first
 * draw, costs 0.1–1 s of the first load, and held the app's first idle back ×2 behind a bare
 * MapLibre page (issue 11). Layers of one type are given the same per-feature set, so the
 * first view builds one fill, one dashed-line, one circle and one text program.
 *
 * The feature-state key is never set, so both branches are taken for `value` alike.
 */
export function perFeature(value: number | string): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'jlp-never-set'], false], value, value];
}
