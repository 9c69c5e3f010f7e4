import { useState } from 'react';
import { guessMapping } from '../../data/import/guess-mapping';
import {
  type FieldMapping,
  hasPolygons,
  isPointLayer,
  type LayerUse,
  type UserLayer,
} from '../../data/import/user-layer';
import { useZoneList } from '../../data/use-datasets';
import { ZONE_IDS, type ZoneId } from '../../domain/zone';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { FieldMappingForm } from './field-mapping-form';
import { NewZoneFields, type NewZoneNames, trimmedNames } from './new-zone-fields';
import { useLayerUpdate } from './use-layer-update';

type Kind = LayerUse['kind'];

/** What the layer is used as: display only, enterprises, projects (points) or a zone (polygons). */
export function LayerUseForm({ layer }: { layer: UserLayer }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const zones = useZoneList();
  const { update } = useLayerUpdate();
  const use = layer.use;
  const [kind, setKind] = useState<Kind>(use.kind);
  const [mapping, setMapping] = useState<FieldMapping>(
    use.kind === 'enterprises' || use.kind === 'projects'
      ? use.mapping
      : guessMapping(layer.fields),
  );
  const [mode, setMode] = useState<'add' | 'replace'>('mode' in use ? use.mode : 'add');
  const [zoneId, setZoneId] = useState<ZoneId>(use.kind === 'zone' ? use.zoneId : ZONE_IDS[0]);
  const [names, setNames] = useState<NewZoneNames>(
    use.kind === 'newZone' ? use : { name_zh: layer.name, name_en: layer.name },
  );
  const points = isPointLayer(layer);
  const polygons = hasPolygons(layer);
  const kinds: Kind[] = [
    'none',
    ...(points ? (['enterprises', 'projects'] as const) : []),
    ...(polygons ? (['zone', 'newZone'] as const) : []),
  ];
  const zoneName = (id: ZoneId) => {
    const z = zones.find((f) => f.properties.zone_id === id)?.properties;
    return z ? pick(lang, z.name_zh, z.name_en) : id;
  };
  const draft = (): LayerUse => {
    if (kind === 'none') return { kind };
    if (kind === 'zone') return { kind, zoneId };
    if (kind === 'newZone') return { kind, ...trimmedNames(names, layer.name) };
    return { kind, mapping, mode };
  };
  // Records are drawn as enterprise/project points (filtered, coloured by industry), so the
  // layer's own copy of them is hidden; its checkbox brings it back.
  const apply = () => {
    const next = draft();
    const asRecords = next.kind === 'enterprises' || next.kind === 'projects';
    void update(layer, { use: next, ...(asRecords ? { visible: false } : {}) });
  };
  return (
    <details className="user-layer__use">
      <summary>
        {t('importUi.use')}: <UseSummary use={use} zoneName={zoneName} />
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label>
          {t('importUi.use')}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`importUi.use.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {!points && <p className="note">{t('importUi.useNote.points')}</p>}
        {!polygons && <p className="note">{t('importUi.useNote.polygons')}</p>}
        {(kind === 'enterprises' || kind === 'projects') && (
          <FieldMappingForm
            fields={layer.fields}
            mapping={mapping}
            onChange={setMapping}
            mode={mode}
            onMode={setMode}
          />
        )}
        {kind === 'zone' && (
          <>
            <label>
              {t('importUi.zoneTarget')}
              <select value={zoneId} onChange={(e) => setZoneId(e.currentTarget.value as ZoneId)}>
                {ZONE_IDS.map((id) => (
                  <option key={id} value={id}>
                    {zoneName(id)}
                  </option>
                ))}
              </select>
            </label>
            <p className="note">{t('importUi.zoneNote')}</p>
          </>
        )}
        {kind === 'newZone' && <NewZoneFields names={names} onChange={setNames} />}
        <button
          type="submit"
          disabled={(kind === 'enterprises' || kind === 'projects') && !mapping.name}
        >
          {t('importUi.apply')}
        </button>
      </form>
    </details>
  );
}

function UseSummary({ use, zoneName }: { use: LayerUse; zoneName: (id: ZoneId) => string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  if (use.kind === 'none') return <>{t('importUi.use.none')}</>;
  if (use.kind === 'zone') return <>{t('importUi.usedAs.zone', { zone: zoneName(use.zoneId) })}</>;
  if (use.kind === 'newZone') {
    return <>{t('importUi.usedAs.newZone', { name: pick(lang, use.name_zh, use.name_en) })}</>;
  }
  const mode = t(use.mode === 'add' ? 'importUi.mode.add' : 'importUi.mode.replace');
  return (
    <>
      {t(use.kind === 'enterprises' ? 'importUi.usedAs.enterprises' : 'importUi.usedAs.projects', {
        mode,
      })}
    </>
  );
}
