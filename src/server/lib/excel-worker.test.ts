import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePeopleWorkbook } from '../modules/people/people.fixtures';
import { AppError } from './errors';
import { processSheetInWorker, readFirstSheetRows } from './excel';
import type { RowChunk } from './excel-worker.fixture';
import { newId } from './ids';
import { SHEET_LIMITS } from './upload-limits';

const FIXTURE = new URL('./excel-worker.fixture.ts', import.meta.url);
let file: string;
beforeAll(async () => {
  file = path.join(mkdtempSync(path.join(tmpdir(), 'tdkt-xlsx-')), 'people.xlsx');
  await generatePeopleWorkbook(file, 1234, 3, { units: [{ code: null, name: 'Xã Xín Mần' }] });
});

describe('processing a sheet on a worker thread', () => {
  it('hands over the processor’s outputs with the same rows, in order, as reading on this thread', async () => {
    const here: string[] = [];
    await readFirstSheetRows(file, (n, cells) => void here.push(`${n}|${cells.join('|')}`));
    const chunks: RowChunk[] = [];
    await processSheetInWorker<{ chunk: number }, RowChunk>(
      file,
      { module: FIXTURE, init: { chunk: 100 } },
      async (chunk) => {
        chunks.push(chunk);
        // A slow consumer still gets every output, in order.
        await sleep(5);
      },
      SHEET_LIMITS.people,
    );
    expect(here).toHaveLength(1235);
    expect(chunks.map((c) => c.rows.length)).toEqual([...Array(12).fill(100), 35]);
    expect(chunks.flatMap((c) => c.rows)).toEqual(here);
    expect(chunks[1]!.rows[0]).toContain('Xã Xín Mần');
  });

  it('rethrows an AppError of the processor with its code and details', async () => {
    const failing = processSheetInWorker(
      file,
      { module: FIXTURE, init: { chunk: 10, failAt: 57 } },
      () => {},
      SHEET_LIMITS.people,
    );
    await expect(failing).rejects.toBeInstanceOf(AppError);
    await expect(failing).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Dòng 57 không đọc được',
      details: { row: 57 },
    });
  });

  it('reports a file that is not a workbook as a 400 naming the reason', async () => {
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'tdkt-xlsx-')), 'broken.xlsx');
    writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    const reading = processSheetInWorker(
      broken,
      { module: FIXTURE, init: { chunk: 10 } },
      () => {},
      SHEET_LIMITS.people,
    );
    await expect(reading).rejects.toBeInstanceOf(AppError);
    await expect(reading).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/Không đọc được tệp Excel \(.*ZIP/),
    });
  });

  it('stops reading when the consumer returns false', async () => {
    const chunks: RowChunk[] = [];
    await processSheetInWorker<{ chunk: number }, RowChunk>(
      file,
      { module: FIXTURE, init: { chunk: 100 } },
      (chunk) => {
        chunks.push(chunk);
        return chunks.length < 3 ? undefined : false;
      },
      SHEET_LIMITS.people,
    );
    expect(chunks).toHaveLength(3);
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
