import {
  concatTransformationMatrix,
  fill,
  type PDFOperator,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
} from 'pdf-lib';
import QRCode from 'qrcode';

/**
 * A QR code drawn as vector rectangles (no image): crisp in print, small in the file. The matrix is scaled
 * once (`cm`) so that every rectangle is in whole module units, and each dark run of a row is one `re`, so a
 * 33×33 code is ~300 short operators rather than ~550 squares with fractional coordinates.
 */
export function qrOperators(text: string, x: number, y: number, size: number): PDFOperator[] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    setFillingRgbColor(0, 0, 0),
    // Module (col, row) → page: x + (col + quiet)·cell, y + size − (row + quiet)·cell (rows go down).
    concatTransformationMatrix(cell, 0, 0, -cell, x + quiet * cell, y + size - quiet * cell),
  ];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      ops.push(rectangle(start, row, col - start, 1));
    }
  }
  ops.push(fill(), popGraphicsState());
  return ops;
}
