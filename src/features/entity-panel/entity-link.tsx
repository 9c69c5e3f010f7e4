import type { EntityData } from '../../data/entities';
import { entityDisplayName } from '../../data/entity-name';
import { useAppStore } from '../../state/store';

/** A linked record as a button: choosing it opens its details and flies the map to it. */
export function EntityLink({
  data,
  kind,
  id,
}: {
  data: EntityData;
  kind: 'enterprise' | 'project';
  id: string;
}) {
  const lang = useAppStore((s) => s.lang);
  const selectEntity = useAppStore((s) => s.selectEntity);
  const index = (
    kind === 'enterprise' ? data.link.enterpriseIndexById : data.link.projectIndexById
  ).get(id);
  if (index === undefined) return <span>{id}</span>;
  const ref = { kind, index };
  return (
    <button type="button" className="link-button" onClick={() => selectEntity(ref, true)}>
      {entityDisplayName(data, ref, lang)}
    </button>
  );
}
