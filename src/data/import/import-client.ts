import type {
  ImportIssue,
  ImportOptions,
  ImportRequest,
  ImportResponse,
  ImportResult,
} from '../../domain/import';
import { CANCELLED, ImportError } from './import-error';

export { ImportError };

let nextId = 1;

/**
 * Imports a file in a module Web Worker (parsers load there, lazily). `result` resolves with
 * the WGS-84 features or rejects with an ImportError whose `.issue` holds the i18n code;
 * `cancel()` terminates the worker and rejects at once with code 'import.error.cancelled'.
 * Each call has its own worker, ended when the import settles.
 */
export function startImport(
  file: Blob,
  fileName: string,
  options: ImportOptions,
  onProgress?: (loaded: number, total: number) => void,
): { result: Promise<ImportResult>; cancel: () => void } {
  const id = nextId++;
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: { result: ImportResult } | { issue: ImportIssue }) => void = () => {};
  const result = new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      if ('result' in outcome) resolve(outcome.result);
      else reject(new ImportError(outcome.issue));
    };
  });
  const features: ImportResult['features'] = [];
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const msg = event.data;
    if (msg.id !== id) return;
    if (msg.type === 'progress') onProgress?.(msg.loaded, msg.total);
    else if (msg.type === 'features') for (const f of msg.features) features.push(f);
    else if (msg.type === 'done') settle({ result: { ...msg.result, features } });
    else settle({ issue: msg.error });
  };
  worker.onmessageerror = () => {
    settle({
      issue: { index: null, code: 'import.error.internal', params: { detail: 'message' } },
    });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const detail = event.message || 'worker failed to start';
    settle({ issue: { index: null, code: 'import.error.internal', params: { detail } } });
  };
  const request: ImportRequest = { type: 'import', id, file, fileName, options };
  worker.postMessage(request);
  return {
    result,
    cancel: () => settle({ issue: { index: null, code: CANCELLED } }),
  };
}
