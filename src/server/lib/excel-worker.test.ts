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
    );
    await expect(failing).rejects.toBeInstanceOf(AppError);
    await expect(failing).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Dòng 57 không đọc được',
      details: { row: 57 },
    });
  });

  it('reports a file that is not a workbook as an error', async () => {
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'tdkt-xlsx-')), 'broken.xlsx');
    writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    const reading = processSheetInWorker(broken, { module: FIXTURE, init: { chunk: 10 } }, () => {});
    await expect(reading).rejects.toThrow(/ZIP/);
    await expect(reading).rejects.not.toBeInstanceOf(AppError);
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
