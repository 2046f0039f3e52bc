import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The one-clock lint rule (ADR 0014) as eslint.config.js really configures it: the rule options in force for a
 * file are asked from ESLint itself, then applied to snippets (without type information, so it runs in a second).
 */
const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(path.join(root, file))) as {
    rules?: Record<string, Linter.RuleEntry>;
  };
  const rule = config.rules?.['no-restricted-syntax'];
  if (!rule) return [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        rules: { 'no-restricted-syntax': rule },
      },
    ],
    { filename: path.join(root, file) },
  );
  return messages.map((m) => m.message);
}

const UTC_DATE = /ngày UTC/;
const UTC_YEAR = /theo UTC/;
const WEB_TODAY = /src\/web\/lib\/dates\.ts/;

describe('lint: "today" from toISOString() is refused outside src/domain/calendar', () => {
  it.each<[string, string, string, RegExp | null]>([
    [
      'a service',
      'src/server/modules/decisions/x.service.ts',
      'const t = ctx.now.toISOString().slice(0, 10);',
      UTC_DATE,
    ],
    [
      'substring',
      'src/server/modules/ledger/x.ts',
      'const t = new Date().toISOString().substring(0, 10);',
      UTC_DATE,
    ],
    ['substr', 'src/server/db/seed/x.ts', 'const t = demo.now.toISOString().substr(0, 10);', UTC_DATE],
    ['toJSON', 'src/server/portal/x.ts', 'const t = now.toJSON().slice(0, 10);', UTC_DATE],
    [
      'a test file too',
      'src/server/modules/decisions/x.test.ts',
      'const today = new Date().toISOString().slice(0, 10);',
      UTC_DATE,
    ],
    [
      'the domain',
      'src/domain/org/x.ts',
      'export const f = (d: Date) => d.toISOString().slice(0, 10);',
      UTC_DATE,
    ],
    ['the web', 'src/web/features/x.tsx', 'const t = new Date().toISOString().slice(0, 10);', UTC_DATE],
    ['an e2e journey', 'e2e/x.spec.ts', 'const t = new Date().toISOString().slice(0, 10);', UTC_DATE],
    ['the UTC year of ctx.now', 'src/server/modules/x.ts', 'const y = ctx.now.getUTCFullYear();', UTC_YEAR],
    ['the UTC year of now', 'src/server/modules/x.ts', 'const y = now.getUTCFullYear();', UTC_YEAR],
    ['dayjs() in the web', 'src/web/features/x.tsx', 'const d = dayjs();', WEB_TODAY],
    [
      'new Date().getFullYear() in the web',
      'src/web/features/x.tsx',
      'const y = new Date().getFullYear();',
      WEB_TODAY,
    ],
    [
      'calendar/today.ts is the one place',
      'src/domain/calendar/today.ts',
      'const t = new Date(x).toISOString().slice(0, 10);',
      null,
    ],
    ['vietnamDate', 'src/server/modules/x.ts', 'const t = vietnamDate(ctx.now);', null],
    ['slicing a list', 'src/server/modules/x.ts', 'const t = pending.slice(0, 10).join(", ");', null],
    [
      'slicing a stored ISO date',
      'src/server/modules/x.ts',
      'const y = Number(d.decisionDate.slice(0, 4));',
      null,
    ],
    [
      'dayjs of a value in the web',
      'src/web/features/x.tsx',
      "const d = dayjs('2026-12-08', 'YYYY-MM-DD');",
      null,
    ],
    ['the web helper itself', 'src/web/lib/dates.ts', 'const d = dayjs(iso, "YYYY-MM-DD", true);', null],
  ])('%s (%s)', async (_, file, code, expected) => {
    const found = await problems(file, code);
    if (expected === null) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(expected);
    }
  });
});
