import type { DrawnShape } from '../domain/filter';
import { ringBandLoad } from './polygon-test';

/**
 * At most how many edge tests' worth of time a shape costs per candidate record: a ring the
 * edges of its fullest band plus its own pass over the records (measured in hash-bench at about
 * eight edge tests), a circle three (its pass and the distance bound), a rectangle one (every
 * record in its box is in it, so later shapes skip them). Summed over a link's shapes it
 * bounds the work of applying that link to every record, wherever the records crowd.
 */
export function shapeWork(shape: DrawnShape): number {
  if (shape.kind === 'polygon') return RING_PASS_WORK + ringBandLoad(shape.ring);
  return shape.kind === 'circle' ? CIRCLE_WORK : 1;
}

/** What a ring's pass over the records costs beyond its edges, in edge tests. */
export const RING_PASS_WORK = 8;
const CIRCLE_WORK = 3;
