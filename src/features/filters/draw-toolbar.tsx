import { useEffect } from 'react';
import type { MessageKey } from '../../i18n/translate';
import { DEFAULT_POINT_RADIUS_KM } from '../../map/draw-shapes';
import type { DrawMode } from '../../state/draw-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatDecimal } from '../../ui/format-number';
import './draw.css';

interface Tool {
  mode: DrawMode;
  label: MessageKey;
  hint: MessageKey;
  /** SVG path in a 20 × 20 box; the icon only repeats the visible label. */
  icon: string;
}

const TOOLS: readonly Tool[] = [
  {
    mode: 'polygon',
    label: 'draw.polygon',
    hint: 'draw.hint.polygon',
    icon: 'M4 15 L3 7 L10 3 L17 7 L15 16 Z',
  },
  {
    mode: 'rectangle',
    label: 'draw.rectangle',
    hint: 'draw.hint.rectangle',
    icon: 'M3 5 H17 V15 H3 Z',
  },
  {
    mode: 'circle',
    label: 'draw.circle',
    hint: 'draw.hint.circle',
    icon: 'M10 3 A7 7 0 1 1 9.99 3 Z',
  },
  {
    mode: 'point',
    label: 'draw.point',
    hint: 'draw.hint.point',
    icon: 'M10 3 A7 7 0 1 1 9.99 3 Z M10 9 A1 1 0 1 1 9.99 9 Z',
  },
  {
    mode: 'select',
    label: 'draw.select',
    hint: 'draw.hint.select',
    icon: 'M5 3 L15 11 L10.5 11.5 L13 17 L11 18 L8.5 12.5 L5 15 Z',
  },
];

/** Escape belongs to text fields and pop-up lists when focus is in one. */
function ownsEscape(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('input, textarea, select, [role="combobox"], [role="listbox"]') !== null
  );
}

/** While a tool is active, Escape leaves it (dropping a half-drawn shape) and does nothing else. */
function useEscapeLeavesTool(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || ownsEscape(e.target)) return;
      // Capture phase, stopped: the zone panel's own Escape must not also close it.
      e.stopPropagation();
      useAppStore.getState().setDrawMode(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active]);
}

/** The drawing tools: one button per tool, pressed while active; a status line says what to do. */
export function DrawToolbar() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const mode = useAppStore((s) => s.drawMode);
  const radius = useAppStore((s) => s.drawRadiusKm);
  const setMode = useAppStore((s) => s.setDrawMode);
  useEscapeLeavesTool(mode !== null);
  const active = TOOLS.find((tool) => tool.mode === mode);
  const km = formatDecimal(DEFAULT_POINT_RADIUS_KM, lang);
  const status =
    radius !== null
      ? t('draw.radiusLive', { km: formatDecimal(radius, lang) })
      : active
        ? t(active.hint, { km })
        : t('draw.idle');
  return (
    <section className="draw-tools" aria-labelledby="draw-tools-title">
      <h3 id="draw-tools-title">{t('draw.title')}</h3>
      <div className="draw-tools__buttons">
        {TOOLS.map((tool) => (
          <button
            key={tool.mode}
            type="button"
            className="draw-tool"
            aria-pressed={mode === tool.mode}
            onClick={() => setMode(mode === tool.mode ? null : tool.mode)}
          >
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
              <path d={tool.icon} />
            </svg>
            {t(tool.label)}
          </button>
        ))}
      </div>
      <p className="draw-tools__status" role="status">
        {status}
      </p>
    </section>
  );
}
