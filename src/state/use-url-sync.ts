import { useEffect } from 'react';
import { EMPTY_FILTER } from '../domain/filter';
import { isLang } from '../i18n/translate';
import type { EntityRef } from './entity-selection-slice';
import { filterTextNow, isClearedFilter, loadFilterEncoder } from './filter-text';
import {
  applyLinkFilter,
  cancelLinkFilter,
  isApplyingLinkFilter,
  pendingLinkFilter,
} from './link-filter';
import { useAppStore } from './store';
import { formatHash, parseHash } from './url-hash';

/** A selected record in the URL: `sel=e:<id>` (enterprise) or `sel=p:<id>` (project). */
export interface PendingSelection {
  kind: EntityRef['kind'];
  id: string;
}

function parseSelection(raw: string | undefined): PendingSelection | null {
  const m = raw?.match(/^([ep]):(.{1,200})$/);
  if (!m?.[2]) return null;
  return { kind: m[1] === 'p' ? 'project' : 'enterprise', id: m[2] };
}

/**
 * Reads the hash once at start-up (before the map exists) into the store; a filter in it is
 * decoded by a chunk fetched now (link-filter.ts) and applied before the first filter result.
 */
export function hydrateFromHash(hash: string): void {
  const parsed = parseHash(hash);
  const f = parsed.rest.get('f');
  if (f) void applyLinkFilter(f);
  const lang = parsed.rest.get('lang');
  // The link's language is what the sender saw; it is applied, not stored as the reader's choice.
  if (isLang(lang)) useAppStore.setState({ lang });
  useAppStore.setState({
    initialView: parsed.view,
    selectedZone: parsed.zone,
    selectedUserZone: parsed.userZone ?? null,
    pendingSelection: parseSelection(parsed.rest.get('sel')),
  });
}

function selectionParam(): string {
  const s = useAppStore.getState();
  if (s.pendingSelection)
    return `${s.pendingSelection.kind === 'project' ? 'p' : 'e'}:${s.pendingSelection.id}`;
  return s.selectedEntityId
    ? `${s.selectedEntity?.kind === 'project' ? 'p' : 'e'}:${s.selectedEntityId}`
    : '';
}

function writeHash(): void {
  const s = useAppStore.getState();
  const f = pendingLinkFilter() ?? filterTextNow(s.filter);
  if (f === null) {
    // The encoder is on its way: the hash is written once it is here (or left as it was
    // if it cannot be fetched, rather than written with a filter that is not the one shown).
    loadFilterEncoder().then(writeHash, () => {});
    return;
  }
  const current = parseHash(window.location.hash);
  const rest = new Map(current.rest);
  rest.set('f', f);
  rest.set('sel', selectionParam());
  rest.set('lang', s.lang);
  const next = formatHash({
    view: s.view ?? current.view,
    zone: s.selectedZone,
    userZone: s.selectedUserZone,
    rest,
  });
  if (next !== window.location.hash) {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${next}`);
  }
}

/** The link to share: the URL with the hash brought up to date first (view, filter, language). */
export async function currentLink(): Promise<string> {
  if (!isClearedFilter(useAppStore.getState().filter)) await loadFilterEncoder();
  writeHash();
  return window.location.href;
}

/**
 * Keeps the URL hash in step with the store (view, zone, filter, selected record), with
 * replaceState so the back button is not flooded, and applies hashes pasted into the address bar.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (isApplyingLinkFilter()) return;
      if (
        s.view !== prev.view ||
        s.selectedZone !== prev.selectedZone ||
        s.selectedUserZone !== prev.selectedUserZone ||
        s.filter !== prev.filter ||
        s.selectedEntityId !== prev.selectedEntityId ||
        s.pendingSelection !== prev.pendingSelection ||
        s.lang !== prev.lang
      ) {
        writeHash();
      }
    });
    const onHashChange = () => {
      const parsed = parseHash(window.location.hash);
      const s = useAppStore.getState();
      if (parsed.zone !== s.selectedZone) s.selectZone(parsed.zone);
      const user = parsed.userZone ?? null;
      if (user !== s.selectedUserZone && !parsed.zone) s.selectUserZone(user);
      if (parsed.view) s.requestView(parsed.view);
      const lang = parsed.rest.get('lang');
      if (isLang(lang) && lang !== s.lang) useAppStore.setState({ lang });
      const f = parsed.rest.get('f');
      if (f) {
        // applyLinkFilter leaves the store alone when the link's filter is the one shown.
        if (f !== pendingLinkFilter() && f !== filterTextNow(s.filter)) void applyLinkFilter(f);
      } else {
        cancelLinkFilter();
        if (!isClearedFilter(s.filter)) {
          useAppStore.setState({ filter: EMPTY_FILTER, ignoredFilterParts: [] });
        }
      }
    };
    window.addEventListener('hashchange', onHashChange);
    // Read at start, so the first filter click does not wait for it (measured: fetched on the
    // click it added ≈ 70 ms to the map's redraw at 100k records). It is in the after-paint
    // chunk (scripts/startup-chunks.ts), which the page fetches anyway: no request of its own.
    void loadFilterEncoder().catch(() => {});
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}
