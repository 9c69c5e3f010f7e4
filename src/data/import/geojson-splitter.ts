const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

/**
 * Splits GeoJSON text, fed in chunks, into the texts of the top-level `features` array's
 * elements (each handed to `onFeature` as soon as it is complete) and a "skeleton": the rest
 * of the document with that array emptied, parsed at the end with JSON.parse. This is what
 * lets a 50 MB file parse with progress and stop on cancel between features, where one
 * JSON.parse of the whole text would block for its full duration. It only tracks strings,
 * escapes and nesting depth; JSON.parse still checks every piece, so malformed text is caught.
 */
export class GeoJsonSplitter {
  private depth = 0;
  private inString = false;
  private escapeNext = false;
  private inFeatures = false;
  private inFeature = false;
  private lastKey = '';
  /** The raw text so far of a depth-1 string that a chunk boundary cut; null when not one. */
  private pendingKey: string | null = null;
  private featureParts: string[] = [];
  private skeletonParts: string[] = [];

  constructor(private readonly onFeature: (text: string) => void) {}

  feed(s: string): void {
    if (s.length === 0) return;
    let i = 0;
    let from = 0;
    if (this.inString) {
      i = this.closeString(s, 0);
      if (this.depth === 1) this.continueKey(s, i);
      if (i < 0) {
        this.keep(s, from);
        return;
      }
      i++;
    }
    for (const n = s.length; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === QUOTE) {
        const end = this.closeString(s, i + 1);
        if (end < 0) {
          // A key cut by the chunk boundary: finished in the next chunk (continueKey).
          if (this.depth === 1) this.pendingKey = s.slice(i + 1);
          break;
        }
        if (this.depth === 1 && end - i === 9) this.lastKey = s.slice(i + 1, end);
        else if (this.depth === 1) this.lastKey = '';
        i = end;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.depth === 1 && c === OPEN_BRACKET && this.lastKey === 'features') {
          this.inFeatures = true;
        } else if (this.inFeatures && this.depth === 2 && c === OPEN_BRACE) {
          this.skeletonParts.push(s.slice(from, i));
          from = i;
          this.inFeature = true;
        }
        this.depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        if (this.inFeature && this.depth === 2) {
          this.featureParts.push(s.slice(from, i + 1));
          this.onFeature(this.featureParts.join(''));
          this.featureParts = [];
          this.inFeature = false;
          from = i + 1;
        } else if (this.inFeatures && this.depth === 1) {
          this.inFeatures = false;
        }
      } else if (c === COMMA && this.inFeatures && this.depth === 2 && !this.inFeature) {
        // Dropped so the emptied array stays valid JSON; JSON.parse checks each feature.
        this.skeletonParts.push(s.slice(from, i));
        from = i + 1;
      }
    }
    this.keep(s, from);
  }

  /** The document without the features array's elements; throws if the text was unbalanced. */
  finish(): string {
    if (this.depth !== 0 || this.inString || this.inFeature) throw new SyntaxError('unbalanced');
    return this.skeletonParts.join('');
  }

  /** Carries a depth-1 string across a chunk boundary; `end` is its closing quote or -1. */
  private continueKey(s: string, end: number): void {
    const sofar = this.pendingKey;
    // Only "features" matters, so a longer string needs no more than its length known.
    const text = sofar === null || sofar.length > 8 ? null : sofar + s.slice(0, end < 0 ? 9 : end);
    if (end < 0) {
      this.pendingKey = text;
      return;
    }
    this.pendingKey = null;
    this.lastKey = text === 'features' ? 'features' : '';
  }

  private keep(s: string, from: number): void {
    (this.inFeature ? this.featureParts : this.skeletonParts).push(s.slice(from));
  }

  /** Index of the quote closing a string whose content starts at `from`, or -1 (continues). */
  private closeString(s: string, from: number): number {
    let start = from;
    if (this.escapeNext) {
      this.escapeNext = false;
      start++;
    }
    let j = s.indexOf('"', start);
    while (j >= 0) {
      let k = j - 1;
      while (k >= start && s.charCodeAt(k) === BACKSLASH) k--;
      if ((j - 1 - k) % 2 === 0) {
        this.inString = false;
        return j;
      }
      j = s.indexOf('"', j + 1);
    }
    let k = s.length - 1;
    while (k >= start && s.charCodeAt(k) === BACKSLASH) k--;
    this.escapeNext = (s.length - 1 - k) % 2 === 1;
    this.inString = true;
    return -1;
  }
}
