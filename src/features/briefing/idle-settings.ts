/** How long normal mode may sit untouched before the attract loop starts, and what it plays. */
export interface IdleSettings {
  /** Seconds without input, or null when off (the default). */
  seconds: number | null;
  /** The script to play: a shipped one or one authored in this browser. */
  scriptId: string;
  /** Seconds per scene in the loop. */
  autoplay: number;
}

const KEY = 'jlp.briefing.idle';
export const IDLE_CHOICES_MIN = [1, 5, 10, 30] as const;
export const DEFAULT_IDLE: IdleSettings = { seconds: null, scriptId: 'default', autoplay: 20 };

const validSeconds = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n >= 1 && n <= 24 * 3600;
const validId = (v: unknown): v is string =>
  typeof v === 'string' && /^[A-Za-z0-9_-]{1,80}$/.test(v);

/** The setting saved in this browser; anything unreadable counts as off. */
export function loadIdleSettings(): IdleSettings {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_IDLE;
    const o = raw as Record<string, unknown>;
    return {
      seconds: validSeconds(o.seconds) ? o.seconds : null,
      scriptId: validId(o.scriptId) ? o.scriptId : DEFAULT_IDLE.scriptId,
      autoplay: DEFAULT_IDLE.autoplay,
    };
  } catch {
    return DEFAULT_IDLE;
  }
}

export function saveIdleSettings(settings: IdleSettings): void {
  try {
    localStorage.setItem(
      KEY,
      JSON.stringify({ seconds: settings.seconds, scriptId: settings.scriptId }),
    );
  } catch {
    // Private mode or a full store: the setting lasts for this page only.
  }
}

/**
 * Kiosks set it in the URL instead: `?idle=<seconds>` (and optionally `&idleScript=<id>`,
 * `&autoplay=<seconds per scene>`) overrides the saved setting. `?briefing` opens a tour at
 * once, so its autoplay is not read here.
 */
export function idleFromUrl(search: string, saved: IdleSettings): IdleSettings {
  const p = new URLSearchParams(search);
  if (!p.has('idle') || p.has('briefing') || p.has('briefingSrc')) return saved;
  const seconds = Number(p.get('idle'));
  const autoplay = Number(p.get('autoplay'));
  const script = p.get('idleScript');
  return {
    seconds: validSeconds(seconds) ? seconds : null,
    scriptId: validId(script) ? script : saved.scriptId,
    autoplay: p.has('autoplay') && autoplay >= 0.25 && autoplay <= 3600 ? autoplay : saved.autoplay,
  };
}

// The setting as a tiny external store, so the editor's field and the idle watcher agree.
let current: IdleSettings | null = null;
const listeners = new Set<() => void>();

export function getIdleSettings(): IdleSettings {
  current ??= idleFromUrl(window.location.search, loadIdleSettings());
  return current;
}

export function setIdleSettings(next: IdleSettings): void {
  current = next;
  saveIdleSettings(next);
  for (const listener of listeners) listener();
}

export function subscribeIdleSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
