import './around-record.css';
import { useId, useState } from 'react';
import type { LngLat } from '../../domain/filter';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatDecimal } from '../../ui/format-number';

const DEFAULT_KM = 2;
/** Larger circles say nothing about a district some 30 km across (as in the shape list). */
const MAX_KM = 50;

function parseKm(text: string): number | null {
  const km = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(km) && km > 0 && km <= MAX_KM ? km : null;
}

/** "What is within N km of this?": a circle filter centred on the record, then the map fits it. */
export function AroundRecord({ center }: { center: LngLat }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [text, setText] = useState(String(DEFAULT_KM));
  const id = useId();
  const km = parseKm(text);
  return (
    <form
      className="around-record"
      onSubmit={(e) => {
        e.preventDefault();
        if (km !== null) useAppStore.getState().filterAround(center, km);
      }}
    >
      <label htmlFor={id}>{t('around.radius')}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0.1}
        max={MAX_KM}
        step={0.1}
        value={text}
        aria-invalid={km === null}
        aria-describedby={km === null ? `${id}-err` : undefined}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" disabled={km === null}>
        {t('around.apply', { km: formatDecimal(km ?? DEFAULT_KM, lang) })}
      </button>
      {km === null && (
        <p id={`${id}-err`} className="field-error">
          {t('around.invalid', { max: MAX_KM })}
        </p>
      )}
    </form>
  );
}
