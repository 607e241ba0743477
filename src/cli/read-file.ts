// Reading a file a user named, safely: its size is checked before a byte is read (a 50 MB file fails at once),
// and every way it can go wrong becomes a short message with a code, never an exception.
import { open, stat } from 'node:fs/promises';

export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export type FileProblem =
  | 'file-missing'
  | 'file-not-regular'
  | 'file-unreadable'
  | 'file-too-large'
  | 'file-empty'
  | 'file-binary';

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: FileProblem; readonly message: string };

const fail = (code: FileProblem, message: string): ReadResult => ({ ok: false, code, message });

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface SizeLimit {
  readonly bytes: number;
  /** the limit as a user should read it, when the bytes only bound it ("2,000,000 characters"); else the bytes */
  readonly said?: string;
}

/**
 * Read a UTF-8 text file within a size limit. Messages are predicates to put after the file's name
 * ("does not exist", "is a directory, not a save file"); `what` names the kind of file in them.
 */
export async function readTextFile(path: string, what = 'file', limit: SizeLimit = { bytes: MAX_FILE_BYTES }): Promise<ReadResult> {
  const maxBytes = limit.bytes;
  const said = limit.said ?? formatBytes(maxBytes);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('file-not-regular', `is a directory, not a ${what}`);
    if (!info.isFile()) return fail('file-not-regular', `is not a regular file, so it cannot be a ${what}`);
    size = info.size;
  } catch (error) {
    return fromSystemError(error, what);
  }
  if (size > maxBytes) {
    return fail('file-too-large', `is ${formatBytes(size)}; a ${what} may be at most ${said}`);
  }
  let bytes: Buffer;
  try {
    bytes = await readAtMost(path, maxBytes + 1);
  } catch (error) {
    return fromSystemError(error, what);
  }
  // The file may have grown since it was measured.
  if (bytes.length > maxBytes) return fail('file-too-large', `is larger than ${said}, the limit for a ${what}`);
  if (bytes.length === 0) return fail('file-empty', `is empty; a ${what} cannot be empty`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail('file-binary', `is not a text file (it holds a NUL byte at byte ${nul + 1})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('file-binary', 'is not a text file (it is not valid UTF-8)');
  }
  if (text.trim() === '') return fail('file-empty', `holds only blank space; a ${what} cannot be empty`);
  return { ok: true, text };
}

async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let filled = 0;
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function fromSystemError(error: unknown, what: string): ReadResult {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return fail('file-missing', `does not exist`);
    case 'ENOTDIR':
      return fail('file-missing', 'does not exist (a part of its path is not a directory)');
    case 'EACCES':
    case 'EPERM':
      return fail('file-unreadable', `cannot be read: permission denied`);
    case 'EISDIR':
      return fail('file-not-regular', `is a directory, not a ${what}`);
    case 'ENAMETOOLONG':
      return fail('file-missing', 'cannot exist: its name is too long');
    default:
      return fail('file-unreadable', `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
}
