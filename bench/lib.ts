import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { newId } from '../src/server/lib/ids';

/** Benchmarks run on a fresh PostgreSQL database (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server). */
export const BASE_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

export async function freshPostgres(
  label: string,
): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  const name = `tdkt_bench_${label}_${newId().replace(/-/g, '').slice(-12)}`;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 4);
  await migrate(database);
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: BASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function freshPglite(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const database = await openPglite('memory://');
  await migrate(database);
  return { database, drop: () => database.close() };
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    n: samples.length,
    p50: at(0.5),
    p95: at(0.95),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

/** Times `fn` for each input, interleaving candidate and baseline so machine noise hits both alike. */
export async function compare<T>(
  inputs: T[],
  candidate: (input: T) => Promise<unknown>,
  baseline: (input: T) => Promise<unknown>,
  warmup = 5,
): Promise<{ candidate: Stats; baseline: Stats }> {
  for (const input of inputs.slice(0, warmup)) {
    await candidate(input);
    await baseline(input);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (const input of inputs) {
    let t = performance.now();
    await candidate(input);
    a.push(performance.now() - t);
    t = performance.now();
    await baseline(input);
    b.push(performance.now() - t);
  }
  return { candidate: stats(a), baseline: stats(b) };
}

export const ms = (v: number) => `${v.toFixed(2)} ms`;

/** Deterministic PRNG (mulberry32) for generated data. */
export function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
