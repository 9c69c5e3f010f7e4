import { useMemo } from 'react';
import { useUserLayersQuery } from '../../data/import/use-user-layers';
import { useUserZones } from '../../data/import/use-user-zones';
import { missingUserZones } from '../../domain/briefing-view';
import { useT } from '../../state/use-t';

/**
 * Names the user zones a scene filters by that this browser does not have (a script made in
 * another browser, a layer removed since). The rest of the scene plays; the filter leaves
 * those zones out, as for a shared link. Said only once the stored layers have loaded.
 */
export function SceneZonesNotice({ codes }: { codes: readonly string[] }) {
  const t = useT();
  const loaded = useUserLayersQuery().isSuccess;
  const zones = useUserZones();
  const missing = useMemo(
    () => missingUserZones(codes, new Set(zones.map((z) => z.id))),
    [codes, zones],
  );
  if (!loaded || missing.length === 0) return null;
  return (
    <p className="briefing__record-missing" role="status" data-testid="briefing-missing-zones">
      {t('sceneZones.missing', { ids: missing.join(', ') })} {t('sceneZones.missingHint')}
    </p>
  );
}
