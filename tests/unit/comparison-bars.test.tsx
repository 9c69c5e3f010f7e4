// @vitest-environment happy-dom
import Flatbush from 'flatbush';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userZoneId } from '../../src/domain/user-zone';
import { ZONE_IDS } from '../../src/domain/zone';
import { comparisonBars } from '../../src/features/analysis/comparison-bars';
import { BarTable } from '../../src/features/stats/bar-table';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { computeStats } from '../../src/geo/stats';
import { linkUserZone } from '../../src/geo/user-zone-link';
import { compareUserZones, compareZones } from '../../src/geo/zone-comparison';
import type { Lang } from '../../src/i18n/translate';
import { useAppStore } from '../../src/state/store';
import { XIPENG, zoneNames } from './builders/export-world';
import { company, spec, world } from './builders/filter-world';
import { rectRing } from './builders/zones';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ID = userZoneId('mine');
const SQUARE = {
  type: 'MultiPolygon' as const,
  coordinates: [[rectRing(106.35, 29.35, 106.45, 29.45)]],
};

/** The plan zones' rows and a user zone's (three firms inside it, one in 西彭), as compared. */
function rows() {
  const w = world(
    [
      ...['a', 'b', 'c'].map((id) => ({ record: company(id, [106.41, 29.41]) })),
      { record: company('x', [106.3, 29.3]), mask: XIPENG },
    ],
    [],
  );
  const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
  const all = applyFilter(index, spec());
  const areas = ZONE_IDS.map((id) => ({ id, areaKm2: 1 }));
  const plan = compareZones(index, all, computeStats(index, all), areas, (id) =>
    ZONE_IDS.indexOf(id),
  );
  const bits = linkUserZone(ID, SQUARE, w.enterprises, w.projects);
  return [...plan, ...compareUserZones(index, all, [{ id: ID, areaKm2: 1, bits }])];
}

let unmount = () => {};
afterEach(() => unmount());

/** The enterprise-density chart of the comparison, rendered in `lang`. */
function renderChart(lang: Lang) {
  act(() => useAppStore.setState({ lang }));
  const names: Record<string, string> = { ...zoneNames(lang), [ID]: 'My park' };
  const bars = comparisonBars(
    rows(),
    (r) => r.enterprisesPerKm2 ?? 0,
    (r) => names[r.zone] ?? r.zone,
  );
  const el = document.createElement('div');
  const root = createRoot(el);
  act(() =>
    root.render(
      <BarTable caption="density" labelHeader="zone" countHeader="n" rows={bars} lang={lang} />,
    ),
  );
  unmount = () => act(() => root.unmount());
  const header = (name: string) =>
    [...el.querySelectorAll('th[scope="row"]')].find((th) => th.textContent?.startsWith(name));
  return { el, header };
}

describe('the comparison bar charts', () => {
  it('badge a user zone 用户提供, as the table does, and no plan zone', () => {
    const { el, header } = renderChart('zh');
    const mine = header('My park');
    expect(mine?.textContent).toBe('My park 用户提供');
    expect(mine?.querySelector('.zone-user-badge')?.getAttribute('title')).toMatch(/导入的文件/);
    expect(header('西彭园区')?.textContent).toBe('西彭园区');
    expect(el.querySelectorAll('.zone-user-badge')).toHaveLength(1);
    // Its bar is hatched; the user zone holds the most firms per km², so it is the full bar.
    const bar = mine?.closest('tr')?.querySelector('.stats-bars__bar');
    expect(bar?.classList.contains('stats-bars__bar--user')).toBe(true);
    expect((bar as HTMLElement | undefined)?.style.inlineSize).toBe('100.0%');
    expect(el.querySelectorAll('.stats-bars__bar--user')).toHaveLength(1);
  });

  it('say user-provided in English', () => {
    const { header } = renderChart('en');
    expect(header('My park')?.textContent).toBe('My park user-provided');
    expect(header('Xipeng Park')?.textContent).toBe('Xipeng Park');
  });

  it('carry no plan target for any bar, the user zone included', () => {
    const bars = comparisonBars(rows(), (r) => r.group.investmentYi, String);
    expect(bars.map((b) => b.userProvided)).toEqual([...ZONE_IDS.map(() => false), true]);
    for (const b of bars)
      expect(Object.keys(b).sort()).toEqual(['fraction', 'key', 'label', 'userProvided', 'value']);
  });
});
