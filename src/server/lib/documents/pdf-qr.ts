import {
  closePath,
  fill,
  lineTo,
  moveTo,
  type PDFOperator,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
} from 'pdf-lib';
import QRCode from 'qrcode';

/**
 * A QR code drawn as vector rectangles (no image): crisp in print, tiny in the file. Each dark run of a row is
 * one rectangle, so a 33×33 code is ~300 path segments rather than ~550 squares.
 */
export function qrOperators(text: string, x: number, y: number, size: number): PDFOperator[] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
  for (let row = 0; row < n; row++) {
    const top = y + size - (row + quiet) * cell;
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      const left = x + (start + quiet) * cell;
      const right = x + (col + quiet) * cell;
      ops.push(
        moveTo(left, top),
        lineTo(right, top),
        lineTo(right, top - cell),
        lineTo(left, top - cell),
        closePath(),
      );
    }
  }
  ops.push(fill(), popGraphicsState());
  return ops;
}
