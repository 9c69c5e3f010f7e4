import { useContextQuery, useDistrictQuery, useZonesQuery } from '../../data/use-datasets';
import { basemapAttribution } from '../../domain/basemap';
import { useBasemapStore } from '../../state/basemap-store';
import { useT } from '../../state/use-t';
import { ProvenanceList } from './provenance-list';

/** The map's attribution, with every layer's provenance one click away. */
export function Attribution() {
  const t = useT();
  const district = useDistrictQuery().data;
  const zones = useZonesQuery().data;
  const context = useContextQuery().data;
  const basemap = basemapAttribution(useBasemapStore((s) => s.basemap));
  return (
    <details className="attribution">
      <summary>
        {basemap && <span className="attribution__basemap">{basemap} · </span>}
        {t('attribution.offline')}
      </summary>
      <div className="attribution__body">
        <h2>{t('prov.title')}</h2>
        {district && (
          <>
            <h3>{t('prov.district')}</h3>
            <ProvenanceList provenance={district.provenance} />
          </>
        )}
        {zones && (
          <>
            <h3>{t('prov.zones')}</h3>
            <ProvenanceList provenance={zones.provenance} />
          </>
        )}
        {context && (
          <>
            <h3>{t('prov.context')}</h3>
            <ProvenanceList provenance={context.provenance} />
          </>
        )}
      </div>
    </details>
  );
}
