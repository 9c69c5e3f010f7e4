import { dataQualityMessages } from './messages/data-quality';
import { drawMessages } from './messages/draw';
import { entitiesMessages } from './messages/entities';
import { filtersMessages } from './messages/filters';
import { importErrorMessages } from './messages/import-errors';
import { importUiMessages } from './messages/import-ui';
import { searchMessages } from './messages/search';
import { statsMessages } from './messages/stats';
import { en as coreEn } from './messages-en';
import { zh as coreZh } from './messages-zh';

const features = [
  searchMessages,
  dataQualityMessages,
  statsMessages,
  drawMessages,
  entitiesMessages,
  filtersMessages,
  importErrorMessages,
  importUiMessages,
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
  ...importErrorMessages.zh,
  ...importUiMessages.zh,
};

export type MessageKey = keyof typeof zhCatalog;

export const enCatalog = Object.assign({}, coreEn, ...features.map((f) => f.en)) as Record<
  MessageKey,
  string
>;
