import { type ReactNode, useId } from 'react';

interface CheckGroupProps<T extends string> {
  legend: string;
  values: readonly T[];
  selected: readonly T[];
  label: (value: T) => string;
  onToggle: (value: T) => void;
  /** More rows of the same group (e.g. zones users added), after the values. */
  children?: ReactNode;
}

/** A labelled group of checkboxes; none checked means "no restriction". */
export function CheckGroup<T extends string>({
  legend,
  values,
  selected,
  label,
  onToggle,
  children,
}: CheckGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="check-group" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <span id={`${id}-hint`} hidden />
      {values.map((v) => (
        <label key={v} className="check-row">
          <input type="checkbox" checked={selected.includes(v)} onChange={() => onToggle(v)} />
          {label(v)}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
