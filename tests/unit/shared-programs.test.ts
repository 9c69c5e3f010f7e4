import {
  createPropertyExpression,
  isExpression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { offlineStyle } from '../../src/map/style';

type Paint = Record<string, unknown>;

/**
 * The paint properties MapLibre binds per feature (vertex attributes) rather than as uniforms:
 * with the layer type (and, for lines, whether dashed), what picks a WebGL program.
 */
function perFeature(layer: LayerSpecification, prefix: string): string {
  const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layer.type}`
  ];
  const paint = ('paint' in layer ? layer.paint : {}) as Paint;
  const out: string[] = [];
  for (const [name, value] of Object.entries(paint)) {
    const spec = specs?.[name];
    if (!name.startsWith(prefix) || !spec || !isExpression(value)) continue;
    const parsed = createPropertyExpression(value, spec);
    if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: invalid expression`);
    if (parsed.value.kind === 'source' || parsed.value.kind === 'composite') out.push(name);
  }
  return out.sort().join(',');
}

/** Drawn in the default view: not hidden, no opacity that makes MapLibre skip the layer. */
function drawn(layer: LayerSpecification): boolean {
  const layout = ('layout' in layer ? layer.layout : {}) as Record<string, unknown>;
  const paint = ('paint' in layer ? layer.paint : {}) as Paint;
  return layout?.visibility !== 'none' && paint?.[`${layer.type}-opacity`] !== 0;
}

/** One key per program MapLibre would build for the style's drawn layers. */
function programs(layers: LayerSpecification[]): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  const add = (key: string, id: string) => keys.set(key, [...(keys.get(key) ?? []), id]);
  for (const layer of layers.filter(drawn)) {
    const paint = ('paint' in layer ? layer.paint : {}) as Paint;
    const layout = ('layout' in layer ? layer.layout : {}) as Record<string, unknown>;
    if (layer.type === 'line') {
      const dashed = paint['line-dasharray'] ? 'dashed' : 'solid';
      add(`line ${dashed} ${perFeature(layer, 'line-')}`, layer.id);
    } else if (layer.type === 'symbol') {
      if (layout['text-field']) add(`text ${perFeature(layer, 'text-')}`, layer.id);
      if (layout['icon-image'] && paint['icon-opacity'] !== 0)
        add(`icon ${perFeature(layer, 'icon-')}`, layer.id);
    } else if (layer.type !== 'background') add(`${layer.type} ${perFeature(layer, '')}`, layer.id);
  }
  return keys;
}

describe('the first view builds one WebGL program per kind of layer (issue 11)', () => {
  const keys = programs(offlineStyle().layers);
  const kinds = (kind: string) => [...keys.keys()].filter((k) => k.startsWith(kind));

  it('all fills, dashed-or-solid lines, circles and texts share a program each', () => {
    expect(kinds('fill ')).toHaveLength(1);
    expect(kinds('circle ')).toHaveLength(1);
    expect(kinds('text ')).toHaveLength(1);
    expect(kinds('icon ')).toHaveLength(1);
    // Every line is drawn through the dashed program (solid ones with a gapless pattern).
    expect(kinds('line ')).toEqual([expect.stringMatching(/^line dashed /)]);
  });

  it('covers the layers a user sees at first: zones, base, labels, clusters, points', () => {
    const all = [...keys.values()].flat();
    for (const id of [
      'neighbour-fill',
      'district-fill',
      'zone-fill',
      'project-site-fill',
      'neighbour-line',
      'river',
      'district-line',
      'zone-line-park',
      'zone-line-belt',
      'zone-axis',
      'context-labels',
      'zone-labels',
      'enterprise-clusters',
      'enterprise-points',
      'enterprise-cluster-count',
      'project-points',
    ])
      expect(all).toContain(id);
  });
});
