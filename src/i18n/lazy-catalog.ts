import { analysisMessages } from './messages/analysis';
import { basemapPanelMessages } from './messages/basemaps-panels';
import { briefingMessages } from './messages/briefing';
import { dataQualityMessages } from './messages/data-quality';
import { drawMessages } from './messages/draw';
import { entityPanelMessages } from './messages/entities-panels';
import { filterPanelMessages } from './messages/filters-panels';
import { frictionPanelMessages } from './messages/friction-panels';
import { hostileInputPanelMessages } from './messages/hostile-input-panels';
import { importErrorMessages } from './messages/import-errors';
import { importUiMessages } from './messages/import-ui';
import { listOrderMessages } from './messages/list-order';
import { mapPictureMessages } from './messages/map-picture';
import { statsPanelMessages } from './messages/stats-panel';
import { userZoneStatsMessages } from './messages/user-zone-stats';
import { userZonePanelMessages } from './messages/user-zones-panels';

/**
 * Messages of the features that are not on screen at first paint (their panels are lazy
 * chunks): this module is fetched right after first paint by lazy-messages.ts, and every lazy
 * panel waits for it, so none of them ever renders a missing message.
 */
export const lazyFeatures = [
  dataQualityMessages,
  drawMessages,
  analysisMessages,
  briefingMessages,
  mapPictureMessages,
  importErrorMessages,
  importUiMessages,
  // Rows of the statistics and analysis tabs, both lazy panels.
  userZoneStatsMessages,
  statsPanelMessages,
  // The parts of first-paint features' messages that only lazy panels use.
  entityPanelMessages,
  frictionPanelMessages,
  filterPanelMessages,
  hostileInputPanelMessages,
  userZonePanelMessages,
  // The record lists (filter tab, zone panel), both lazy panels.
  listOrderMessages,
  // The basemap settings and failure notice, both loaded on demand.
  basemapPanelMessages,
] as const;

export type LazyZh = typeof dataQualityMessages.zh &
  typeof drawMessages.zh &
  typeof analysisMessages.zh &
  typeof briefingMessages.zh &
  typeof mapPictureMessages.zh &
  typeof importErrorMessages.zh &
  typeof importUiMessages.zh &
  typeof userZoneStatsMessages.zh &
  typeof statsPanelMessages.zh &
  typeof entityPanelMessages.zh &
  typeof frictionPanelMessages.zh &
  typeof filterPanelMessages.zh &
  typeof hostileInputPanelMessages.zh &
  typeof userZonePanelMessages.zh &
  typeof listOrderMessages.zh &
  typeof basemapPanelMessages.zh;
