import { useId, useState } from 'react';
import { crsLabel } from '../../data/import/layer-provenance';
import type { UserLayer } from '../../data/import/user-layer';
import { useT } from '../../state/use-t';
import { Swatch } from '../../ui/swatch';
import { LayerDetails } from './layer-details';
import { LayerUseForm } from './layer-use-form';
import { OffsetWarning } from './offset-warning';
import { useLayerUpdate } from './use-layer-update';

/** One imported layer: show/hide, name, colour, summary, offset warning, use, details, remove. */
export function UserLayerItem({ layer }: { layer: UserLayer }) {
  const t = useT();
  const { update, remove } = useLayerUpdate();
  const [name, setName] = useState(layer.name);
  const nameId = useId();
  const commitName = () => {
    const next = name.trim();
    if (next && next !== layer.name) void update(layer, { name: next });
    else setName(layer.name);
  };
  return (
    <li className="user-layer" data-layer-id={layer.id}>
      <div className="user-layer__head">
        <input
          type="checkbox"
          checked={layer.visible}
          aria-label={t('importUi.show', { name: layer.name })}
          onChange={(e) => void update(layer, { visible: e.currentTarget.checked })}
        />
        <Swatch colour={layer.colour} pattern="fill" />
        <label className="visually-hidden" htmlFor={nameId}>
          {t('importUi.rename')}
        </label>
        <input
          id={nameId}
          className="user-layer__name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          onBlur={commitName}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitName();
          }}
        />
        <input
          type="color"
          className="user-layer__colour"
          aria-label={t('importUi.colour')}
          value={layer.colour}
          onChange={(e) => void update(layer, { colour: e.currentTarget.value })}
        />
        <button
          type="button"
          className="icon-button"
          aria-label={t('importUi.removeNamed', { name: layer.name })}
          title={t('importUi.remove')}
          onClick={() => void remove(layer.id)}
        >
          ×
        </button>
      </div>
      <p className="note user-layer__summary">
        {t('importUi.summary', {
          count: layer.features.length,
          types: layer.geometryTypes.join(', '),
        })}{' '}
        · {crsLabel(layer.crs)}
      </p>
      <OffsetWarning layer={layer} />
      <LayerUseForm layer={layer} />
      <LayerDetails layer={layer} />
    </li>
  );
}
