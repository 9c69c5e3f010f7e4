import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BriefingScript } from '../../src/domain/briefing';
import { viewportScale } from '../../src/domain/briefing';
import { validateBriefing } from '../../src/domain/briefing-validate';
import { ZONE_IDS } from '../../src/domain/zone';
import { sizeAtZoom } from '../../src/map/display-report';
import { scaleSize } from '../../src/map/display-scale';
import { sceneFromState } from '../../src/state/briefing-capture';
import { createAppStore } from '../../src/state/store';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const raw = readJson('data/briefings/default.json');
const zones = readJson('data/geojson/zones.geojson') as FeatureCollection;
const zoneAreas = zones.features.filter((f) => f.properties?.role === 'zone') as Feature<
  Polygon | MultiPolygon
>[];

function defaultScript(): BriefingScript {
  const check = validateBriefing(raw);
  if (!check.ok) throw new Error(JSON.stringify(check.issues));
  return check.script;
}

describe('the default briefing script', () => {
  it('is valid and tours overview → the two parks → the two belts → the targets', () => {
    const script = defaultScript();
    expect(script.scenes.map((s) => s.id)).toEqual([
      'overview',
      'xipeng',
      'jiulong',
      'yangjiaping',
      'peninsula',
      'targets',
    ]);
    expect(script.scenes.map((s) => s.zone)).toEqual([
      null,
      'xipeng-park',
      'jiulong-park',
      'yangjiaping-belt',
      'jiulong-peninsula-belt',
      null,
    ]);
    expect(script.scenes.at(-1)?.kpis.every((k) => k.kind === 'target')).toBe(true);
  });

  it('titles each zone scene with the zone’s own name and centres the camera inside it', () => {
    for (const scene of defaultScript().scenes.filter((s) => s.zone)) {
      const zone = zoneAreas.find((z) => z.properties?.zone_id === scene.zone);
      expect(zone, scene.id).toBeDefined();
      if (!zone) continue;
      expect(scene.title_zh).toBe(zone.properties?.name_zh);
      expect(booleanPointInPolygon(scene.camera.center, zone), scene.id).toBe(true);
    }
  });
});

describe('validateBriefing', () => {
  const bad = (mutate: (s: { scenes: Record<string, unknown>[] }) => void) => {
    const copy = structuredClone(raw) as { scenes: Record<string, unknown>[] };
    mutate(copy);
    const check = validateBriefing(copy);
    if (check.ok) throw new Error('expected issues');
    return check.issues;
  };

  it('names the scene and the field of each problem', () => {
    const issues = bad((s) => {
      (s.scenes[1]?.camera as Record<string, unknown>).zoom = 40;
      delete s.scenes[2]?.title_zh;
      (s.scenes[5]?.kpis as unknown[] | undefined)?.push({ kind: 'target', target: 'gdp' });
    });
    expect(issues).toEqual([
      { scene: 2, sceneId: 'xipeng', field: 'camera.zoom', problem: 'range' },
      { scene: 3, sceneId: 'jiulong', field: 'title_zh', problem: 'missing' },
      { scene: 6, sceneId: 'targets', field: 'kpis[3].target', problem: 'enum' },
    ]);
  });

  it('reads a scene without a kind filter as no kind chosen, and refuses unknown kinds', () => {
    expect(defaultScript().scenes.every((sc) => sc.filter.orgKinds.length === 0)).toBe(true);
    expect(
      bad((s) => {
        s.scenes[1] = { ...s.scenes[1], filter: { orgKinds: ['castle'] } };
      }),
    ).toEqual([{ scene: 2, sceneId: 'xipeng', field: 'filter.orgKinds[0]', problem: 'enum' }]);
  });

  it('rejects unknown filter values, duplicate ids and a script without scenes', () => {
    expect(
      bad((s) => {
        s.scenes[1] = { ...s.scenes[1], filter: { industries: ['钢铁'] } };
        s.scenes[3] = { ...s.scenes[3], id: 'xipeng' };
      }),
    ).toEqual([
      { scene: 2, sceneId: 'xipeng', field: 'filter.industries[0]', problem: 'enum' },
      { scene: 4, sceneId: 'xipeng', field: 'id', problem: 'duplicate' },
    ]);
    const none = validateBriefing({ id: 'x', title_zh: 'x', title_en: 'x', scenes: [] });
    expect(none.ok ? [] : none.issues).toEqual([
      { scene: null, sceneId: null, field: 'scenes', problem: 'length' },
    ]);
    expect(validateBriefing('nope').ok).toBe(false);
  });
});

