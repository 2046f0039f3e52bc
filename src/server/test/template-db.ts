import type { PGlite } from '@electric-sql/pglite';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres } from '../db/client';
import { migrate } from '../db/migrate';
import { loadEnv } from '../env';

/**
 * Vitest global setup of the integration project: the migrations run ONCE per test run, into a template that
 * every test file copies — a PGlite data directory dumped to a file, and on PostgreSQL a template database
 * (`CREATE DATABASE … TEMPLATE`). Before, each of the ~50 files migrated its own fresh database.
 */
export interface TemplateInfo {
  pgliteFile: string;
  postgresTemplate: string | null;
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

export async function buildPgliteTemplate(file: string): Promise<void> {
  const database = await openPglite('memory://');
  await migrate(database);
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const blob = await client.dumpDataDir('none');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  await database.close();
}

export async function buildPostgresTemplate(url: string, name: string): Promise<void> {
  await adminQuery(url, `drop database if exists ${name} with (force)`);
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), 1);
  await migrate(database);
  await database.close();
}

export async function adminQuery(url: string, query: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: { provide: (key: 'testTemplate', value: TemplateInfo) => void }) {
  const pgliteFile = path.join(root, '.tmp', 'test-template', `pglite-${process.pid}.tar`);
  await buildPgliteTemplate(pgliteFile);
  const url = loadEnv().TEST_DATABASE_URL;
  const postgresTemplate = url ? `tdkt_template_${process.pid}` : null;
  if (url && postgresTemplate) await buildPostgresTemplate(url, postgresTemplate);
  project.provide('testTemplate', { pgliteFile, postgresTemplate });
  return async () => {
    const { rmSync } = await import('node:fs');
    rmSync(pgliteFile, { force: true });
    if (url && postgresTemplate) await adminQuery(url, `drop database if exists ${postgresTemplate} with (force)`);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplate: TemplateInfo;
  }
}
