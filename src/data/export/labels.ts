import type { LinkStatus, LocationAccuracy, SkipReason } from '../../domain/entity';
import { ZONE_IDS, type ZoneFeature, type ZoneId } from '../../domain/zone';
import { type Lang, pick, translate } from '../../i18n/translate';

/*
 * Industry, category, project type and status labels come from i18n/enum-labels.ts (shared
 * with the panels, so a file says what the screen says); these are the export's own.
 */
export const linkStatusLabel = (v: LinkStatus, lang: Lang) => translate(lang, `link.${v}`);
export const skipReasonLabel = (v: SkipReason, lang: Lang) => translate(lang, `skip.${v}`);
export const accuracyLabel = (v: LocationAccuracy, lang: Lang) => translate(lang, `accuracy.${v}`);
export const yesNo = (v: boolean, lang: Lang) => translate(lang, v ? 'export.yes' : 'export.no');

/** Joins several values in one cell: 、 in Chinese, "; " in English (commas read as columns). */
export const joinList = (values: readonly string[], lang: Lang) =>
  values.join(translate(lang, 'export.listSeparator'));

/** Zone names in one language, keyed by id. */
export type ZoneNames = Readonly<Record<ZoneId, string>>;

/** Names of the loaded zones; a zone not (yet) loaded is named by its id rather than blank. */
export function zoneNamesOf(zones: readonly ZoneFeature[], lang: Lang): ZoneNames {
  const names = Object.fromEntries(ZONE_IDS.map((id) => [id, id])) as Record<ZoneId, string>;
  for (const z of zones)
    names[z.properties.zone_id] = pick(lang, z.properties.name_zh, z.properties.name_en);
  return names;
}

/** The zones whose bit is set in a zone mask (bit i = ZONE_IDS[i]), in the plan's order. */
export function zonesOfMask(mask: number): ZoneId[] {
  return ZONE_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** The names of the zones in a mask, or "none" when it is in no zone. */
export function zoneListLabel(mask: number, names: ZoneNames, lang: Lang): string {
  const zones = zonesOfMask(mask);
  return zones.length === 0
    ? translate(lang, 'export.none')
    : joinList(
        zones.map((z) => names[z]),
        lang,
      );
}
