import { useEffect } from 'react';
import type { EntityData } from '../../data/entities';
import { prepareOrder, type SortKey } from '../../data/zone-members';
import type { ListKind } from './member-list';

/**
 * Starts computing, in short tasks, the list orders that `waiting` names (zoneMembersNow said
 * sorted: false) and calls `known` once they are (the list asks again); the list shows a note
 * meanwhile. Lists of the same data and order share one computation (prepareOrder).
 */
export function useListOrder(
  data: EntityData,
  waiting: readonly ListKind[],
  sortOf: (kind: ListKind) => SortKey,
  lang: 'zh' | 'en',
  realFirst: boolean,
  known: (bump: (n: number) => number) => void,
): void {
  const key = waiting.map((k) => `${k}:${sortOf(k)}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for waiting and sortOf; known is a state setter
  useEffect(() => {
    if (waiting.length === 0) return;
    let live = true;
    const orders = waiting.map((k) => prepareOrder(data, k, sortOf(k), lang, realFirst));
    Promise.all(orders).then(
      () => live && known((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [data, key, lang, realFirst]);
}
