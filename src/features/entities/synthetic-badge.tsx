import { useEntityData } from '../../data/use-entities';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/** 含模拟数据: shown while any synthetic record is loaded and not hidden. */
export function SyntheticBadge() {
  const t = useT();
  const data = useEntityData();
  const include = useAppStore((s) => s.filter.includeSynthetic);
  if (!data?.hasSynthetic || !include) return null;
  return (
    <span
      className="badge badge--synthetic badge--topbar"
      title={t('entities.syntheticBadgeTitle')}
    >
      {t('entities.syntheticBadge')}
    </span>
  );
}
