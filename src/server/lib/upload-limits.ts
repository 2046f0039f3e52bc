import { AppError } from './errors';

/**
 * Every limit on uploaded files, in one place, with its Vietnamese message. A file is refused as soon as
 * a limit is passed while it is being received or read, never after it has been loaded: an upload of a
 * few hundred kilobytes can inflate to gigabytes (zip bombs) or hold a million empty rows.
 *
 * Spreadsheets (imports) are read by lib/excel-reader.ts on a worker thread (lib/excel-worker.ts) whose
 * memory is capped by SHEET_WORKER_RESOURCES; attachments (PDF, Word, images) are checked by
 * lib/files.ts. The sizes of legitimate files are far below these: a 50,000-row people sheet is 6 MB
 * compressed and 41 MB of XML (compression ratio 7); Excel's own limit for a cell is 32,767 characters.
 */

const MB = 1024 * 1024;

/** Largest upload (the file as sent, compressed) per route; a larger one is cut off while received → 413. */
export const UPLOAD_MAX_BYTES = {
  peopleImport: 20 * MB,
  registrationsImport: 5 * MB,
  lineageImport: 5 * MB,
  annexImport: 5 * MB,
  nominationsImport: 2 * MB,
  scoringTableImport: 2 * MB,
  attachment: 10 * MB,
} as const;

/** The largest of them: the multipart parser's own ceiling (app.ts). */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_MAX_BYTES));

/** What reading one .xlsx may cost; each is checked while reading. */
export interface SheetLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** All parts read (sheet, shared strings, workbook, styles), inflated, together. */
  maxInflatedBytes: number;
  /** Inflated ÷ compressed size of a part (declared, and then never exceeded), past RATIO_GRACE_BYTES. */
  maxRatio: number;
  /** Parts in the ZIP (each has a directory record that is read). */
  maxZipEntries: number;
  /** `<row>` elements of the sheet, blank ones included. */
  maxRows: number;
  /** Column of any cell holding a value (A = 1). */
  maxColumns: number;
  /** Characters of one cell (Excel's own limit). */
  maxCellChars: number;
  /** Characters of all cells together (a long shared string counts once per cell that uses it). */
  maxTotalChars: number;
  /** Bytes of one row's XML. */
  maxRowBytes: number;
  maxSharedStrings: number;
  /** Bytes of the shared strings part, inflated. */
  maxSharedStringsBytes: number;
  /** Wall-clock seconds the sheet worker may run (a people import includes waiting for its writes). */
  maxSeconds: number;
}

/** A part this small may compress as well as it likes (a blank sheet, a short template). */
export const RATIO_GRACE_BYTES = 1 * MB;
/** workbook.xml, its relationships and styles.xml are read whole: this is their ceiling. */
export const MAX_SMALL_PART_BYTES = 16 * MB;

/** For the small imports (at most a few thousand rows of a template of about ten columns). */
function smallSheet(maxFileBytes: number, maxDataRows: number): SheetLimits {
  return {
    maxFileBytes,
    maxInflatedBytes: 64 * MB,
    maxRatio: 100,
    maxZipEntries: 1000,
    // Title lines, blank and formatted rows left by Excel: twice the data rows the import accepts.
    maxRows: 2 * maxDataRows + 100,
    maxColumns: 200,
    maxCellChars: 32_767,
    maxTotalChars: 16 * 1024 * 1024,
    maxRowBytes: 2 * MB,
    maxSharedStrings: 200_000,
    maxSharedStringsBytes: 32 * MB,
    maxSeconds: 60,
  };
}

export const SHEET_LIMITS = {
  /** Up to about 200,000 people in 20 MB. */
  people: {
    maxFileBytes: UPLOAD_MAX_BYTES.peopleImport,
    maxInflatedBytes: 512 * MB,
    maxRatio: 100,
    maxZipEntries: 1000,
    maxRows: 300_000,
    maxColumns: 200,
    maxCellChars: 32_767,
    maxTotalChars: 256 * 1024 * 1024,
    maxRowBytes: 2 * MB,
    maxSharedStrings: 2_000_000,
    maxSharedStringsBytes: 128 * MB,
    maxSeconds: 60 * 60,
  },
  registrations: smallSheet(UPLOAD_MAX_BYTES.registrationsImport, 5000),
  lineage: smallSheet(UPLOAD_MAX_BYTES.lineageImport, 5000),
  annex: smallSheet(UPLOAD_MAX_BYTES.annexImport, 5000),
  nominations: smallSheet(UPLOAD_MAX_BYTES.nominationsImport, 500),
  scoringTable: smallSheet(UPLOAD_MAX_BYTES.scoringTableImport, 1000),
} satisfies Record<string, SheetLimits>;

