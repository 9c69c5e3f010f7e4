import { ORG_KINDS, type OrgKind } from '../domain/entity';
import type { FilterSpec } from '../domain/filter';
import type { EntityIndex } from './entity-index';
import { applyFilter, type FilterResult } from './filter-engine';
import { NO_USER_ZONES, type UserZoneLinks } from './user-zone-bits';

export type OrgKindCounts = Readonly<Record<OrgKind, number>>;

/**
 * For each record kind, how many enterprises pass every criterion of `spec` except the kinds
 * themselves: the number a user gets by ticking that kind next to the current choice (the
 * usual facet count, so ticking one kind does not zero the others). `result` is the app's
 * result for `spec`, reused when no kind is chosen.
 */
export function orgKindCounts(
  index: EntityIndex,
  spec: FilterSpec,
  result: FilterResult,
  links: UserZoneLinks = NO_USER_ZONES,
): OrgKindCounts {
  const base =
    spec.orgKinds.length === 0 ? result : applyFilter(index, { ...spec, orgKinds: [] }, links);
  const counts = ORG_KINDS.map(() => 0);
  const kinds = index.enterprises.orgKind;
  for (const i of base.enterprises.indices) {
    const k = kinds[i] ?? 0;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return Object.fromEntries(ORG_KINDS.map((k, i) => [k, counts[i] ?? 0])) as Record<
    OrgKind,
    number
  >;
}
