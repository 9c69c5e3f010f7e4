import { useEffect, useId, useRef, useState } from 'react';
import type { DrawnShape } from '../../domain/filter';
import { type ShapeSummary, useShapeSummaries } from '../../map/use-shape-summaries';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatDecimal } from '../../ui/format-number';
import './draw.css';

/** Larger circles than this say nothing about a district some 30 km across. */
const MAX_RADIUS_KM = 500;

const LABEL_KEYS = {
  polygon: 'draw.label.polygon',
  rectangle: 'draw.label.rectangle',
  circle: 'draw.label.circle',
} as const;

/** Text for the radius field: metres are the finest step worth showing. */
const radiusText = (km: number) => String(Math.round(km * 1000) / 1000);

function parseRadius(text: string): number | null {
  const km = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(km) && km > 0 && km <= MAX_RADIUS_KM ? km : null;
}

function setCircleRadius(id: string, km: number): void {
  const s = useAppStore.getState();
  const shapes = s.filter.shapes.map((x) =>
    x.id === id && x.kind === 'circle' ? { ...x, radiusKm: km } : x,
  );
  s.setFilter({ shapes });
}

type Circle = Extract<DrawnShape, { kind: 'circle' }>;

/** The radius of a circle, typed: each valid value updates the shape at once. */
function RadiusField({ shape, describedBy }: { shape: Circle; describedBy: string }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(() => radiusText(shape.radiusKm));
  // A radius changed elsewhere (a link, undo) replaces the text unless it already says it.
  useEffect(() => {
    setText((old) => (parseRadius(old) === shape.radiusKm ? old : radiusText(shape.radiusKm)));
  }, [shape.radiusKm]);
  const invalid = parseRadius(text) === null;
  const onChange = (value: string) => {
    setText(value);
    const km = parseRadius(value);
    if (km !== null) setCircleRadius(shape.id, km);
  };
  return (
    <span className="shape-row__radius">
      <label htmlFor={id}>{t('draw.radius')}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min="0"
        max={MAX_RADIUS_KM}
        step="any"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${describedBy} ${id}-error` : describedBy}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {invalid && (
        <span id={`${id}-error`} className="shape-row__error">
          {t('draw.radiusInvalid', { max: MAX_RADIUS_KM })}
        </span>
      )}
    </span>
  );
}

function ShapeRow({ item, onDelete }: { item: ShapeSummary; onDelete: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const labelId = useId();
  const { shape } = item;
  const label = t(LABEL_KEYS[shape.kind], { n: item.n });
  const size =
    shape.kind === 'circle'
      ? t('draw.radiusSummary', { value: formatDecimal(shape.radiusKm, lang) })
      : t('draw.area', { value: formatDecimal(item.areaKm2, lang) });
  return (
    <li className="shape-row" data-kind={shape.kind}>
      <span id={labelId} className="shape-row__label">
        {label}
      </span>
      <span className="shape-row__size">{size}</span>
      {shape.kind === 'circle' && <RadiusField shape={shape} describedBy={labelId} />}
      <button
        type="button"
        className="shape-row__delete"
        aria-label={t('draw.deleteShape', { label })}
        onClick={onDelete}
      >
        {t('draw.delete')}
      </button>
    </li>
  );
}

/** Keeps keyboard focus in the list when the focused row's delete button disappears. */
function useFocusAfterDelete(count: number) {
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<number | null>(null);
  useEffect(() => {
    const index = next.current;
    if (index === null) return;
    next.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.shape-row__delete');
    const target = buttons?.[Math.min(index, count - 1)];
    (target ?? heading.current)?.focus();
  }, [count]);
  const deleted = (index: number) => {
    next.current = index;
  };
  return { list, heading, deleted };
}

/** The drawn shapes, each with its size, a delete button and, for circles, a radius field. */
export function ShapeList() {
  const t = useT();
  const items = useShapeSummaries();
  const setFilter = useAppStore((s) => s.setFilter);
  const focus = useFocusAfterDelete(items.length);
  const remove = (id: string, index: number) => {
    focus.deleted(index);
    setFilter({ shapes: useAppStore.getState().filter.shapes.filter((s) => s.id !== id) });
  };
  return (
    <section className="shape-list" aria-labelledby="shape-list-title">
      <h3 id="shape-list-title" ref={focus.heading} tabIndex={-1}>
        {t('draw.shapes', { count: items.length })}
      </h3>
      {items.length === 0 ? (
        <p className="note">{t('draw.empty')}</p>
      ) : (
        <>
          <ul ref={focus.list} className="shape-list__items">
            {items.map((item, i) => (
              <ShapeRow key={item.shape.id} item={item} onDelete={() => remove(item.shape.id, i)} />
            ))}
          </ul>
          {items.length > 1 && <p className="note">{t('draw.union')}</p>}
          <button
            type="button"
            className="shape-list__clear"
            onClick={() => {
              focus.deleted(0);
              setFilter({ shapes: [] });
            }}
          >
            {t('draw.clearAll')}
          </button>
        </>
      )}
    </section>
  );
}
