/** QR codes for printed matter, from the `qrcode` package (error correction M: a poster may get a scuff). */
import QRCode from 'qrcode';
import { qrSvg, type QrMatrix } from '../../lib/print/qr-path';
import type { Box } from '../../lib/geo/locator';

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, col) => !!modules.get(row, col) };
}

/** The code for `text` drawn into the square `box` (its width), quiet zone included. */
export const drawQr = (text: string, box: Box, colour?: string) => qrSvg(qrMatrix(text), box.x, box.y, box.width, colour);
