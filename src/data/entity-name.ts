import type { Lang } from '../i18n/translate';
import type { EntityRef } from '../state/entity-selection-slice';
import type { EntityData } from './entities';

/** A record's name in the language, falling back to Chinese where no English name is known. */
export function entityDisplayName(data: EntityData, ref: EntityRef, lang: Lang): string {
  const record = ref.kind === 'enterprise' ? data.enterprises[ref.index] : data.projects[ref.index];
  if (!record) return '';
  return lang === 'en' && record.name_en ? record.name_en : record.name_zh;
}

export function entityRecord(data: EntityData, ref: EntityRef) {
  return ref.kind === 'enterprise' ? data.enterprises[ref.index] : data.projects[ref.index];
}
