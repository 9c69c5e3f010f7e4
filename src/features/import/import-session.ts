import { create } from 'zustand';
import type { StorageFailure } from '../../data/import/user-layer-db';
import type { ImportCrs, ImportIssue } from '../../domain/import';

export interface ImportOutcome {
  fileName: string;
  count: number;
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/**
 * The import in progress and the last outcome, shared by the file picker and the drop target.
 * Kept beside the feature (not in the URL-synced app store): it holds a cancel function and
 * lives only for the session.
 */
interface ImportSession {
  /** The CRS the user declared in the picker; null lets the importer read or detect it. */
  crs: ImportCrs | null;
  running: { fileName: string; loaded: number; total: number; cancel: () => void } | null;
  error: { fileName: string; issue: ImportIssue } | null;
  outcome: ImportOutcome | null;
  storage: StorageFailure | null;
  setCrs: (crs: ImportCrs | null) => void;
  dismiss: () => void;
}

export const useImportSession = create<ImportSession>()((set) => ({
  crs: null,
  running: null,
  error: null,
  outcome: null,
  storage: null,
  setCrs: (crs) => set({ crs }),
  dismiss: () => set({ error: null, outcome: null, storage: null }),
}));

/** The source files of this session's imports, for re-importing in another CRS. */
export const sessionFiles = new Map<string, Blob>();
