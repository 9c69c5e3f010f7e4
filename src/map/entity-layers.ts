import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { INDUSTRY_COLOURS, STATUS_COLOURS } from '../ui/palette';
import { perFeature } from './shared-programs';

export const ENTITY_SOURCES = {
  enterprises: 'enterprises',
  projects: 'projects',
  sites: 'project-sites',
} as const;

export const ENTITY_LAYER_IDS = {
  siteFill: 'project-site-fill',
  siteLine: 'project-site-line',
  enterpriseClusters: 'enterprise-clusters',
  enterpriseClusterCount: 'enterprise-cluster-count',
  enterprisePoints: 'enterprise-points',
  projectClusters: 'project-clusters',
  projectClusterCount: 'project-cluster-count',
  projectPoints: 'project-points',
} as const;

/** The SDF diamond image drawn for projects, tinted by status. */
export const DIAMOND_IMAGE = 'diamond';

const byClass = (colours: readonly string[]): ExpressionSpecification =>
  [
    'match',
    ['get', 'c'],
    ...colours.flatMap((c, i) => [i, c]),
    '#777777',
  ] as unknown as ExpressionSpecification;

const state = (name: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false,
];
const isCluster: ExpressionSpecification = ['has', 'point_count'];
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

/** Cluster radius (px) by point count; the count symbol's collision box follows it. */
const CLUSTER_RADIUS: ExpressionSpecification = [
  'step',
  ['get', 'point_count'],
  13,
  50,
  17,
  500,
  22,
  5000,
  28,
];
/** The invisible icon that gives a cluster its (square) collision box: px at icon-size 1. */
export const CLUSTER_BOX_IMAGE = 'cluster-box';
export const CLUSTER_BOX_SIZE = 56;

const clusterCircle = (id: string, source: string, colour: string): CircleLayerSpecification => ({
  id,
  type: 'circle',
  source,
  filter: isCluster,
  // Colour and stroke per feature like the points': one circle program for both, compiled
  // by the clusters of the first view (shared-programs.ts).
  paint: {
    'circle-color': perFeature(colour),
    'circle-opacity': 0.85,
    'circle-radius': CLUSTER_RADIUS,
    'circle-stroke-color': perFeature('#ffffff'),
    'circle-stroke-width': perFeature(2),
  },
});

const clusterCount = (id: string, source: string): SymbolLayerSpecification => ({
  id,
  type: 'symbol',
  source,
  filter: isCluster,
  // An invisible icon the size of the cluster's circle: the circle itself takes no part in
  // label collisions, this icon does, so zone labels (placed after it) move off the clusters.
  layout: {
    'text-field': ['get', 'point_count_abbreviated'],
    'text-size': 12,
    'text-allow-overlap': true,
    'icon-image': CLUSTER_BOX_IMAGE,
    'icon-size': ['/', ['*', 2, ['+', CLUSTER_RADIUS, 2]], CLUSTER_BOX_SIZE],
    'icon-allow-overlap': true,
  },
  // The text colour per feature like the labels': one text program (shared-programs.ts).
  paint: { 'text-color': perFeature('#ffffff'), 'icon-opacity': 0 },
});

const enterprisePoints: CircleLayerSpecification = {
  id: ENTITY_LAYER_IDS.enterprisePoints,
  type: 'circle',
  source: ENTITY_SOURCES.enterprises,
  filter: notCluster,
  paint: {
    'circle-color': byClass(INDUSTRY_COLOURS),
    'circle-radius': ['case', state('selected'), 9, state('hover'), 8, 5.5],
    'circle-stroke-color': [
      'case',
      state('selected'),
      '#000000',
      state('hover'),
      '#000000',
      '#ffffff',
    ],
    'circle-stroke-width': ['case', state('selected'), 3, state('hover'), 2.5, 1.2],
  },
};

const projectPoints: SymbolLayerSpecification = {
  id: ENTITY_LAYER_IDS.projectPoints,
  type: 'symbol',
  source: ENTITY_SOURCES.projects,
  filter: notCluster,
  layout: {
    'icon-image': DIAMOND_IMAGE,
    'icon-size': 1,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
  paint: {
    'icon-color': byClass(STATUS_COLOURS),
    'icon-halo-color': ['case', state('selected'), '#000000', state('hover'), '#000000', '#ffffff'],
    'icon-halo-width': ['case', state('selected'), 3, state('hover'), 2.5, 1.5],
  },
};

const siteFill: FillLayerSpecification = {
  id: ENTITY_LAYER_IDS.siteFill,
  type: 'fill',
  source: ENTITY_SOURCES.sites,
  // The dashed site line draws the edge: no antialiased outline pass (a shader program fewer).
  paint: {
    'fill-color': byClass(STATUS_COLOURS),
    // Per feature like the zones' opacity: one fill program (shared-programs.ts).
    'fill-opacity': perFeature(0.25),
    'fill-antialias': false,
  },
};

const siteLine: LayerSpecification = {
  id: ENTITY_LAYER_IDS.siteLine,
  type: 'line',
  source: ENTITY_SOURCES.sites,
  paint: { 'line-color': byClass(STATUS_COLOURS), 'line-width': 1.5, 'line-dasharray': [1, 1] },
};

/** Bottom to top, drawn above the zones and below the labels. */
export const ENTITY_LAYERS: LayerSpecification[] = [
  siteFill,
  siteLine,
  clusterCircle(ENTITY_LAYER_IDS.enterpriseClusters, ENTITY_SOURCES.enterprises, '#3b4a5e'),
  clusterCount(ENTITY_LAYER_IDS.enterpriseClusterCount, ENTITY_SOURCES.enterprises),
  enterprisePoints,
  clusterCircle(ENTITY_LAYER_IDS.projectClusters, ENTITY_SOURCES.projects, '#6a3d9a'),
  clusterCount(ENTITY_LAYER_IDS.projectClusterCount, ENTITY_SOURCES.projects),
  projectPoints,
];

export const ENTERPRISE_LAYER_IDS = [
  ENTITY_LAYER_IDS.enterpriseClusters,
  ENTITY_LAYER_IDS.enterpriseClusterCount,
  ENTITY_LAYER_IDS.enterprisePoints,
];
export const PROJECT_LAYER_IDS = [
  ENTITY_LAYER_IDS.siteFill,
  ENTITY_LAYER_IDS.siteLine,
  ENTITY_LAYER_IDS.projectClusters,
  ENTITY_LAYER_IDS.projectClusterCount,
  ENTITY_LAYER_IDS.projectPoints,
];
