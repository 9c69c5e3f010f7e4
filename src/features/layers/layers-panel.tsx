import { useZoneList } from '../../data/use-datasets';
import { CONTEXT_LAYERS, type ContextLayer } from '../../state/layers-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { UserZoneRows } from '../import/user-zone-rows';
import { ZoneRow } from './zone-row';

const CONTEXT_LABEL_KEYS = {
  district: 'layers.district',
  neighbours: 'layers.neighbours',
  river: 'layers.river',
  labels: 'layers.labels',
} as const satisfies Record<ContextLayer, string>;

export function LayersPanel() {
  const t = useT();
  const zones = useZoneList();
  const contextVisible = useAppStore((s) => s.contextVisible);
  const setContextVisible = useAppStore((s) => s.setContextVisible);
  return (
    <section className="panel layers-panel" aria-labelledby="layers-title">
      <h2 id="layers-title">{t('layers.title')}</h2>
      <fieldset>
        <legend>{t('layers.zones')}</legend>
        <ul className="zone-list">
          {zones.map((zone) => (
            <ZoneRow key={zone.properties.zone_id} zone={zone} />
          ))}
        </ul>
        <UserZoneRows />
        <p className="legend-kinds">
          <span className="legend-kind">
            <span className="swatch swatch--solid" aria-hidden="true" /> {t('layers.park')}
          </span>
          <span className="legend-kind">
            <span className="swatch swatch--dashed" aria-hidden="true" /> {t('layers.belt')}
          </span>
        </p>
        <p className="note schematic-note">
          <span className="badge badge--schematic">{t('layers.schematic')}</span>{' '}
          {t('layers.schematicNote')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('layers.context')}</legend>
        <ul className="context-list">
          {CONTEXT_LAYERS.map((layer) => (
            <li key={layer}>
              <label>
                <input
                  type="checkbox"
                  checked={contextVisible[layer]}
                  onChange={(e) => setContextVisible(layer, e.currentTarget.checked)}
                />
                {t(CONTEXT_LABEL_KEYS[layer])}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
