import type { BriefingLoad } from '../../data/briefing-scripts';
import { loadBriefingScenes } from '../../state/briefing-slice';

/** Loads a script by id: shipped scripts first, then scripts authored in this browser. */
export async function loadBriefingById(id: string): Promise<BriefingLoad> {
  // Loaded on first use: script validation is not part of the first paint.
  // The scene actions too: whoever loads a script starts it next.
  const [{ loadBundledBriefing }, { loadStoredScript }] = await Promise.all([
    import('../../data/briefing-scripts'),
    import('../../data/briefing-store'),
    loadBriefingScenes(),
  ]);
  const bundled = await loadBundledBriefing(id);
  if (bundled.ok || bundled.error.kind !== 'unknown-id') return bundled;
  const stored = await loadStoredScript(id).catch(() => null);
  return stored ? { ok: true, script: stored } : bundled;
}
