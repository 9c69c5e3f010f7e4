import { useEffect, useRef, useState } from 'react';
import { useT } from '../../state/use-t';
import { useImportFile } from './use-import-file';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Drag a file over the window and the map shows a drop target; drop it there to import it.
 * Dropping anywhere else is refused, so a missed drop never navigates away from the app (and
 * loses nothing that was loaded).
 */
export function ImportDropZone() {
  const t = useT();
  const importFile = useImportFile();
  const latest = useRef(importFile);
  latest.current = importFile;
  const target = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onTarget = (e: DragEvent) =>
      e.target instanceof Node && (target.current?.contains(e.target) ?? false);
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = onTarget(e) ? 'copy' : 'none';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file && onTarget(e)) void latest.current(file, file.name);
    };
    const events = { dragenter: enter, dragleave: leave, dragover: over, drop } as const;
    for (const [name, fn] of Object.entries(events))
      window.addEventListener(name, fn as EventListener);
    return () => {
      for (const [name, fn] of Object.entries(events))
        window.removeEventListener(name, fn as EventListener);
    };
  }, []);
  return (
    <div ref={target} className="import-drop" hidden={!dragging} data-testid="import-drop">
      <p>
        <strong>{t('importUi.drop')}</strong>
        <br />
        {t('importUi.dropHint')}
      </p>
    </div>
  );
}
