import { useUserLayers } from '../../data/import/use-user-layers';
import { useT } from '../../state/use-t';
import { UserLayerItem } from './user-layer-item';

/** The imported layers, oldest first. */
export function UserLayerList() {
  const t = useT();
  const layers = useUserLayers();
  return (
    <div className="user-layers">
      <h3>{t('importUi.layers', { count: layers.length })}</h3>
      {layers.length === 0 ? (
        <p className="note">{t('importUi.noLayers')}</p>
      ) : (
        <ul className="user-layer-list" aria-label={t('importUi.layers', { count: layers.length })}>
          {layers.map((layer) => (
            <UserLayerItem key={layer.id} layer={layer} />
          ))}
        </ul>
      )}
    </div>
  );
}
