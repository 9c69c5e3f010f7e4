/** The one map event this needs (MapLibre's Map has it; unit tests pass a stand-in). */
export interface IdleEvents {
  on(type: 'idle', listener: () => void): unknown;
}

/**
 * Runs `report` once the map has settled after a move: in a task of its own right after the
 * map's next `idle` (everything drawn), or after `maxWaitMs` if loading tiles keep it busy.
 * Several moves before that make one report.
 *
 * Why: with "only what is in view" on, every move re-filters and re-renders the record lists,
 * counts and charts (a few hundred ms at 100k records). Run at `moveend`, that work sat on the
 * main thread between the pan and the map's last frames, so a pan took ×1.4–2.8 as long to
 * settle as with the switch off (issue 11). The map is drawn first now, the lists follow.
 */
export class SettledReport {
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    map: IdleEvents,
    private readonly report: () => void,
    // Long enough for a loaded machine's software WebGL (moveend → idle took over 1 s at a load
    // average of 27), short enough that a basemap still loading its tiles does not hold the lists.
    private readonly maxWaitMs = 3000,
  ) {
    map.on('idle', () => {
      if (this.pending) setTimeout(() => this.flush(), 0);
    });
  }

  /** A move ended: report after the map's next idle. */
  schedule(): void {
    this.pending = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
  }

  private flush(): void {
    if (!this.pending) return;
    this.pending = false;
    clearTimeout(this.timer);
    this.report();
  }
}
