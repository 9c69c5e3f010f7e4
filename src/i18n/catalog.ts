import { analysisMessages } from './messages/analysis';
import { basemapMessages } from './messages/basemaps';
import { briefingMessages } from './messages/briefing';
import { dataQualityMessages } from './messages/data-quality';
import { drawMessages } from './messages/draw';
import { entitiesMessages } from './messages/entities';
import { filtersMessages } from './messages/filters';
import { frictionMessages } from './messages/friction';
import { hostileInputMessages } from './messages/hostile-input';
import { importErrorMessages } from './messages/import-errors';
import { importUiMessages } from './messages/import-ui';
import { mapPictureMessages } from './messages/map-picture';
import { mobileMessages } from './messages/mobile';
import { searchMessages } from './messages/search';
import { statsMessages } from './messages/stats';
import { userZonesMessages } from './messages/user-zones';
import { en as coreEn } from './messages-en';
import { zh as coreZh } from './messages-zh';

const features = [
  searchMessages,
  dataQualityMessages,
  statsMessages,
  drawMessages,
  entitiesMessages,
  filtersMessages,
  hostileInputMessages,
  frictionMessages,
  analysisMessages,
  briefingMessages,
  mobileMessages,
  basemapMessages,
  mapPictureMessages,
  importErrorMessages,
  importUiMessages,
  userZonesMessages,
] as const;

/** Every Chinese message: the core file plus one file per feature under messages/. */
export const zhCatalog = {
  ...coreZh,
  ...searchMessages.zh,
  ...dataQualityMessages.zh,
  ...statsMessages.zh,
  ...drawMessages.zh,
  ...entitiesMessages.zh,
  ...filtersMessages.zh,
  ...hostileInputMessages.zh,
  ...frictionMessages.zh,
  ...analysisMessages.zh,
  ...briefingMessages.zh,
  ...mobileMessages.zh,
  ...basemapMessages.zh,
  ...mapPictureMessages.zh,
  ...importErrorMessages.zh,
  ...importUiMessages.zh,
  ...userZonesMessages.zh,
};

export type MessageKey = keyof typeof zhCatalog;

export const enCatalog = Object.assign({}, coreEn, ...features.map((f) => f.en)) as Record<
  MessageKey,
  string
>;
