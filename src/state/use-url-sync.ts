import { useEffect } from 'react';
import { useAppStore } from './store';
import { formatHash, parseHash } from './url-hash';

/** Reads the hash once at start-up (before the map exists) into the store. */
export function hydrateFromHash(hash: string): void {
  const parsed = parseHash(hash);
  useAppStore.setState({ initialView: parsed.view, selectedZone: parsed.zone });
}

/**
 * Keeps the URL hash in step with the store (view and selection), with replaceState so the
 * back button is not flooded, and applies hashes pasted into the address bar.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const write = () => {
      const s = useAppStore.getState();
      const current = parseHash(window.location.hash);
      const next = formatHash({
        view: s.view ?? current.view,
        zone: s.selectedZone,
        rest: current.rest,
      });
      if (next !== window.location.hash) {
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${window.location.search}${next}`,
        );
      }
    };
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.view !== prev.view || s.selectedZone !== prev.selectedZone) write();
    });
    const onHashChange = () => {
      const parsed = parseHash(window.location.hash);
      const s = useAppStore.getState();
      if (parsed.zone !== s.selectedZone) s.selectZone(parsed.zone);
      if (parsed.view) s.requestView(parsed.view);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}
