import type { NumRange } from '../../domain/filter';

interface RangeFieldProps {
  legend: string;
  range: NumRange;
  minLabel: string;
  maxLabel: string;
  step?: number;
  onChange: (range: NumRange) => void;
}

const parse = (raw: string): number | null => {
  if (raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
};

/** Two number inputs for an inclusive range; an empty box leaves that end open. */
export function RangeField({
  legend,
  range,
  minLabel,
  maxLabel,
  step = 1,
  onChange,
}: RangeFieldProps) {
  return (
    <fieldset className="range-field">
      <legend>{legend}</legend>
      <label>
        {minLabel}
        <input
          type="number"
          step={step}
          value={range.min ?? ''}
          onChange={(e) => onChange({ ...range, min: parse(e.currentTarget.value) })}
        />
      </label>
      <label>
        {maxLabel}
        <input
          type="number"
          step={step}
          value={range.max ?? ''}
          onChange={(e) => onChange({ ...range, max: parse(e.currentTarget.value) })}
        />
      </label>
    </fieldset>
  );
}
