import { type BriefingScene, type SceneKpi, viewportScale } from '../domain/briefing';
import { sceneShapeOf } from '../domain/briefing-shapes';
import { sceneInViewOf } from '../domain/briefing-view';
import { userZoneLinkCode } from '../domain/user-zone';
import { ZONE_IDS } from '../domain/zone';
import type { AppState } from './store';

/** District overview, used when the map has not reported a view yet. */
const FALLBACK_VIEW = { lng: 106.4, lat: 29.405, zoom: 10.55, bearing: 0, pitch: 0 };

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The current view as a new scene: camera (its zoom restated for a 1920×1080 screen), visible
 * layers, filter lists, year and investment ranges, drawn shapes, user zones (as a link names
 * them), the in-view box when that filter is on, the selected zone and record.
 */
export function sceneFromState(
  s: AppState,
  viewport: { width: number; height: number },
  id: string,
): BriefingScene {
  // Before the first move the map has reported no view: it still shows the one it opened on.
  const v = s.view ?? s.initialView ?? FALLBACK_VIEW;
  const k = viewportScale(viewport.width, viewport.height);
  const zone = s.selectedZone;
  const kpis: SceneKpi[] = [
    { kind: 'count', measure: 'enterprises', zone },
    { kind: 'count', measure: 'projects', zone },
  ];
  return {
    id,
    title_zh: '',
    title_en: '',
    caption_zh: '',
    caption_en: '',
    notes_zh: '',
    notes_en: '',
    camera: {
      center: [round(v.lng, 5), round(v.lat, 5)],
      zoom: round(Math.min(18, Math.max(7, v.zoom - Math.log2(k))), 2),
      bearing: round(v.bearing, 1),
      pitch: round(v.pitch, 1),
      duration: 2500,
    },
    layers: {
      zones: ZONE_IDS.filter((z) => s.zoneVisible[z]),
      enterprises: s.entityVisible.enterprises,
      projects: s.entityVisible.projects,
    },
    zone,
    filter: {
      zones: [...s.filter.zones],
      industries: [...s.filter.industries],
      categories: [...s.filter.categories],
      orgKinds: [...s.filter.orgKinds],
      projectTypes: [...s.filter.projectTypes],
      projectStatuses: [...s.filter.projectStatuses],
      linkStatuses: [...s.filter.linkStatuses],
      includeSynthetic: s.filter.includeSynthetic,
      shapes: s.filter.shapes.map(sceneShapeOf),
      years: { ...s.filter.years },
      investment: { ...s.filter.investment },
      userZones: s.filter.userZones.map(userZoneLinkCode),
      inView: sceneInViewOf(s.filter.inView),
    },
    kpis,
    ...highlightOf(s),
  };
}

/** The selected record, written as in a shared link's `sel=`. */
function highlightOf(s: AppState): Pick<BriefingScene, 'highlight'> {
  const ref = s.selectedEntity;
  const id = s.selectedEntityId;
  if (!ref || !id) return {};
  return { highlight: { records: [`${ref.kind === 'project' ? 'p' : 'e'}:${id}`] } };
}
