import type { DrawnShape, FilterSpec, NumRange } from '../domain/filter';
import { userZoneLinkCode } from '../domain/user-zone';
import { encodeBbox, encodeShape, formatNumber } from '../geo/coord-text';
import { inDomainOrder, LIST_FIELDS, type ListFieldCodes } from './filter-codes';

/**
 * The filter as the value of one URL hash parameter, e.g.
 * `z:xipeng,jiulong;i:hydrogen;k:university;y:2015~;syn:0;o:106.305,29.335,2`.
 * Parts are `key:value` joined by `;`; lists hold stable ASCII codes (filter-codes.ts) joined
 * by `,` in domain order (a zone list may end with user zones, `z:xipeng,u:<layer-id>`); ranges are `min~max` with either end empty; shapes are one part
 * each, in drawing order (p = polygon ring, r = rectangle, o = circle lng,lat,km); b is the
 * in-view box. Only parts that differ from EMPTY_FILTER are written. Shape ids are not kept:
 * decoding names them `url-1`, `url-2`, … Coordinates and radii round to 1e-5.
 * Decoding (filter-decode.ts) is loaded only when a link carries a filter.
 */

function listPart<T extends string>(field: ListFieldCodes<T>, chosen: readonly T[]): string | null {
  const values = inDomainOrder(field, chosen);
  return values.length > 0
    ? `${field.key}:${values.map((v) => field.codes[v].en).join(',')}`
    : null;
}

/** Plan zones in domain order, then user zones (`u:<layer-id>`) in the order chosen. */
function zonePart(spec: FilterSpec): string | null {
  const plan = listPart(LIST_FIELDS.zones, spec.zones);
  const user = [...new Set(spec.userZones)].map(userZoneLinkCode);
  if (user.length === 0) return plan;
  return `${plan ?? `${LIST_FIELDS.zones.key}:`}${plan ? ',' : ''}${user.join(',')}`;
}

function rangePart(key: string, range: NumRange): string | null {
  const end = (v: number | null) => (v !== null && Number.isFinite(v) ? formatNumber(v) : '');
  const [min, max] = [end(range.min), end(range.max)];
  return min === '' && max === '' ? null : `${key}:${min}~${max}`;
}

function shapeIsFinite(shape: DrawnShape): boolean {
  const values =
    shape.kind === 'polygon'
      ? shape.ring.flat()
      : shape.kind === 'rectangle'
        ? shape.bbox
        : [...shape.center, shape.radiusKm];
  return values.every(Number.isFinite);
}

/** FilterSpec → URL parameter value ('' for the empty filter). Never throws. */
export function encodeFilter(spec: FilterSpec): string {
  const parts = [
    zonePart(spec),
    listPart(LIST_FIELDS.industries, spec.industries),
    listPart(LIST_FIELDS.categories, spec.categories),
    listPart(LIST_FIELDS.orgKinds, spec.orgKinds),
    listPart(LIST_FIELDS.projectTypes, spec.projectTypes),
    listPart(LIST_FIELDS.projectStatuses, spec.projectStatuses),
    rangePart('v', spec.investment),
    rangePart('y', spec.years),
    listPart(LIST_FIELDS.linkStatuses, spec.linkStatuses),
    spec.includeSynthetic ? null : 'syn:0',
    ...spec.shapes.filter(shapeIsFinite).map(encodeShape),
    spec.inView?.every(Number.isFinite) ? `b:${encodeBbox(spec.inView)}` : null,
  ];
  return parts.filter((p): p is string => p !== null).join(';');
}
