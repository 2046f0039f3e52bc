import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePeopleWorkbook } from '../modules/people/people.fixtures';
import { readFirstSheetRows, readFirstSheetRowsInWorker } from './excel';
import { newId } from './ids';

describe('reading a sheet in a worker thread', () => {
  it('gives the same rows, in the same order, as reading on this thread', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tdkt-xlsx-')), 'people.xlsx');
    await generatePeopleWorkbook(file, 1234, 3, { units: [{ code: null, name: 'Xã Xín Mần' }] });
    const here: string[] = [];
    const there: string[] = [];
    let lastRowHere: number | null | undefined;
    let lastRowThere: number | null | undefined;
    await readFirstSheetRows(file, (n, cells, sheet) => {
      here.push(`${n}|${cells.join('|')}`);
      lastRowHere = sheet.lastRow;
    });
    await readFirstSheetRowsInWorker(file, (n, cells, sheet) => {
      there.push(`${n}|${cells.join('|')}`);
      lastRowThere = sheet.lastRow;
    });
    expect(here).toHaveLength(1235);
    expect(there).toEqual(here);
    expect(there[1]).toContain('Xã Xín Mần');
    expect(lastRowThere).toBe(lastRowHere);
  });

  it('reports a file that is not a workbook as an error', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tdkt-xlsx-')), 'broken.xlsx');
    writeFileSync(file, 'PK\u0003\u0004 not really a zip');
    await expect(readFirstSheetRowsInWorker(file, () => undefined)).rejects.toThrow();
  });
});

describe('newId', () => {
  it('makes distinct UUID v7 values', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    expect(new Set(ids).size).toBe(5000);
    for (const id of ids.slice(0, 50))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
