import { useCallback } from 'react';
import { startImport } from '../../data/import/import-client';
import { useUserLayerActions, useUserLayers } from '../../data/import/use-user-layers';
import { LAYER_COLOURS, type UserLayer } from '../../data/import/user-layer';
import type { ImportCrs, ImportIssue, ImportResult } from '../../domain/import';
import { useAppStore } from '../../state/store';
import { sessionFiles, useImportSession } from './import-session';

let jobSeq = 0;

function issueOf(error: unknown): ImportIssue {
  const issue = (error as { issue?: ImportIssue } | null)?.issue;
  if (issue && typeof issue.code === 'string') return issue;
  return { index: null, code: 'importUi.unknownIssue', params: { code: String(error) } };
}

function layerFields(result: ImportResult) {
  return {
    fileName: result.fileName,
    byteSize: result.byteSize,
    importedAt: new Date().toISOString(),
    format: result.format,
    crs: result.crs,
    crsSource: result.crsSource,
    features: result.features,
    fields: result.fields,
    geometryTypes: result.geometryTypes,
    skipped: result.skipped,
    warnings: result.warnings,
    offsetWarning: result.offsetWarning,
  };
}

function newLayer(result: ImportResult, existing: number): UserLayer {
  return {
    id: `l${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    name: result.fileName.replace(/\.[^.]+$/, '') || result.fileName,
    colour: LAYER_COLOURS[existing % LAYER_COLOURS.length] ?? '#E69F00',
    visible: true,
    use: { kind: 'none' },
    ...layerFields(result),
  };
}

/**
 * Imports a file as a new user layer, or again into an existing one (another CRS), with
 * progress and cancel in the import session. A failure leaves every loaded layer as it was.
 */
export function useImportFile() {
  const { save } = useUserLayerActions();
  const count = useUserLayers().length;
  return useCallback(
    async (file: Blob, fileName: string, into?: { layer: UserLayer; crs: ImportCrs }) => {
      const session = useImportSession.getState();
      session.running?.cancel();
      const seq = ++jobSeq;
      const job = startImport(
        file,
        fileName,
        { crs: into ? into.crs : session.crs },
        (loaded, total) => {
          if (seq !== jobSeq) return;
          useImportSession.setState((s) =>
            s.running ? { running: { ...s.running, loaded, total } } : {},
          );
        },
      );
      const running = { fileName, loaded: 0, total: file.size, cancel: job.cancel };
      useImportSession.setState({ running, error: null, outcome: null, storage: null });
      useAppStore.getState().setSidebarTab('layers');
      try {
        const result = await job.result;
        if (seq !== jobSeq) return;
        const layer = into ? { ...into.layer, ...layerFields(result) } : newLayer(result, count);
        sessionFiles.set(layer.id, file);
        const storage = await save(layer);
        const outcome = {
          fileName,
          count: result.features.length,
          skipped: result.skipped,
          warnings: result.warnings,
        };
        useImportSession.setState({ running: null, outcome, storage });
      } catch (error) {
        if (seq !== jobSeq) return;
        const issue = issueOf(error);
        const cancelled = issue.code === 'import.error.cancelled';
        useImportSession.setState({ running: null, error: cancelled ? null : { fileName, issue } });
      }
    },
    [save, count],
  );
}
