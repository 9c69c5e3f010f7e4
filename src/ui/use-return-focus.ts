import { useEffect, useRef } from 'react';

/**
 * Returns focus to the control that opened a panel when the panel closes (Escape, its close
 * button, or a click elsewhere), instead of letting it fall to the page body. The opener is
 * the last element focused outside the panel before it opened.
 */
export function useReturnFocus(open: boolean, panelSelector: string): void {
  const lastOutside = useRef<HTMLElement | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target;
      if (el instanceof HTMLElement && !el.closest(panelSelector)) lastOutside.current = el;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [panelSelector]);
  useEffect(() => {
    if (open) {
      opener.current ??= lastOutside.current;
      return;
    }
    const target = opener.current;
    opener.current = null;
    // Only when focus was lost with the panel: a user who clicked elsewhere keeps that focus.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (target?.isConnected && lost) target.focus();
  }, [open]);
}