/**
 * The sheet worker's heap. Within the limits above a sheet never needs more; a file that still does ends
 * the worker (ERR_WORKER_OUT_OF_MEMORY), not the process.
 */
export const SHEET_WORKER_RESOURCES = {
  maxOldGenerationSizeMb: 384,
  maxYoungGenerationSizeMb: 48,
  stackSizeMb: 4,
} as const;

/** Attachments (PDF, Word, images): what is checked of their content besides the size. */
export const ATTACHMENT_LIMITS = {
  maxBytes: UPLOAD_MAX_BYTES.attachment,
  /** A .docx: every part inflated, together (a long report with pictures is a few tens of MB). */
  maxInflatedBytes: 256 * MB,
  maxRatio: 100,
  maxZipEntries: 5000,
  /** Pixels of an image (width × height) and its longest side. */
  maxImagePixels: 100_000_000,
  maxImageSide: 30_000,
} as const;

const mb = (bytes: number) => Math.round(bytes / MB);
const n = (count: number) => count.toLocaleString('vi-VN');

/** The refusals, in Vietnamese. `what` names the kind of file ("Tệp Excel", "Tệp Word"). */
export const uploadRefusal = {
  tooLarge: (maxBytes: number) =>
    new AppError('PAYLOAD_TOO_LARGE', `Tệp tải lên vượt quá dung lượng cho phép (${mb(maxBytes)} MB).`),
  inflatedTooLarge: (what: string, maxBytes: number) =>
    new AppError('PAYLOAD_TOO_LARGE', `${what} quá lớn sau khi giải nén (giới hạn ${mb(maxBytes)} MB).`),
  ratio: (what: string, maxRatio: number) =>
    new AppError(
      'BAD_REQUEST',
      `${what} bị nén bất thường (hơn ${maxRatio} lần) nên không được đọc. Hãy mở tệp bằng chương trình soạn thảo rồi lưu lại trước khi tải lên.`,
    ),
  lyingSize: (what: string) =>
    new AppError('BAD_REQUEST', `${what} hỏng: kích thước ghi trong tệp không khớp với nội dung.`),
  tooManyParts: (what: string, max: number) =>
    new AppError('BAD_REQUEST', `${what} có quá nhiều thành phần (giới hạn ${n(max)}).`),
  rows: (max: number) =>
    new AppError('BAD_REQUEST', `Tệp Excel có quá nhiều dòng (giới hạn ${n(max)} dòng, kể cả dòng trống).`),
  columns: (row: number, max: number) =>
    new AppError('BAD_REQUEST', `Dòng ${row} của tệp Excel có ô nằm ngoài ${n(max)} cột đầu tiên.`),
  cell: (row: number | null, max: number) =>
    new AppError(
      'BAD_REQUEST',
      `${row === null ? 'Tệp Excel' : `Dòng ${row} của tệp Excel`} có ô dài quá ${n(max)} ký tự.`,
    ),
  rowBytes: (max: number) =>
    new AppError('BAD_REQUEST', `Tệp Excel có dòng quá lớn (giới hạn ${mb(max)} MB mỗi dòng).`),
  totalChars: (max: number) =>
    new AppError('PAYLOAD_TOO_LARGE', `Tệp Excel chứa quá nhiều chữ (giới hạn ${n(max)} ký tự).`),
  sharedStrings: (max: number) =>
    new AppError('BAD_REQUEST', `Tệp Excel có quá nhiều chuỗi dùng chung (giới hạn ${n(max)}).`),
  sharedStringsBytes: (max: number) =>
    new AppError(
      'PAYLOAD_TOO_LARGE',
      `Bảng chuỗi dùng chung của tệp Excel quá lớn sau khi giải nén (giới hạn ${mb(max)} MB).`,
    ),
  workerMemory: () =>
    new AppError(
      'PAYLOAD_TOO_LARGE',
      `Tệp Excel cần quá nhiều bộ nhớ để đọc (giới hạn ${SHEET_WORKER_RESOURCES.maxOldGenerationSizeMb} MB); hãy chia thành nhiều tệp nhỏ hơn.`,
    ),
  timeout: (seconds: number) =>
    new AppError(
      'BAD_REQUEST',
      `Đọc tệp Excel quá lâu (hơn ${n(seconds)} giây) nên đã dừng; hãy chia thành nhiều tệp nhỏ hơn.`,
    ),
  unreadable: (reason: string) =>
    new AppError(
      'BAD_REQUEST',
      `Không đọc được tệp Excel (${reason}). Hãy lưu lại tệp dạng Excel Workbook (.xlsx), tốt nhất từ tệp mẫu tải từ hệ thống.`,
    ),
  notXlsx: () =>
    new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Tệp không đúng định dạng Excel (.xlsx). Hãy dùng tệp mẫu tải từ hệ thống.',
    ),
};
