import { describe, expect, it, vi } from 'vitest';
import type { EntityData } from '../../src/data/entities';
import { linkWhenNeeded } from '../../src/data/import/user-zone-links';
import { type UserZone, userZoneId } from '../../src/domain/user-zone';
import type { UserZoneBits } from '../../src/geo/user-zone-bits';

const data = { enterprises: [], projects: [] } as unknown as EntityData;

function zone(id: string, ring: number[][]): UserZone {
  return {
    id: userZoneId(id),
    layerId: id,
    name_zh: id,
    name_en: id,
    geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
    area_km2: 1,
    fileName: `${id}.geojson`,
  } as UserZone;
}

const square: [number, number][] = [
  [106.4, 29.4],
  [106.5, 29.4],
  [106.5, 29.5],
  [106.4, 29.4],
];

describe('linking the records to user zones', () => {
  it('with no user zone answers at once and never fetches the linker', () => {
    const load = vi.fn();
    const links = linkWhenNeeded(data, [], load);
    expect(links).toBeInstanceOf(Map);
    expect((links as Map<unknown, unknown>).size).toBe(0);
    expect(load).not.toHaveBeenCalled();
  });

  it('fetches the linker for the first zone and links each geometry once', async () => {
    const bits = {} as UserZoneBits;
    const link = vi.fn(() => bits);
    const load = vi.fn(async () => link);
    const a = zone('aaaa', square);
    const first = await linkWhenNeeded(data, [a], load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(first.get(a.id)).toBe(bits);
    // The same geometry again (a rename or recolour) is not linked again; a new zone is.
    const b = zone(
      'bbbb',
      square.map(([x, y]): [number, number] => [x + 0.1, y]),
    );
    const second = await linkWhenNeeded(data, [{ ...a, name_zh: '新名' }, b], load);
    expect(link).toHaveBeenCalledTimes(2);
    expect([...second.keys()]).toEqual([a.id, b.id]);
  });
});
