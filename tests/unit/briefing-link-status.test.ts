import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBriefing } from '../../src/domain/briefing-validate';
import { sceneFromState } from '../../src/state/briefing-capture';
import { encodeFilter } from '../../src/state/filter-url';
import { createAppStore } from '../../src/state/store';

const raw = JSON.parse(readFileSync('data/briefings/default.json', 'utf8')) as {
  scenes: { filter?: Record<string, unknown> }[];
};

function issuesWith(linkStatuses: unknown): string[] {
  const copy = structuredClone(raw);
  const scene = copy.scenes[1];
  if (!scene) throw new Error('default script has fewer than 2 scenes');
  scene.filter = { ...scene.filter, linkStatuses };
  const check = validateBriefing(copy);
  return check.ok ? [] : check.issues.map((i) => `${i.scene}:${i.field}:${i.problem}`);
}

describe('link statuses in briefing scenes (an active filter like the others)', () => {
  it('are validated naming scene and field; absent means none', () => {
    expect(issuesWith(['undeclared'])).toEqual([]);
    expect(issuesWith('undeclared')[0]).toMatch(/^2:filter\.linkStatuses/);
    expect(issuesWith(['nonsense'])[0]).toMatch(/^2:filter\.linkStatuses/);
    const check = validateBriefing(raw);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.script.scenes[0]?.filter.linkStatuses).toEqual([]);
  });

  it('are captured, survive export and import, and are set again when the scene plays', () => {
    const author = createAppStore();
    author.setState((s) => ({
      filter: {
        ...s.filter,
        industries: ['氢能源'],
        linkStatuses: ['outside-declared', 'undeclared'],
      },
    }));
    const scene = sceneFromState(author.getState(), { width: 1920, height: 1080 }, 's1');
    const exported = JSON.stringify({ id: 'x', title_zh: 'x', title_en: 'x', scenes: [scene] });
    const check = validateBriefing(JSON.parse(exported));
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const player = createAppStore();
    player.getState().startBriefing(check.script);
    expect(player.getState().filter.linkStatuses).toEqual(['outside-declared', 'undeclared']);
    expect(encodeFilter(player.getState().filter)).toBe(encodeFilter(author.getState().filter));
  });
});
