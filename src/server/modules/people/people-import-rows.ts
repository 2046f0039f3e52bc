/**
 * The people import's per-row work, run on the sheet worker thread (lib/excel-rows.worker.ts): header,
 * domain validation, unit by code or name, duplicates within the file, and the derived columns (name
 * search text and sort key; the citizen ID's blind index and ciphertext, with the data protector's keys
 * handed over by the main thread). The main thread gets batches of accepted rows and only matches them
 * against stored people and writes them (people-import.service.ts). No database here.
 */
import {
  type CellError,
  matchPersonColumn,
  PERSON_COLUMNS,
  type PersonColumnKey,
  parsePersonRow,
  type PersonRowRaw,
} from '../../../domain/people/person-row';
import { type ProtectorKeys, protectorFromKeys } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import type { SheetInfo } from '../../lib/excel-reader';
import type { SheetProcessor } from '../../lib/excel-worker';
import type { RejectedRow } from './people-excel';
import {
  buildUnitIndex,
  checkDuplicates,
  type KeyedRow,
  newSeenKeys,
  resolveUnit,
} from './people-import-match';
import { personSearchColumns } from './people.present';
import type { UnitRef } from './people.repo';

export interface ImportRowsInit {
  /** ISO date the import runs on (no date in the sheet may be later). */
  today: string;
  /** Units in force, and the actor's write scopes over them. */
  units: UnitRef[];
  scopes: 'all' | string[];
  /** Accepted rows per batch; the first batch is smaller, so that writing starts early. */
  batchSize: number;
  firstBatchSize: number;
  /** The data protector's keys (lib/crypto.ts), to make the blind index and ciphertext here. */
  keys: ProtectorKeys;
}

/** A row that passed every check that needs no database, with its derived columns, ready to match. */
export interface AcceptedRow extends KeyedRow {
  /** The row's cells in template order, joined by NUL (which XML text cannot hold), for the error report. */
  source: string;
  search: { fullName: string; searchText: string; sortKey: string };
}

export type ImportRowsOutput =
  /** The sheet's declared size, known once the header is read: the progress bar's end. */
  | { kind: 'total'; total: number }
  /** Accepted rows and the rows rejected among them; `processed` counts the sheet's rows up to here. */
  | { kind: 'batch'; rows: AcceptedRow[]; rejected: RejectedRow[]; processed: number };

export const CELL_SEPARATOR = '\u0000';

/** The header row → column index per template column; throws (Vietnamese) when a required one is missing. */
export function mapHeader(cells: string[]): Map<number, PersonColumnKey> {
  const map = new Map<number, PersonColumnKey>();
  cells.forEach((c, i) => {
    const key = c ? matchPersonColumn(c) : undefined;
    if (key && ![...map.values()].includes(key)) map.set(i, key);
  });
  for (const required of ['fullName', 'gender'] as const)
    if (![...map.values()].includes(required)) {
      const header = PERSON_COLUMNS.find((c) => c.key === required)!.header;
      throw new AppError(
        'BAD_REQUEST',
        `Không tìm thấy cột bắt buộc "${header}" ở dòng tiêu đề. Hãy dùng tệp mẫu tải từ hệ thống.`,
      );
    }
  return map;
}

/** The sheet processor of an import (see lib/excel-worker.ts): rows in, batches out. */
export function createSheetProcessor(init: ImportRowsInit): SheetProcessor<ImportRowsOutput> {
  const units = buildUnitIndex(init.units, init.scopes);
  const protector = protectorFromKeys(init.keys);
  const seen = newSeenKeys();
  let columns: [number, PersonColumnKey][] | undefined;
  let rows: AcceptedRow[] = [];
  let rejected: RejectedRow[] = [];
  let processed = 0;
  let batchSize = init.firstBatchSize;

  const batch = (): ImportRowsOutput => {
    const out = { kind: 'batch' as const, rows, rejected, processed };
    rows = [];
    rejected = [];
    batchSize = init.batchSize;
    return out;
  };
  const reject = (row: number, cells: string[], errors: CellError[]) => {
    rejected.push({ row, cells, errors });
  };

  return {
    row(rowNumber, cells, sheet: SheetInfo) {
      if (!cells.some((c) => c)) return undefined;
      if (!columns) {
        columns = [...mapHeader(cells)];
        // The declared size gives the progress bar its end; the exact count replaces it at the end.
        if (sheet.lastRow && sheet.lastRow > rowNumber)
          return { kind: 'total', total: sheet.lastRow - rowNumber };
        return undefined;
      }
      processed++;
      const raw: PersonRowRaw = {};
      for (const [i, key] of columns) raw[key] = cells[i] ?? '';
      const ordered = PERSON_COLUMNS.map((c) => raw[c.key] ?? '');
      const parsed = parsePersonRow(raw, init.today);
      if (!parsed.ok) reject(rowNumber, ordered, parsed.errors);
      else {
        const value = parsed.value;
        const unit = resolveUnit(units, value);
        const duplicate = unit.ok ? checkDuplicates(seen, rowNumber, value) : undefined;
        if (!unit.ok) reject(rowNumber, ordered, [unit.error]);
        else if (duplicate) reject(rowNumber, ordered, [duplicate]);
        else
          rows.push({
            rowNumber,
            source: ordered.join(CELL_SEPARATOR),
            value,
            unit: unit.unit ? { id: unit.unit.id, path: unit.unit.path } : null,
            search: personSearchColumns(value.fullName, value.externalCode),
            // Encrypted whether or not it is stored: a re-import of an unchanged ID keeps the stored one.
            hash: value.citizenId ? protector.blindIndex(value.citizenId) : null,
            cipher: value.citizenId ? protector.encrypt(value.citizenId) : null,
          });
      }
      return rows.length >= batchSize ? batch() : undefined;
    },
    end() {
      if (!columns)
        throw new AppError('BAD_REQUEST', 'Tệp không có dòng tiêu đề. Hãy dùng tệp mẫu tải từ hệ thống.');
      return batch();
    },
  };
}
