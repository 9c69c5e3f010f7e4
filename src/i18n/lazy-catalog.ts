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
import { kindFilterMessages } from './messages/kind-filter';
import { listOrderMessages } from './messages/list-order';
import { loadNoticeMessages } from './messages/load-notices';
import { mapPictureMessages } from './messages/map-picture';
import { searchPanelMessages } from './messages/search-panels';
import { sheetMessages } from './messages/sheet';
import { statsPanelMessages } from './messages/stats-panel';
import { userZoneFilterMessages } from './messages/user-zone-filter';
import { userZoneStatsMessages } from './messages/user-zone-stats';
import { userZonePanelMessages } from './messages/user-zones-panels';
import { zonePanelMessages } from './messages/zone-panel';

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
  // The zone panel and the search box (the stand-in at first paint shows only the placeholder).
  zonePanelMessages,
  searchPanelMessages,
  // The data failure banners (loaded with the first failure).
  loadNoticeMessages,
  // The kind filter and the user-zone rows, targets and source lines (filter tab and panels).
  kindFilterMessages,
  userZoneFilterMessages,
  // The phone layout's bottom sheet.
  sheetMessages,
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
  typeof basemapPanelMessages.zh &
  typeof zonePanelMessages.zh &
  typeof searchPanelMessages.zh &
  typeof loadNoticeMessages.zh &
  typeof kindFilterMessages.zh &
  typeof userZoneFilterMessages.zh &
  typeof sheetMessages.zh;
