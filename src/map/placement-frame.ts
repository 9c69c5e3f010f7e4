/** The internals of MapLibre 5's Style this touches (checked again on upgrade). */
interface PlacementStyle {
  placement: { stale: boolean };
  pauseablePlacement: { isDone(): boolean };
  _updatePlacement(...args: unknown[]): boolean;
}

/**
 * Drops the repeat frame MapLibre draws after every frame that received new symbol tiles.
 *
 * With `fadeDuration: 0` (our map), each frame places every symbol afresh, in full, before it
 * draws. When a frame's symbol tiles changed, MapLibre still marks that fresh placement stale
 * (a guard for placements spread over several frames, which only happen with fading) and so
 * draws the same picture once more before it reports `idle`. Under software WebGL that frame
 * costs as much as a real one: a filter change (new cluster counts) or a pan paid it every time
 * (issue 11). Here a placement committed in full in this very frame is not stale: the frame
 * that drew it is the last one needed. Anything else (a placement still in progress, a fade)
 * asks for its frame as before.
 */
export function skipRepeatPlacementFrame(style: unknown): void {
  const s = style as PlacementStyle;
  // A MapLibre without this internal keeps its own behaviour (one extra frame).
  if (typeof s._updatePlacement !== 'function') return;
  const update = s._updatePlacement.bind(s);
  s._updatePlacement = (...args: unknown[]) => {
    const before = s.placement;
    const dirty = update(...args);
    const fadeDuration = args[2];
    if (dirty && fadeDuration === 0 && s.placement !== before && s.pauseablePlacement.isDone()) {
      s.placement.stale = false;
      return false;
    }
    return dirty;
  };
}
