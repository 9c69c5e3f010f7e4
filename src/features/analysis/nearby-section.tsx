import { useId } from 'react';
import { entityDisplayName } from '../../data/entity-name';
import { NEARBY_RADII, useNearby } from '../../data/use-analysis';
import { useEntityData } from '../../data/use-entities';
import { INDUSTRIES } from '../../domain/entity';
import { industryLabel } from '../../i18n/enum-labels';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount, formatDecimal } from '../../ui/format-number';
import './analysis.css';

interface Props {
  at: [number, number];
  /** The enterprise's own index when the panel shows an enterprise, so it is not listed. */
  self: number | null;
}

/** The record panel's "nearby": nearest enterprises with distances, and counts by radius. */
export function NearbySection({ at, self }: Props) {
  const t = useT();
  const headingId = useId();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.selectEntity);
  const data = useEntityData();
  const near = useNearby(at, self);
  if (!near || !data) return null;
  const totals = near.within.map((row) => row.reduce((a, b) => a + b, 0));
  return (
    <section className="nearby" aria-labelledby={headingId} data-testid="nearby">
      <h3 id={headingId}>{t('near.heading')}</h3>
      <p className="note">{t('near.scope')}</p>
      {near.nearest.length === 0 ? (
        <p className="note">{t('near.none')}</p>
      ) : (
        <table className="analysis-table analysis-table--compact">
          <caption>{t('near.caption', { n: near.nearest.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('near.col.name')}</th>
              <th scope="col">{t('near.col.km')}</th>
            </tr>
          </thead>
          <tbody>
            {near.nearest.map((n) => (
              <tr key={n.index}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => select({ kind: 'enterprise', index: n.index })}
                  >
                    {entityDisplayName(data, { kind: 'enterprise', index: n.index }, lang)}
                  </button>
                </th>
                <td>{t('near.km', { km: formatDecimal(n.km, lang, 2) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="analysis-table analysis-table--compact">
        <caption>{t('near.within')}</caption>
        <thead>
          <tr>
            <td />
            {NEARBY_RADII.map((r) => (
              <th key={r} scope="col">
                {t('near.col.radius', { km: r })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {INDUSTRIES.map((ind, i) => (
            <tr key={ind}>
              <th scope="row">{industryLabel(ind, lang)}</th>
              {near.within.map((row, j) => (
                <td key={NEARBY_RADII[j]}>{formatCount(row[i] ?? 0, lang)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('near.total')}</th>
            {totals.map((n, j) => (
              <td key={NEARBY_RADII[j]}>{formatCount(n, lang)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
