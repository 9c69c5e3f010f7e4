import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { DrawToolbar } from './draw-toolbar';
import { ShapeList } from './shape-list';

/** Drawn shapes and "only what is in view". */
export function SpatialFilters() {
  const t = useT();
  const inView = useAppStore((s) => s.filter.inView !== null);
  const setFilter = useAppStore((s) => s.setFilter);
  return (
    <fieldset className="spatial-filters">
      <legend>{t('filters.spatial')}</legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={inView}
          onChange={(e) =>
            setFilter({ inView: e.currentTarget.checked ? useAppStore.getState().bounds : null })
          }
        />
        {t('filters.inView')}
      </label>
      <DrawToolbar />
      <ShapeList />
    </fieldset>
  );
}
