import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BriefingScript } from '../../src/domain/briefing';
import { validateBriefing } from '../../src/domain/briefing-validate';
import { sceneFromState } from '../../src/state/briefing-capture';
import { createAppStore } from '../../src/state/store';

const raw = JSON.parse(readFileSync('data/briefings/default.json', 'utf8')) as {
  scenes: Record<string, unknown>[];
};

function issuesOf(filter: unknown) {
  const script = structuredClone(raw);
  script.scenes[1] = { ...script.scenes[1], filter };
  const check = validateBriefing(script);
  return check.ok ? [] : check.issues;
}

describe('year and investment ranges in a briefing scene', () => {
  it('reads a scene without ranges as open', () => {
    const check = validateBriefing(raw);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    for (const scene of check.script.scenes) {
      expect(scene.filter.years).toEqual({ min: null, max: null });
      expect(scene.filter.investment).toEqual({ min: null, max: null });
    }
  });

  it('names the scene and field of a bad range', () => {
    expect(issuesOf({ years: { min: 2030, max: 2010 } })).toEqual([
      { scene: 2, sceneId: 'xipeng', field: 'filter.years', problem: 'range' },
    ]);
    expect(issuesOf({ years: { min: '2010' } })).toEqual([
      { scene: 2, sceneId: 'xipeng', field: 'filter.years.min', problem: 'type' },
    ]);
    expect(issuesOf({ investment: { max: -1 } })).toEqual([
      { scene: 2, sceneId: 'xipeng', field: 'filter.investment.max', problem: 'range' },
    ]);
    expect(issuesOf({ investment: [0, 5] })).toEqual([
      { scene: 2, sceneId: 'xipeng', field: 'filter.investment', problem: 'type' },
    ]);
    expect(issuesOf({ years: { min: 2015, max: null }, investment: { min: 10 } })).toEqual([]);
  });

  it('captures the ranges with the view, survives export and import, and sets them again', () => {
    const author = createAppStore();
    author.setState((s) => ({
      view: { lng: 106.4, lat: 29.4, zoom: 11, bearing: 0, pitch: 0 },
      filter: { ...s.filter, years: { min: 2015, max: 2020 }, investment: { min: 10, max: null } },
    }));
    const scene = sceneFromState(author.getState(), { width: 1920, height: 1080 }, 's1');
    // Export is the script as JSON; import validates it again.
    const exported = JSON.stringify({ id: 'x', title_zh: 'x', title_en: 'x', scenes: [scene] });
    const check = validateBriefing(JSON.parse(exported));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const player = createAppStore();
    player.setState((s) => ({ filter: { ...s.filter, years: { min: 1990, max: 1995 } } }));
    player.getState().startBriefing(check.script as BriefingScript);
    expect(player.getState().filter.years).toEqual({ min: 2015, max: 2020 });
    expect(player.getState().filter.investment).toEqual({ min: 10, max: null });
  });
});
