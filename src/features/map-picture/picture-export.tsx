import { useId, useState } from 'react';
import {
  PICTURE_SIZES,
  type PictureSize,
  PictureTooLargeError,
  renderPicture,
} from '../../state/map-picture-port';
import { useT } from '../../state/use-t';
import { usePictureDecor } from './use-picture-decor';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; width: number; height: number }
  | { kind: 'error'; text: string };

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports the map as a PNG at a chosen size, with title, legend, scale, north and sources. */
export function PictureExport() {
  const t = useT();
  const id = useId();
  const decor = usePictureDecor();
  const [size, setSize] = useState<PictureSize>('1x');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async () => {
    setStatus({ kind: 'working' });
    try {
      const blob = await renderPicture(size, decor());
      const bitmap = await createImageBitmap(blob);
      setStatus({ kind: 'done', width: bitmap.width, height: bitmap.height });
      bitmap.close();
      save(blob, `jiulongpo-map-${new Date().toISOString().slice(0, 10)}-${size}.png`);
    } catch (error) {
      setStatus({
        kind: 'error',
        text:
          error instanceof PictureTooLargeError
            ? t('picture.tooLarge', { width: error.width, height: error.height, max: error.max })
            : t('picture.failed', {
                detail: error instanceof Error ? error.message : String(error),
              }),
      });
    }
  };
  return (
    <section className="panel picture-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('picture.title')}</h2>
      <label htmlFor={`${id}-size`}>{t('picture.size')} </label>
      <select
        id={`${id}-size`}
        value={size}
        onChange={(e) => setSize(e.currentTarget.value as PictureSize)}
      >
        {PICTURE_SIZES.map((s) => (
          <option key={s} value={s}>
            {t(`picture.size.${s}`)}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={run} disabled={status.kind === 'working'}>
        {t('picture.export')}
      </button>
      <p className="note" role="status">
        {status.kind === 'working' && t('picture.working')}
        {status.kind === 'done' &&
          t('picture.done', { width: status.width, height: status.height })}
      </p>
      {status.kind === 'error' && (
        <p className="basemap-settings__error" role="alert">
          {status.text}
        </p>
      )}
    </section>
  );
}
