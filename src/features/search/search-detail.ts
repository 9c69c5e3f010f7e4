import type { EntityData } from '../../data/entities';
import type { SearchHit } from '../../data/search-index';
import { ZONE_IDS, type ZoneId } from '../../domain/zone';
import { industryLabel, projectTypeLabel } from '../../i18n/enum-labels';
import { type Lang, translate } from '../../i18n/translate';

/**
 * What tells apart two results of the same name: the kind of organisation (or the project
 * type), the industry, and the zone the record lies in (its declared zone, else "outside the
 * zones"). Zones need no detail.
 */
export function hitDetail(
  hit: SearchHit,
  data: EntityData | undefined,
  zoneName: (id: ZoneId) => string,
  lang: Lang,
): string {
  const target = hit.target;
  if (!data || target.kind === 'zone') return '';
  const masks = target.kind === 'enterprise' ? data.link.enterpriseMasks : data.link.projectMasks;
  const mask = masks[target.index] ?? 0;
  const inZone = ZONE_IDS.find((_, i) => mask & (1 << i));
  const where = inZone ? zoneName(inZone) : translate(lang, 'search.outsideZones');
  const sep = lang === 'zh' ? ' · ' : ' · ';
  if (target.kind === 'enterprise') {
    const e = data.enterprises[target.index];
    if (!e) return '';
    return [translate(lang, `orgKind.${e.org_kind}`), industryLabel(e.industry, lang), where].join(
      sep,
    );
  }
  const p = data.projects[target.index];
  return p ? [projectTypeLabel(p.type, lang), where].join(sep) : '';
}
