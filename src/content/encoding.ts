/**
 * Reads a content file as UTF-8, refusing bytes that are not UTF-8 (a file
 * saved as Windows-1252 or Latin-1 by an old editor) with the line they are
 * on. A byte-order mark and Windows (CRLF) line endings are fine.
 */
import { readFileSync } from 'node:fs';

export interface DecodedFile {
  /** The text; invalid bytes become U+FFFD, so the rest of the file can still be checked. */
  text: string;
  /** 1-based line and column (in characters) of the first byte that is not UTF-8. */
  invalidAt?: { line: number; column: number };
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function decodeUtf8(bytes: Uint8Array): DecodedFile {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const good = lenient.decode(bytes.subarray(0, firstInvalid(bytes)));
    const lines = good.split('\n');
    return {
      text: lenient.decode(bytes),
      invalidAt: { line: lines.length, column: [...lines.at(-1)!].length + 1 },
    };
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
export function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (!n || i + n > bytes.length) return i;
    try {
      strict.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return bytes.length;
}

export const readUtf8 = (file: string): DecodedFile => decodeUtf8(readFileSync(file));
