import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const drizzleOnlyInRepos = {
  paths: [
    {
      name: 'drizzle-orm',
      message: 'Chỉ *.repo.ts và src/server/db được dùng Drizzle (docs/ARCHITECTURE.md).',
    },
  ],
  patterns: [{ group: ['drizzle-orm/*'], message: 'Chỉ *.repo.ts và src/server/db được dùng Drizzle.' }],
};

/**
 * One clock (ADR 0014): "today" is the Vietnam date, computed only by src/domain/calendar/today.ts. The UTC date of
 * an instant (`toISOString().slice(0, 10)`) is yesterday in Việt Nam from 00:00 to 07:00 there.
 */
const clockRule = {
  selector:
    "CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.type='CallExpression'][callee.object.callee.property.name=/^(toISOString|toJSON)$/]",
  message:
    'Ngày từ toISOString() là ngày UTC, không phải ngày Việt Nam: dùng vietnamDate(now), isoOfDay, addDays hoặc isIsoDate của src/domain/calendar (ADR 0014).',
};
const clockYearRule = {
  selector:
    "CallExpression[callee.property.name=/^getUTC(FullYear|Month|Date|Day)$/]:matches([callee.object.name='now'], [callee.object.property.name='now'])",
  message:
    'Năm/ngày của `now` theo UTC không phải của Việt Nam: dùng vietnamYear(now) / vietnamDate(now) (ADR 0014).',
};
const domainNoClock = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0]",
  message: 'src/domain nhận `now` làm tham số, không tự đọc đồng hồ.',
};
/** The web's "today" is todayIso()/todayPicker()/currentYear() of src/web/lib/dates.ts (the Vietnam date). */
const webTodayRules = [
  {
    selector: "CallExpression[callee.name='dayjs'][arguments.length=0]",
    message:
      'dayjs() là ngày theo múi giờ của trình duyệt: dùng todayPicker() của src/web/lib/dates.ts (ADR 0014).',
  },
  {
    selector:
      "CallExpression[callee.property.name=/^get(UTC)?(FullYear|Month|Date|Day)$/][callee.object.type='NewExpression'][callee.object.arguments.length=0]",
    message:
      'Năm/ngày hôm nay là của Việt Nam: dùng currentYear()/todayIso() của src/web/lib/dates.ts (ADR 0014).',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'src/server/db/migrations/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/only-throw-error': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-control-regex': 'off',
      'preserve-caught-error': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/domain/calendar/**'],
    rules: { 'no-restricted-syntax': ['error', clockRule, clockYearRule] },
  },
  // The dependency rule: the law is pure.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/server/**',
                '**/web/**',
                'node:*',
                'fs',
                'path',
                'pg',
                '@electric-sql/*',
                'drizzle-orm',
                'drizzle-orm/*',
                'fastify',
                'react',
              ],
              message: 'src/domain là luật thuần tuý: không I/O, không server, không web.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/domain không đọc môi trường.' }],
      'no-restricted-syntax': ['error', domainNoClock, clockRule, clockYearRule],
    },
  },
  {
    files: ['src/domain/calendar/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', domainNoClock] },
  },
  // Only repos and db/ touch Drizzle; routes never import repos.
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/**/*.repo.ts', 'src/server/db/**', 'src/server/**/*.test.ts', 'src/server/test/**'],
    rules: { 'no-restricted-imports': ['error', drizzleOnlyInRepos] },
  },
  {
    files: ['src/server/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...drizzleOnlyInRepos,
          patterns: [
            ...drizzleOnlyInRepos.patterns,
            { group: ['*.repo', '**/*.repo'], message: 'Route gọi service, không gọi repo.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**'], message: 'Web chỉ dùng API và src/domain.' }] },
      ],
      'no-restricted-syntax': ['error', clockRule, clockYearRule, ...webTodayRules],
    },
  },
  {
    files: ['src/web/lib/dates.ts'],
    rules: { 'no-restricted-syntax': ['error', clockRule, clockYearRule] },
  },
  {
    files: ['**/*.test.ts', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
