import { unzipSync } from 'fflate';
import { fail } from './import-error';

/** The files of a zip by path (macOS resource forks dropped); a damaged zip is refused. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return fail('import.error.badZip');
  }
  for (const name of Object.keys(files)) {
    if (name.includes('__MACOSX/') || name.endsWith('/')) delete files[name];
  }
  return files;
}

/** The first file whose name ends with `ext` (any case), with its path. */
export function findByExtension(
  files: Record<string, Uint8Array>,
  ext: string,
): [string, Uint8Array][] {
  return Object.entries(files).filter(([name]) => name.toLowerCase().endsWith(ext));
}
