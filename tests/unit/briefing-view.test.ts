import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBriefing } from '../../src/domain/briefing-validate';
import { missingUserZones } from '../../src/domain/briefing-view';
import { userZoneId } from '../../src/domain/user-zone';
import { sceneFromState } from '../../src/state/briefing-capture';
import { encodeFilter } from '../../src/state/filter-url';
import { createAppStore } from '../../src/state/store';

const raw = JSON.parse(readFileSync('data/briefings/default.json', 'utf8')) as {
  scenes: Record<string, unknown>[];
};

/** The default script with scene n's filter (1-based) given these extra fields. */
function withFilter(n: number, extra: Record<string, unknown>) {
  const copy = structuredClone(raw);
  const scene = copy.scenes[n - 1] as { filter?: Record<string, unknown> };
  scene.filter = { ...scene.filter, ...extra };
  return validateBriefing(copy);
}

const issuesOf = (n: number, extra: Record<string, unknown>) => {
  const check = withFilter(n, extra);
  return check.ok ? [] : check.issues.map((i) => `${i.scene}:${i.sceneId}:${i.field}:${i.problem}`);
};

describe('user zones and the in-view box in briefing scenes', () => {
  it('reads them, rounding the box to 1e-5°; absent means none and off', () => {
    const check = withFilter(2, {
      userZones: ['u:l1a2b', 'u:second_layer'],
      inView: [106.2000004, 29.3, 106.45, 29.5],
    });
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.script.scenes[1]?.filter.userZones).toEqual(['u:l1a2b', 'u:second_layer']);
    expect(check.script.scenes[1]?.filter.inView).toEqual([106.2, 29.3, 106.45, 29.5]);
    expect(check.script.scenes[0]?.filter.userZones).toEqual([]);
    expect(check.script.scenes[0]?.filter.inView).toBeNull();
    expect(issuesOf(1, { inView: null })).toEqual([]);
  });

  it('names the scene and field of each bad value', () => {
    expect(issuesOf(3, { userZones: 'u:l1' })).toEqual(['3:jiulong:filter.userZones:type']);
    expect(issuesOf(3, { userZones: ['u:l1', 'user:l2', 7, 'u:l1', 'u:a/b'] })).toEqual([
      '3:jiulong:filter.userZones[1]:format',
      '3:jiulong:filter.userZones[2]:type',
      '3:jiulong:filter.userZones[3]:duplicate',
      '3:jiulong:filter.userZones[4]:format',
    ]);
    const many = Array.from({ length: 51 }, (_, i) => `u:l${i}`);
    expect(issuesOf(2, { userZones: many })).toEqual(['2:xipeng:filter.userZones:range']);
    expect(issuesOf(4, { inView: [106.4, 29.3, 106.3, 29.5] })).toEqual([
      '4:yangjiaping:filter.inView:range',
    ]);
    expect(issuesOf(4, { inView: [106.3, 29.3, 106.4] })).toEqual([
      '4:yangjiaping:filter.inView:type',
    ]);
    expect(issuesOf(4, { inView: { west: 106 } })).toEqual(['4:yangjiaping:filter.inView:type']);
    expect(issuesOf(4, { inView: [106.3, 29.3, 106.4, 95] })).toEqual([
      '4:yangjiaping:filter.inView:range',
    ]);
  });

  it('captures both, survives export and import, and replays the same filter', () => {
    const author = createAppStore();
    const box: [number, number, number, number] = [106.3000012, 29.31, 106.42, 29.4499996];
    author.setState((s) => ({
      view: { lng: 106.36, lat: 29.38, zoom: 12, bearing: 0, pitch: 0 },
      filter: { ...s.filter, userZones: [userZoneId('lzone1'), userZoneId('lzone2')], inView: box },
    }));
    const scene = sceneFromState(author.getState(), { width: 1920, height: 1080 }, 's1');
    expect(scene.filter.userZones).toEqual(['u:lzone1', 'u:lzone2']);
    expect(scene.filter.inView).toEqual([106.3, 29.31, 106.42, 29.45]);
    const exported = JSON.stringify({ id: 'x', title_zh: 'x', title_en: 'x', scenes: [scene] });
    const check = validateBriefing(JSON.parse(exported));
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const player = createAppStore();
    player.getState().startBriefing(check.script);
    const f = player.getState().filter;
    expect(f.userZones).toEqual(['user:lzone1', 'user:lzone2']);
    expect(f.inView).toEqual([106.3, 29.31, 106.42, 29.45]);
    // The shared link of the replayed moment says what the author's said.
    expect(encodeFilter(f)).toBe(encodeFilter(author.getState().filter));
    // The in-view box follows the map again once the camera lands.
    player
      .getState()
      .setView(
        { lng: 106.5, lat: 29.5, zoom: 12, bearing: 0, pitch: 0 },
        [106.45, 29.45, 106.55, 29.55],
      );
    expect(player.getState().filter.inView).toEqual([106.45, 29.45, 106.55, 29.55]);
  });

  it('a scene without them clears both when it plays', () => {
    const player = createAppStore();
    player.setState((s) => ({
      filter: { ...s.filter, userZones: [userZoneId('l9')], inView: [106, 29, 107, 30] },
    }));
    const tour = validateBriefing(raw);
    if (!tour.ok) throw new Error('the default script is invalid');
    player.getState().startBriefing(tour.script);
    expect(player.getState().filter.userZones).toEqual([]);
    expect(player.getState().filter.inView).toBeNull();
  });

  it('lists the user zones a browser lacks', () => {
    const have = new Set([userZoneId('l1')]);
    expect(missingUserZones(['u:l1', 'u:l2'], have)).toEqual(['u:l2']);
    expect(missingUserZones(['u:l1'], have)).toEqual([]);
  });
});
