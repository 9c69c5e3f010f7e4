import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveHighlights } from '../../src/data/briefing-highlights';
import type { EntityData } from '../../src/data/entities';
import { validateBriefing } from '../../src/domain/briefing-validate';
import { buildIdIndex } from '../../src/geo/id-index';
import { sceneFromState } from '../../src/state/briefing-capture';
import { createAppStore } from '../../src/state/store';
import { enterprise, project } from './builders/zones';

const raw = JSON.parse(readFileSync('data/briefings/default.json', 'utf8')) as {
  scenes: Record<string, unknown>[];
};
const enterprises = JSON.parse(readFileSync('data/geojson/enterprises.geojson', 'utf8')) as {
  features: { properties: { id: string; name_zh: string; synthetic: boolean } }[];
};

function issuesOf(mutate: (scenes: Record<string, unknown>[]) => void) {
  const copy = structuredClone(raw);
  mutate(copy.scenes);
  const check = validateBriefing(copy);
  return check.ok ? [] : check.issues;
}

describe('scenes that highlight a record', () => {
  it('the default tour highlights a real, named Xipeng firm that exists in the data', () => {
    const check = validateBriefing(raw);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const xipeng = check.script.scenes.find((s) => s.id === 'xipeng');
    expect(xipeng?.highlight).toEqual({ records: ['e:real-e-swa'] });
    const record = enterprises.features.find((f) => f.properties.id === 'real-e-swa');
    expect(record?.properties).toMatchObject({ name_zh: '西南铝业（集团）', synthetic: false });
  });

  it('names the scene and field of a malformed, mistyped or extra record reference', () => {
    expect(
      issuesOf((s) => {
        (s[0] as Record<string, unknown>).highlight = { records: ['real-e-swa'] };
        (s[2] as Record<string, unknown>).highlight = { records: [42] };
        (s[3] as Record<string, unknown>).highlight = {
          records: Array.from({ length: 9 }, (_, i) => `e:r${i}`),
        };
        (s[4] as Record<string, unknown>).highlight = 'e:a';
      }),
    ).toEqual([
      { scene: 1, sceneId: 'overview', field: 'highlight.records[0]', problem: 'format' },
      { scene: 3, sceneId: 'jiulong', field: 'highlight.records[0]', problem: 'type' },
      { scene: 4, sceneId: 'yangjiaping', field: 'highlight.records', problem: 'length' },
      { scene: 5, sceneId: 'peninsula', field: 'highlight', problem: 'type' },
    ]);
  });

  it('playing the scene asks for the record as a shared link’s sel= does', () => {
    const store = createAppStore();
    const check = validateBriefing(raw);
    if (!check.ok) throw new Error('invalid');
    store.getState().startBriefing(check.script, { index: 1 });
    expect(store.getState().pendingSelection).toEqual({ kind: 'enterprise', id: 'real-e-swa' });
    store.getState().nextScene();
    expect(store.getState().pendingSelection).toBeNull();
    expect(store.getState().selectedEntity).toBeNull();
  });

  it('capturing the view keeps the selected record; without one there is no highlight', () => {
    const store = createAppStore();
    const viewport = { width: 1920, height: 1080 };
    expect(sceneFromState(store.getState(), viewport, 'a').highlight).toBeUndefined();
    store.setState({
      selectedEntity: { kind: 'project', index: 3 },
      selectedEntityId: 'real-p-art-park',
    });
    const scene = sceneFromState(store.getState(), viewport, 'b');
    expect(scene.highlight).toEqual({ records: ['p:real-p-art-park'] });
    const check = validateBriefing({ id: 'x', title_zh: 'x', title_en: 'x', scenes: [scene] });
    expect(check.ok && check.script.scenes[0]?.highlight).toEqual(scene.highlight);
  });
});

describe('resolving a scene’s highlighted records', () => {
  const enterprises = [enterprise('e-a', [106.3, 29.3]), enterprise('e-b', [106.31, 29.31])];
  const projects = [project('p-a', [106.5, 29.5])];
  const data = {
    enterprises,
    projects,
    link: {
      enterpriseIndexById: buildIdIndex(enterprises),
      projectIndexById: buildIdIndex(projects),
    },
  } as unknown as EntityData;

  it('finds each record with its own coordinates, in order, and lists the ones not there', () => {
    const { found, missing } = resolveHighlights(data, [
      'p:p-a',
      'e:e-b',
      'e:nope',
      'p:e-a',
      'x:e-a',
    ]);
    expect(found).toEqual([
      { ref: 'p:p-a', kind: 'project', index: 0, at: [106.5, 29.5] },
      { ref: 'e:e-b', kind: 'enterprise', index: 1, at: [106.31, 29.31] },
    ]);
    // An enterprise id written as a project is not found: the kind letter matters.
    expect(missing).toEqual(['e:nope', 'p:e-a', 'x:e-a']);
  });
});
