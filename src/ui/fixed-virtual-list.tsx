import { type ReactNode, type UIEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface FixedVirtualListProps<T> {
  /** How many rows the list has. */
  count: number;
  /** The k-th row's item (read only for the rows drawn). */
  itemAt: (k: number) => T | undefined;
  /** Accessible name of the list. */
  label: string;
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Row height in px until the first drawn row has been measured. */
  estimateSize?: number;
  className?: string;
  /** Scrolls this row into view when it changes (e.g. a point hovered on the map). */
  revealIndex?: number | null;
  /** Extra class for a row (e.g. the highlighted one). */
  rowClassName?: (item: T) => string;
}

const OVERSCAN = 6;

/** The rows [first, last) to draw for a scroll position. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  return [first, Math.max(first, last)];
}

/**
 * A list whose rows all have one height (measured once, on the first drawn row), so a change
 * of a 100,000-row list costs the rows in view, not a measurement per row (the general
 * VirtualList measures every row: ~1 s per filter click at 100k on a loaded machine, issue 11).
 * Drawn rows state the full size and their position (aria-setsize / aria-posinset).
 */
export function FixedVirtualList<T>(props: FixedVirtualListProps<T>) {
  const { count, itemAt, label, getKey, renderItem, className = '', revealIndex } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const firstRow = useRef<HTMLLIElement>(null);
  const [rowHeight, setRowHeight] = useState(props.estimateSize ?? 40);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(400);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      setViewport(el.clientHeight);
      const h = firstRow.current?.offsetHeight ?? 0;
      if (h > 0) setRowHeight(h);
    });
    observer.observe(el);
    setViewport(el.clientHeight);
    return () => observer.disconnect();
  }, []);
  // The first drawn row gives every row's height (rows are one line each, see .member-list);
  // measured once, as reading offsetHeight forces a layout (the container's resize re-measures).
  const measured = useRef(false);
  useLayoutEffect(() => {
    if (measured.current) return;
    const h = firstRow.current?.offsetHeight ?? 0;
    if (h <= 0) return;
    measured.current = true;
    setRowHeight(h);
  });
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || revealIndex === null || revealIndex === undefined || revealIndex < 0) return;
    const top = revealIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight)
      el.scrollTop = top + rowHeight - el.clientHeight;
  }, [revealIndex, rowHeight]);
  const [first, last] = visibleRange(scrollTop, viewport, rowHeight, count);
  const rows: ReactNode[] = [];
  for (let k = first; k < last; k++) {
    const item = itemAt(k);
    if (item === undefined) continue;
    rows.push(
      <li
        key={getKey(item)}
        ref={rows.length === 0 ? firstRow : undefined}
        className={`virtual-list__item ${props.rowClassName?.(item) ?? ''}`}
        aria-setsize={count}
        aria-posinset={k + 1}
        style={{ transform: `translateY(${k * rowHeight}px)` }}
      >
        {renderItem(item)}
      </li>,
    );
  }
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop);
  const cls = `virtual-list ${className}`;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can scroll a list whose rows hold no control (WCAG 2.1.1).
    <div ref={scrollRef} className={cls} tabIndex={0} onScroll={onScroll}>
      <ul className="virtual-list__items" aria-label={label} style={{ height: count * rowHeight }}>
        {rows}
      </ul>
    </div>
  );
}
