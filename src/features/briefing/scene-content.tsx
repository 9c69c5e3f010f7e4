import { resolveHighlights } from '../../data/briefing-highlights';
import { entityDisplayName } from '../../data/entity-name';
import { useUserZones } from '../../data/import/use-user-zones';
import { useEntityData } from '../../data/use-entities';
import type { BriefingScene, SceneShape } from '../../domain/briefing';
import { removeSceneItem, ringVertexCount, type SceneItem } from '../../domain/briefing-edit';
import { userZoneOfLinkCode } from '../../domain/user-zone';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

type T = ReturnType<typeof useT>;
interface Entry {
  key: string;
  label: string;
  item: SceneItem;
}

const deg = (v: number) => v.toFixed(3);

function box(b: readonly number[]) {
  const [w = 0, s = 0, e = 0, n = 0] = b;
  return { w: deg(w), s: deg(s), e: deg(e), n: deg(n) };
}

function shapeLabel(t: T, shape: SceneShape): string {
  if (shape.kind === 'polygon')
    return t('sceneContent.polygon', { n: ringVertexCount(shape.ring) });
  if (shape.kind === 'rectangle') return t('sceneContent.rectangle', box(shape.bbox));
  return t('sceneContent.circle', { km: Math.round(shape.radiusKm * 100) / 100 });
}

/** The scene's highlighted records by name (kind first), or the reference when not in the data. */
function useRecordLabels(refs: readonly string[]): string[] {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useEntityData();
  if (!data) return [...refs];
  const { found } = resolveHighlights(data, refs);
  const byRef = new Map(found.map((h) => [h.ref, h]));
  return refs.map((ref) => {
    const h = byRef.get(ref);
    if (!h) return t('sceneContent.recordMissing', { ref });
    const kind = t(h.kind === 'project' ? 'briefing.recordProject' : 'briefing.recordEnterprise');
    return `${kind} ${entityDisplayName(data, h, lang)}`;
  });
}

function useZoneLabels(codes: readonly string[]): string[] {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const zones = useUserZones();
  return codes.map((code) => {
    const zone = zones.find((z) => z.id === userZoneOfLinkCode(code));
    return zone
      ? pick(lang, zone.name_zh, zone.name_en || zone.name_zh)
      : t('sceneContent.zoneMissing', { code });
  });
}

/**
 * What a scene holds beyond camera, layers and texts, listed so an author can see it without
 * opening the JSON: drawn areas, highlighted records, user zones and the in-view box. Each
 * entry can be removed from the scene.
 */
export function SceneContent(props: {
  scene: BriefingScene;
  onChange: (s: BriefingScene) => void;
}) {
  const t = useT();
  const { scene } = props;
  const f = scene.filter;
  const records = useRecordLabels(scene.highlight?.records ?? []);
  const zones = useZoneLabels(f.userZones);
  const groups: { title: string; entries: Entry[] }[] = [
    {
      title: t('sceneContent.shapes', { count: f.shapes.length }),
      entries: f.shapes.map((s, index) => ({
        key: `s${index}`,
        label: shapeLabel(t, s),
        item: { kind: 'shape', index },
      })),
    },
    {
      title: t('sceneContent.records', { count: records.length }),
      entries: records.map((label, index) => ({
        key: `r${index}`,
        label,
        item: { kind: 'record', index },
      })),
    },
    {
      title: t('sceneContent.userZones', { count: zones.length }),
      entries: zones.map((label, index) => ({
        key: `z${index}`,
        label,
        item: { kind: 'userZone', index },
      })),
    },
  ];
  const shown = groups.filter((g) => g.entries.length > 0);
  const remove = (item: SceneItem) => props.onChange(removeSceneItem(scene, item));
  return (
    <div className="editor__content" data-testid="scene-content">
      <h4>{t('sceneContent.heading')}</h4>
      {shown.length === 0 && !f.inView && <p className="note">{t('sceneContent.nothing')}</p>}
      {shown.map((g) => (
        <div key={g.title}>
          <h5>{g.title}</h5>
          <ul>
            {g.entries.map((e) => (
              <ContentEntry key={e.key} label={e.label} onRemove={() => remove(e.item)} />
            ))}
          </ul>
        </div>
      ))}
      {f.inView && (
        <div>
          <h5>{t('sceneContent.view')}</h5>
          <ul>
            <ContentEntry
              label={t('sceneContent.inView', box(f.inView))}
              onRemove={() => remove({ kind: 'inView' })}
            />
          </ul>
        </div>
      )}
    </div>
  );
}

function ContentEntry({ label, onRemove }: { label: string; onRemove: () => void }) {
  const t = useT();
  return (
    <li>
      <span>{label}</span>{' '}
      <button
        type="button"
        className="editor__remove"
        aria-label={t('sceneContent.remove', { what: label })}
        onClick={onRemove}
      >
        {t('sceneContent.removeButton')}
      </button>
    </li>
  );
}
