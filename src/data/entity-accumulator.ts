import type { Enterprise, SkippedRecord } from '../domain/entity';
import type { Provenance } from '../domain/provenance';
import { StringPool } from './intern-records';
import type { LoadedEntities } from './load-entities';
import type { EnterpriseChunk, StreamEnd, StreamHead, StreamSink } from './stream-entities';

/** How far a streamed load has come: features read, and how many there are when known. */
export interface LoadProgress {
  read: number;
  total: number | null;
  done: boolean;
}

function concat<T extends Uint8Array | Uint32Array>(
  parts: readonly T[],
  make: (n: number) => T,
): T {
  const out = make(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Gathers a streamed load (head, enterprise chunks, end) into LoadedEntities; a snapshot can
 * be taken between chunks, so the page draws what has arrived while the rest streams in.
 */
export class EntityAccumulator implements StreamSink {
  private headPart: StreamHead | null = null;
  private readonly enterprises: Enterprise[] = [];
  private readonly skipped: SkippedRecord[] = [];
  private masks: Uint32Array[] = [];
  private status: Uint8Array[] = [];
  private endPart: StreamEnd | null = null;
  private provenance: Provenance | null = null;
  private readonly pool = new StringPool();
  progress: LoadProgress = { read: 0, total: null, done: false };

  head(head: StreamHead): void {
    this.headPart = head;
  }

  chunk(chunk: EnterpriseChunk): void {
    this.pool.enterprises(chunk.records);
    for (const r of chunk.records) this.enterprises.push(r);
    for (const s of chunk.skipped) this.skipped.push(s);
    this.masks.push(chunk.masks);
    this.status.push(chunk.status);
    this.provenance = chunk.provenance;
    this.progress = { read: chunk.read, total: chunk.total, done: false };
  }

  end(end: StreamEnd): void {
    this.endPart = end;
    this.progress = { read: this.progress.read, total: this.progress.read, done: true };
  }

  get hasHead(): boolean {
    return this.headPart !== null;
  }

  /** What has arrived so far (everything, after end); the enterprise list is shared, not copied. */
  snapshot(): LoadedEntities {
    const head = this.headPart;
    const end = this.endPart;
    // The masks are merged once per snapshot, so later snapshots start from one array.
    this.masks = [concat(this.masks, (n) => new Uint32Array(n))];
    this.status = [concat(this.status, (n) => new Uint8Array(n))];
    // A file that failed midway is not used at all, as a file that failed at once.
    const failed = end?.failed ?? null;
    return {
      // A copy of the list: later chunks must not grow a snapshot the page already indexed.
      enterprises: failed ? [] : this.enterprises.slice(),
      projects: head?.projects ?? [],
      skipped: [...(head?.skipped ?? []), ...(failed ? [] : this.skipped)],
      provenance: {
        enterprises: end?.provenance ?? this.provenance,
        projects: head?.provenance ?? null,
      },
      failed: { enterprises: failed, projects: head?.failed ?? null },
      masks: {
        enterpriseMasks: failed ? new Uint32Array(0) : (this.masks[0] as Uint32Array),
        projectMasks: head?.projectMasks ?? new Uint32Array(0),
        enterpriseStatus: failed ? new Uint8Array(0) : (this.status[0] as Uint8Array),
        projectStatus: head?.projectStatus ?? new Uint8Array(0),
      },
    };
  }
}
