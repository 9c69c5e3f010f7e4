import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Accessible name of the list. */
  label: string;
  getKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** First guess of a row's height in px; rows are measured once drawn. */
  estimateSize?: number;
  className?: string;
  /** Scrolls this row into view when it changes (e.g. a point hovered on the map). */
  revealIndex?: number | null;
  /** Extra class for a row (e.g. the highlighted one). */
  rowClassName?: (item: T) => string;
}

/**
 * A list that draws only the rows in view, so thousands of records stay fast. Each drawn row
 * states the full list size and its 1-based position (aria-setsize / aria-posinset): a screen
 * reader announces "3 of 4,000" although only a few rows exist in the DOM.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const {
    items,
    label,
    getKey,
    renderItem,
    estimateSize = 40,
    className = '',
    revealIndex,
  } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (i) => {
      const item = items[i];
      return item === undefined ? i : getKey(item, i);
    },
    overscan: 6,
    // React 19 warns when the virtualizer calls flushSync during render-phase measuring.
    useFlushSync: false,
  });
  useEffect(() => {
    if (revealIndex !== null && revealIndex !== undefined && revealIndex >= 0) {
      virtualizer.scrollToIndex(revealIndex, { align: 'auto' });
    }
  }, [revealIndex, virtualizer]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can scroll a list whose rows hold no control (WCAG 2.1.1).
    <div ref={scrollRef} className={`virtual-list ${className}`} tabIndex={0}>
      <ul
        className="virtual-list__items"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              className={`virtual-list__item ${props.rowClassName?.(item) ?? ''}`}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderItem(item, row.index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
