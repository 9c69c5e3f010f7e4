import type { EntityData } from '../../data/entities';
import type { ZoneId } from '../../domain/zone';
import { EntityResultList } from '../entities/entity-result-list';

const LABELS = {
  enterprise: 'zoneList.enterprises',
  project: 'zoneList.projects',
  group: 'zoneList.tabs',
} as const;

/** The zone's enterprises or projects under the current filter: sortable, virtualized. */
export function ZoneEntityList({ data, zone }: { data: EntityData; zone: ZoneId }) {
  return <EntityResultList data={data} zone={zone} labels={LABELS} />;
}
