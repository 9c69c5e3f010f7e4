import { useT } from '../../state/use-t';
import './user-zone-badge.css';

/** 用户提供 / user-provided: beside a zone a user added, wherever zones are listed as rows. */
export function UserZoneBadge() {
  const t = useT();
  return (
    <span className="badge zone-user-badge" title={t('userZone.badgeTitle')}>
      {t('userZone.badge')}
    </span>
  );
}
