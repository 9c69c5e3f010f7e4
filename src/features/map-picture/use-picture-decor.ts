import { useZoneList, useZonesProvenance } from '../../data/use-datasets';
import { useEntityData } from '../../data/use-entities';
import { useFilterResult } from '../../data/use-filter-result';
import { basemapAttribution } from '../../domain/basemap';
import { pick } from '../../i18n/translate';
import { useBasemapStore } from '../../state/basemap-store';
import { activeFilterCount } from '../../state/filters-slice';
import type { PictureDecor } from '../../state/map-picture-port';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount } from '../../ui/format-number';
import { INDUSTRY_COLOURS, STATUS_COLOURS, ZONE_COLOURS } from '../../ui/palette';

/** The texts and legend drawn around the exported map, in the UI's language. */
export function usePictureDecor(): () => PictureDecor {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filter = useAppStore((s) => s.filter);
  const zones = useZoneList();
  const zonesProvenance = useZonesProvenance();
  const data = useEntityData();
  const result = useFilterResult();
  const basemap = useBasemapStore((s) => s.basemap);
  return () => {
    const active = activeFilterCount(filter);
    const dates = [
      zonesProvenance?.date,
      data?.provenance.enterprises?.date,
      data?.provenance.projects?.date,
    ].filter((d): d is string => Boolean(d));
    const counts = result
      ? t('filters.matched', {
          enterprises: formatCount(result.enterprises.count, lang),
          projects: formatCount(result.projects.count, lang),
        })
      : '';
    return {
      title: t('app.title'),
      subtitle: t('app.subtitle'),
      legendTitle: `${t('picture.legend')} (${t('picture.schematic')})`,
      legend: [
        ...zones.map((z) => ({
          label: pick(lang, z.properties.name_zh, z.properties.name_en),
          colour: ZONE_COLOURS[z.properties.zone_id],
          shape: z.properties.kind === 'park' ? ('solid' as const) : ('dashed' as const),
        })),
        { label: t('picture.enterprises'), colour: INDUSTRY_COLOURS[1], shape: 'dot' as const },
        { label: t('picture.projects'), colour: STATUS_COLOURS[1], shape: 'dot' as const },
      ],
      attribution: [basemapAttribution(basemap), t('attribution.offline')].filter(
        (a): a is string => a !== null,
      ),
      dataDate: t('picture.dataDate', {
        date: dates.sort().at(-1) ?? '—',
        today: new Date().toISOString().slice(0, 10),
      }),
      filterSummary: `${active ? t('filters.active', { count: active }) : t('filters.none')} · ${counts}`,
      north: t('picture.north'),
    };
  };
}
