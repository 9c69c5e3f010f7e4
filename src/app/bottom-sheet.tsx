import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/store';
import { useT } from '../state/use-t';

export const SHEET_STATES = ['peek', 'half', 'full'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** Sheet heights as a share of the space under the top bar (peek is a fixed strip). */
function heightOf(state: SheetState, room: number, rem: number): number {
  if (state === 'peek') return Math.min(8.5 * rem, room * 0.3);
  if (state === 'half') return room * 0.5;
  return room - 2.5 * rem;
}

function nearest(px: number, room: number, rem: number): SheetState {
  let best: SheetState = 'peek';
  for (const s of SHEET_STATES) {
    if (Math.abs(heightOf(s, room, rem) - px) < Math.abs(heightOf(best, room, rem) - px)) best = s;
  }
  return best;
}

const step = (s: SheetState, by: number): SheetState =>
  SHEET_STATES[Math.min(2, Math.max(0, SHEET_STATES.indexOf(s) + by))] ?? s;

/** Full sheet → half when a zone or record is chosen, so the map behind it shows where it is. */
function useMapVisibleOnSelection(setState: (f: (s: SheetState) => SheetState) => void) {
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.selectionSeq !== prev.selectionSeq || s.selectedEntity !== prev.selectedEntity)
          setState((cur) => (cur === 'full' ? 'half' : cur));
      }),
    [setState],
  );
}

/** Height of the space the sheet shares with the map (the workspace), kept current on resize. */
function useRoom(ref: React.RefObject<HTMLDivElement | null>): number {
  const [room, setRoom] = useState(() => window.innerHeight * 0.85);
  useLayoutEffect(() => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    const update = () => setRoom(parent.clientHeight);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [ref]);
  return room;
}

/**
 * The phone layout's panel: starts at peek so the map stays visible (also for shared links),
 * dragged by its handle between peek, half and full; the handle is a button (tap or Enter
 * cycles, arrow keys step) so it works without a pointer too.
 */
export function BottomSheet({ children }: { children: ReactNode }) {
  const t = useT();
  const [state, setState] = useState<SheetState>('peek');
  const [dragPx, setDragPx] = useState<number | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ y: number; h: number; moved: boolean } | null>(null);
  /** A drag ends with a click event too; that click must not also cycle the sheet. */
  const dragged = useRef(false);
  useMapVisibleOnSelection(setState);
  const room = useRoom(ref);
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const height = dragPx ?? heightOf(state, room, rem);
  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, h: height, moved: false };
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dy = d.y - e.clientY;
    if (Math.abs(dy) > 6) d.moved = true;
    if (d.moved) setDragPx(Math.max(3 * rem, Math.min(room - 2 * rem, d.h + dy)));
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved) return; // a tap: the click handler cycles
    e.preventDefault();
    dragged.current = true;
    setState(nearest(dragPx ?? d.h, room, rem));
    setDragPx(null);
  };
  const onClick = () => {
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    setState((s) => SHEET_STATES[(SHEET_STATES.indexOf(s) + 1) % SHEET_STATES.length] ?? s);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const by = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!by) return;
    e.preventDefault();
    setState((s) => step(s, by));
  };
  return (
    <div
      ref={ref}
      className="sheet"
      data-sheet={dragPx === null ? state : 'dragging'}
      style={{ height: `${Math.round(height)}px` }}
    >
      <button
        type="button"
        className="sheet__handle"
        aria-label={t('sheet.handle', { state: t(`sheet.${state}`) })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          setDragPx(null);
        }}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <span className="sheet__grip" aria-hidden="true" />
      </button>
      <div className="sheet__body">{children}</div>
    </div>
  );
}
