import { useEffect, useId, useState } from 'react';
import type { NumRange } from '../../domain/filter';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { YearStatus } from './year-status';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2025;
const STEP_MS = 1200;

type Mode = 'asOf' | 'range';

const clampYear = (y: number | null, fallback: number) =>
  y === null ? fallback : Math.min(LAST_YEAR, Math.max(FIRST_YEAR, y));

/**
 * The year slider: "as of" a year (founded / started in or before it) or a range, written to
 * the shared filter's `years`, so the map, statistics, targets and the link all follow.
 */
export function YearSection() {
  const t = useT();
  const headingId = useId();
  const years = useAppStore((s) => s.filter.years);
  const setFilter = useAppStore((s) => s.setFilter);
  const [mode, setMode] = useState<Mode>(years.min !== null ? 'range' : 'asOf');
  const [playing, setPlaying] = useState(false);
  const setYears = (range: NumRange) => setFilter({ years: range });
  usePlayer(playing, setPlaying, (y) => setYears({ min: null, max: y }));
  const chooseMode = (next: Mode) => {
    setMode(next);
    setPlaying(false);
    const to = clampYear(years.max, LAST_YEAR);
    setYears(
      next === 'asOf' ? { min: null, max: to } : { min: clampYear(years.min, FIRST_YEAR), max: to },
    );
  };
  return (
    <section className="analysis__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('an.year.heading')}</h3>
      <p className="note">{t('an.year.note')}</p>
      <fieldset className="analysis__radios">
        <legend>{t('an.year.mode')}</legend>
        {(['asOf', 'range'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${headingId}-mode`}
              checked={mode === m}
              onChange={() => chooseMode(m)}
            />
            {t(m === 'asOf' ? 'an.year.asOf' : 'an.year.range')}
          </label>
        ))}
      </fieldset>
      <YearSliders mode={mode} years={years} setYears={setYears} stop={() => setPlaying(false)} />
      <div className="analysis__buttons">
        {mode === 'asOf' && (
          <button
            type="button"
            className={playing ? 'analysis__button analysis__button--on' : 'analysis__button'}
            onClick={() => setPlaying(!playing)}
          >
            {playing ? `⏸ ${t('an.year.pause')}` : `▶ ${t('an.year.play')}`}
          </button>
        )}
        <button
          type="button"
          className="analysis__button"
          onClick={() => {
            setPlaying(false);
            setYears({ min: null, max: null });
          }}
        >
          {t('an.year.clear')}
        </button>
      </div>
      <YearStatus />
    </section>
  );
}

/** While playing, steps the "as of" year from 2015 to 2025, one step per STEP_MS, then stops. */
function usePlayer(playing: boolean, setPlaying: (p: boolean) => void, show: (y: number) => void) {
  const showRef = useLatest(show);
  useEffect(() => {
    if (!playing) return;
    let year = FIRST_YEAR;
    showRef.current(year);
    const timer = setInterval(() => {
      year++;
      showRef.current(year);
      if (year >= LAST_YEAR) setPlaying(false);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, setPlaying, showRef]);
}

function useLatest<T>(value: T) {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}

interface SlidersProps {
  mode: Mode;
  years: NumRange;
  setYears: (range: NumRange) => void;
  stop: () => void;
}

/** One slider "as of", or two for a range (the ends push each other so from ≤ to). */
function YearSliders({ mode, years, setYears, stop }: SlidersProps) {
  const t = useT();
  const from = clampYear(years.min, FIRST_YEAR);
  const to = clampYear(years.max, LAST_YEAR);
  if (mode === 'asOf') {
    const onChange = (y: number) => {
      stop();
      setYears({ min: null, max: y });
    };
    return <YearInput label={t('an.year.year')} value={to} onChange={onChange} />;
  }
  return (
    <>
      <YearInput
        label={t('an.year.from')}
        value={from}
        onChange={(y) => setYears({ min: y, max: Math.max(y, to) })}
      />
      <YearInput
        label={t('an.year.to')}
        value={to}
        onChange={(y) => setYears({ min: Math.min(y, from), max: y })}
      />
    </>
  );
}

function YearInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (y: number) => void;
}) {
  const id = useId();
  return (
    <div className="analysis__slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={FIRST_YEAR}
        max={LAST_YEAR}
        step={1}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{value}</output>
    </div>
  );
}
