import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/** Shows or hides the machine-generated records everywhere (map, lists, counts, exports). */
export function SyntheticSwitch() {
  const t = useT();
  const include = useAppStore((s) => s.filter.includeSynthetic);
  const setFilter = useAppStore((s) => s.setFilter);
  return (
    <label className="check-row switch-row">
      <input
        type="checkbox"
        checked={include}
        onChange={(e) => setFilter({ includeSynthetic: e.currentTarget.checked })}
      />
      {t('entities.showSynthetic')}
    </label>
  );
}