describe('display scale', () => {
  it('scales numbers and the outputs of zoom, match and case expressions, never their inputs', () => {
    expect(scaleSize(12, 2)).toBe(24);
    expect(scaleSize(['interpolate', ['linear'], ['zoom'], 9, 13, 13, 18], 2)).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      9,
      26,
      13,
      36,
    ]);
    expect(scaleSize(['match', ['get', 'role'], 'district', 16, 13], 2)).toEqual([
      'match',
      ['get', 'role'],
      'district',
      32,
      26,
    ]);
    expect(scaleSize(['step', ['get', 'n'], 13, 50, 17], 2)).toEqual([
      'step',
      ['get', 'n'],
      26,
      50,
      34,
    ]);
    expect(scaleSize(['get', 'w'], 2)).toEqual(['*', ['get', 'w'], 2]);
  });

  it('evaluates a zoom interpolation and gives 2 on a 4K panel, 4/3 on a 32:9 wall', () => {
    const spec = ['interpolate', ['linear'], ['zoom'], 9, 13, 13, 18];
    expect(sizeAtZoom(spec, 11)).toBeCloseTo(15.5);
    expect(sizeAtZoom(spec, 20)).toBe(18);
    expect(viewportScale(3840, 2160)).toBe(2);
    expect(viewportScale(5120, 1440)).toBeCloseTo(4 / 3);
  });
});

describe('the briefing slice', () => {
  it('sets the filter, layers, zone and camera of a scene, and moves one way', () => {
    const store = createAppStore();
    const script = defaultScript();
    store.getState().startBriefing(script);
    store.getState().nextScene();
    const s = store.getState();
    expect(s.briefing.index).toBe(1);
    expect(s.filter.industries).toEqual(['新材料', '氢能源']);
    expect(s.selectedZone).toBe('xipeng-park');
    expect(s.briefing.camera?.camera).toEqual(script.scenes[1]?.camera);
    store.getState().goToScene(99);
    expect(store.getState().briefing.index).toBe(5);
    store.getState().nextScene();
    expect(store.getState().briefing.index).toBe(5);
    store.getState().nextScene(true);
    expect(store.getState().briefing.index).toBe(0);
    expect(store.getState().filter.industries).toEqual([]);
  });

  it('adopts another window’s scene only when its revision is newer', () => {
    const store = createAppStore();
    store.getState().startBriefing(defaultScript());
    const rev = store.getState().briefing.rev;
    store.getState().adoptScene(3, rev + 5);
    expect(store.getState().briefing).toMatchObject({ index: 3, rev: rev + 5 });
    store.getState().adoptScene(1, rev + 2);
    expect(store.getState().briefing.index).toBe(3);
  });
});

describe('capturing the current view as a scene', () => {
  it('restates the zoom for 1920×1080 and keeps layers, filter and zone', () => {
    const store = createAppStore();
    store.setState((s) => ({
      view: { lng: 106.47, lat: 29.52, zoom: 12, bearing: 0, pitch: 0 },
      selectedZone: 'jiulong-park',
      filter: { ...s.filter, industries: ['氢能源'], orgKinds: ['university'] },
      entityVisible: { enterprises: true, projects: false },
    }));
    const scene = sceneFromState(store.getState(), { width: 3840, height: 2160 }, 's1');
    expect(scene.camera).toEqual({
      center: [106.47, 29.52],
      zoom: 11,
      bearing: 0,
      pitch: 0,
      duration: 2500,
    });
    expect(scene.filter.industries).toEqual(['氢能源']);
    expect(scene.layers).toEqual({ zones: [...ZONE_IDS], enterprises: true, projects: false });
    expect(scene.zone).toBe('jiulong-park');
    const check = validateBriefing({ id: 'x', title_zh: 'x', title_en: 'x', scenes: [scene] });
    expect(check.ok).toBe(true);
    // The record-kind filter travels with the scene and is set again when the scene plays.
    expect(scene.filter.orgKinds).toEqual(['university']);
    if (!check.ok) return;
    expect(check.script.scenes[0]?.filter.orgKinds).toEqual(['university']);
    const player = createAppStore();
    player.getState().startBriefing(check.script);
    expect(player.getState().filter.orgKinds).toEqual(['university']);
  });

  it('uses the view the map opened on when it has not moved yet', () => {
    const store = createAppStore();
    store.setState({ initialView: { lng: 106.5, lat: 29.5, zoom: 13, bearing: 0, pitch: 0 } });
    const scene = sceneFromState(store.getState(), { width: 1920, height: 1080 }, 's1');
    expect(scene.camera.center).toEqual([106.5, 29.5]);
    expect(scene.camera.zoom).toBe(13);
  });
});
