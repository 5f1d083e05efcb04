/**
 * Encodes text as a QR code with the `qrcode` library (maintained, no native
 * code), at build time. Drawing is src/lib/brand/qr.ts.
 */
import QRCode from 'qrcode';
import type { QrMatrix } from '../lib/brand/qr';

/**
 * The modules of `text`. Level M (15 % of the code may be lost) suits printed labels: a scratch or
 * a fold still scans, and the code stays small enough for a 3 cm square.
 */
export function qrMatrix(text: string, level: 'L' | 'M' | 'Q' | 'H' = 'M'): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: level });
  return { size: modules.size, dark: (x, y) => !!modules.get(y, x) };
}
