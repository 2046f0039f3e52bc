import { randomUUID } from 'node:crypto';

/**
 * Builds hostile requests for one write route of the OpenAPI document: every probe has at least one
 * defect (a malformed body, a bad id, a missing credential), so every answer must be a 4xx and nothing
 * may be written. Bodies are generated from the route's requestBody JSON schema.
 */

export type JsonSchema = Record<string, unknown>;
export interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}
export interface OpenApiOperation {
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  /** `[]` = public: the route answers without signing in (self-contained law data, previews). */
  security?: unknown[];
}

export interface Probe {
  label: string;
  url: string;
  /** 'full' = session cookie + CSRF header; the others drop or spoil a credential. */
  auth: 'full' | 'no-csrf' | 'wrong-csrf' | 'none' | 'bad-bearer';
  payload?: string;
  contentType?: string;
}

/** Ids a probe may put in params or bodies: the actor's own records and another tenant's. */
export interface IdBook {
  own: (paramOrField: string, segment: string) => string;
  foreign: { kind: string; id: string }[];
  foreignFor: (field: string) => string;
}

let counter = 0;

export function resolve(doc: OpenApiDoc, schema: JsonSchema | undefined, depth = 0): JsonSchema {
  if (!schema || depth > 20) return {};
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/schemas/', '');
    return resolve(doc, doc.components?.schemas?.[name], depth + 1);
  }
  return schema;
}

/** The branches of a union, null left out. */
function branches(doc: OpenApiDoc, s: JsonSchema): JsonSchema[] {
  const list = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (!list) return [s];
  return list.map((b) => resolve(doc, b)).filter((b) => b.type !== 'null');
}

/** JSON types a schema accepts; undefined when it accepts anything. */
export function acceptedTypes(doc: OpenApiDoc, schema: JsonSchema): Set<string> | undefined {
  const s = resolve(doc, schema);
  const out = new Set<string>();
  for (const b of (s.anyOf ?? s.oneOf ?? s.allOf ?? [s]) as JsonSchema[]) {
    const r = resolve(doc, b);
    if (r.anyOf || r.oneOf) {
      const inner = acceptedTypes(doc, r);
      if (!inner) return undefined;
      inner.forEach((t) => out.add(t));
      continue;
    }
    const type = r.type;
    if (Array.isArray(type)) type.forEach((t) => out.add(String(t)));
    else if (typeof type === 'string') out.add(type);
    else if (r.enum) (r.enum as unknown[]).forEach((v) => out.add(v === null ? 'null' : typeof v));
    else if ('const' in r) out.add(r.const === null ? 'null' : typeof r.const);
    else return undefined;
  }
  if (out.has('integer')) out.add('number');
  return out;
}

const STRING_CANDIDATES = [
  '2024-05-01',
  'ma-thu-01',
  'Giá trị thử',
  'abc',
  'ABC',
  '001',
  '01',
  '0123456789',
  '012345678901',
  '0912345678',
  'a',
];

function sampleString(s: JsonSchema): string {
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : 1000;
  switch (s.format) {
    case 'email':
      return `hostile.${++counter}@example.com`;
    case 'uuid':
      return randomUUID();
    case 'date':
      return '2024-05-01';
    case 'date-time':
      return '2030-01-01T00:00:00.000Z';
  }
  const fits = (v: string) => v.length >= min && v.length <= max;
  if (typeof s.pattern === 'string') {
    let re: RegExp | undefined;
    try {
      re = new RegExp(s.pattern, 'u');
    } catch {
      re = undefined;
    }
    const hit = STRING_CANDIDATES.find((c) => fits(c) && (!re || re.test(c)));
    if (hit) return hit;
  }
  const base = 'Giá trị thử';
  return (base.length >= min ? base : base + 'x'.repeat(min - base.length)).slice(0, max);
}

/** A value that looks valid for the schema: required properties only, or all of them when `full`. */
export function validLike(doc: OpenApiDoc, schema: JsonSchema | undefined, full = false, depth = 0): unknown {
  const s = resolve(doc, schema);
  if (depth > 8) return null;
  const first = branches(doc, s)[0] ?? s;
  if (first !== s) return validLike(doc, first, full, depth + 1);
  if (s.allOf) return validLike(doc, (s.allOf as JsonSchema[])[0], full, depth + 1);
  if (Array.isArray(s.enum)) return s.enum[0];
  if ('const' in s) return s.const;
  const type: unknown = Array.isArray(s.type) ? (s.type as unknown[]).find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((s.required ?? []) as string[]);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(props))
        if (full || required.has(k)) out[k] = validLike(doc, v, full, depth + 1);
      return out;
    }
    case 'array': {
      const n = Math.max(typeof s.minItems === 'number' ? s.minItems : 0, full ? 1 : 0);
      return Array.from({ length: n }, () => validLike(doc, s.items as JsonSchema, full, depth + 1));
    }
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number': {
      const min =
        typeof s.minimum === 'number'
          ? s.minimum
          : typeof s.exclusiveMinimum === 'number'
            ? s.exclusiveMinimum + 1
            : 1;
      return typeof s.maximum === 'number' ? Math.min(min, s.maximum) : min;
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'Giá trị thử';
  }
}

const WRONG_VALUES: [string, unknown][] = [
  ['number', 12345],
  ['string', 'chuỗi sai kiểu'],
  ['boolean', true],
  ['object', { sai: 1 }],
  ['array', [1, 2, 3]],
];

/** Values of a type the field does not accept (nothing when it accepts anything). */
export function wrongValues(doc: OpenApiDoc, schema: JsonSchema): [string, unknown][] {
  const accepted = acceptedTypes(doc, schema);
  if (!accepted) return [];
  const out = WRONG_VALUES.filter(([t]) => !accepted.has(t));
  const s = resolve(doc, schema);
  const constrained = branches(doc, s).every(
    (b) => b.type === 'string' && (b.enum || b.format || b.pattern || b.const !== undefined),
  );
  if (accepted.has('string') && constrained) out.push(['string sai định dạng', 'giá trị sai định dạng ☃']);
  if (accepted.has('number') && !accepted.has('string')) out.push(['số âm khổng lồ', -1e308]);
  return out;
}

export function deepValue(levels: number): unknown {
  let v: unknown = 'đáy';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

/** Paths (property chains) of uuid-format strings in a generated body. */
export function uuidFields(
  doc: OpenApiDoc,
  schema: JsonSchema,
  path: (string | number)[] = [],
  depth = 0,
): (string | number)[][] {
  const s = resolve(doc, schema);
  if (depth > 6) return [];
  const b = branches(doc, s)[0] ?? s;
  if (b.format === 'uuid') return [path];
  if (b.type === 'object' && b.properties)
    return Object.entries(b.properties as Record<string, JsonSchema>).flatMap(([k, v]) =>
      uuidFields(doc, v, [...path, k], depth + 1),
    );
  if (b.type === 'array' && b.items) return uuidFields(doc, b.items as JsonSchema, [...path, 0], depth + 1);
  return [];
}

export function setPath(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = leaf;
  return copy;
}

/**
 * Values of the right JSON type that no field may take: a lone UTF-16 surrogate or a control character in
 * text, whitespace alone in a required text, an integer past int4, a date outside every plausible window
 * (and, for dates of acts and plans, 1900). Each is a defect on its own.
 */
export function hostileValues(doc: OpenApiDoc, schema: JsonSchema, required: boolean): [string, unknown][] {
  const accepted = acceptedTypes(doc, schema);
  if (!accepted) return [];
  const out: [string, unknown][] = [];
  const leaves = branches(doc, resolve(doc, schema));
  const date = leaves.find((b) => b.format === 'date');
  if (date) {
    out.push(['ngày 0001-01-01', '0001-01-01'], ['ngày 9999-12-31', '9999-12-31']);
    if (date['x-date-window'] === 'act' || date['x-date-window'] === 'plan')
      out.push(['ngày 1900-01-01', '1900-01-01']);
  }
  if (accepted.has('string')) {
    out.push(['mã UTF-16 lẻ', 'Giá trị\ud800'], ['ký tự NUL', 'Giá\u0000trị'], ['ký tự ESC', 'Giá trị\u001b[2J']);
    const freeText = leaves.every((b) => b.type === 'string' && !b.enum && !b.format && b.const === undefined);
    if (required && freeText && !accepted.has('null')) out.push(['chỉ khoảng trắng', ' \t\u00a0\u3000 ']);
  }
  if (accepted.has('integer') && !accepted.has('string'))
    out.push(['số vượt int4', 2_147_483_648], ['số âm vượt int4', -2_147_483_649]);
  return out;
}

const BAD_IDS = [
  'abc',
  '123',
  "1'%20OR%20'1'%3D'1",
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '%C4%90%C6%A1n-v%E1%BB%8B',
  '00000000-0000-0000-0000-00000000000g',
  'x'.repeat(300),
  '%E0%A4%A',
  '%ZZ',
];

const INVALID_JSON = [
  '{"a":',
  '{,}',
  "{'a':1}",
  '{"a":1}}',
  'nul',
  '\u0000',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
];

/** Fills `{param}` placeholders; `pick(name, segmentBefore)` chooses the value, already URL-safe. */
export function fillPath(path: string, pick: (name: string, segment: string) => string): string {
  const parts = path.split('/');
  return parts
    .map((p, i) => {
      const m = /^\{(.+)\}$/.exec(p);
      return m ? pick(m[1] as string, parts[i - 1] ?? '') : p;
    })
    .join('/');
}

function bodyMutations(
  doc: OpenApiDoc,
  schema: JsonSchema,
  required: boolean,
): { label: string; body: unknown }[] {
  const s = resolve(doc, schema);
  const base = validLike(doc, s) as Record<string, unknown>;
  const out: { label: string; body: unknown }[] = [];
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  const requiredProps = (s.required ?? []) as string[];
  if (requiredProps.length) out.push({ label: 'thiếu mọi trường', body: {} });
  for (const k of requiredProps) {
    const { [k]: _drop, ...rest } = base;
    out.push({ label: `thiếu ${k}`, body: rest });
  }
  for (const [k, v] of Object.entries(props)) {
    for (const [t, value] of wrongValues(doc, v))
      out.push({ label: `${k}: ${t}`, body: { ...base, [k]: value } });
    for (const [t, value] of hostileValues(doc, v, requiredProps.includes(k)))
      out.push({ label: `${k}: ${t}`, body: { ...base, [k]: value } });
    const accepted = acceptedTypes(doc, v);
    if (accepted?.has('string'))
      out.push({ label: `${k}: chuỗi 100k`, body: { ...base, [k]: 'Đ'.repeat(100_000) } });
    if (accepted && !accepted.has('object'))
      out.push({ label: `${k}: JSON lồng sâu`, body: { ...base, [k]: deepValue(2000) } });
    if (accepted?.has('array'))
      out.push({
        label: `${k}: mảng khổng lồ`,
        body: { ...base, [k]: Array.from({ length: 50_000 }, () => base[k] ?? 1) },
      });
  }
  out.push({ label: 'thân là mảng', body: [base] });
  out.push({ label: 'thân là chuỗi', body: 'chuỗi' });
  out.push({ label: 'thân là số', body: 42 });
  // The document says the body is required: a null body is then malformed too.
  if (required) out.push({ label: 'thân là null', body: null });
  return out;
}

/** Every hostile probe for one write route. */
export function probesFor(
  doc: OpenApiDoc,
  path: string,
  method: string,
  op: OpenApiOperation,
  ids: IdBook,
): Probe[] {
  const jsonBody = op.requestBody?.content?.['application/json']?.schema;
  const hasParams = /\{.+\}/.test(path);
  const ownUrl = fillPath(path, ids.own);
  const randomUrl = fillPath(path, () => randomUUID());
  const valid = jsonBody ? JSON.stringify(validLike(doc, jsonBody)) : undefined;
  const json = 'application/json';
  const probes: Probe[] = [];
  const add = (label: string, p: Omit<Probe, 'label'>) => probes.push({ label, ...p });
  const withValid = valid === undefined ? {} : { payload: valid, contentType: json };

  // Credentials: the valid-looking request with a credential missing or spoiled.
  add('không có CSRF', { url: ownUrl, auth: 'no-csrf', ...withValid });
  add('CSRF sai', { url: ownUrl, auth: 'wrong-csrf', ...withValid });
  // A public operation (security: []) may rightly answer a valid request from anyone.
  if (!(Array.isArray(op.security) && op.security.length === 0))
    add('không đăng nhập', { url: ownUrl, auth: 'none', ...withValid });
  add('Bearer rác', { url: ownUrl, auth: 'bad-bearer', ...withValid });

  // The body parser: bodies must be refused before any handler runs. DELETE routes get a random id so
  // that a body-less DELETE which legitimately ignores its body cannot delete anything.
  const parserUrl = method === 'delete' ? randomUrl : ownUrl;
  for (const text of INVALID_JSON)
    add(`JSON hỏng ${JSON.stringify(text).slice(0, 20)}`, {
      url: parserUrl,
      auth: 'full',
      payload: text,
      contentType: json,
    });
  add('JSON rỗng', { url: parserUrl, auth: 'full', payload: '', contentType: json });
  add('thân 1,5 MB', {
    url: parserUrl,
    auth: 'full',
    payload: JSON.stringify({ a: 'x'.repeat(1_500_000) }),
    contentType: json,
  });
  add('kiểu nội dung XML', {
    url: parserUrl,
    auth: 'full',
    payload: valid ?? '<a/>',
    contentType: 'application/xml',
  });
  add('kiểu nội dung form', {
    url: parserUrl,
    auth: 'full',
    payload: 'a=1&b=2',
    contentType: 'application/x-www-form-urlencoded',
  });
  if (jsonBody) {
    // Valid JSON that is not the expected object: only where the route reads a body.
    add('mảng lồng sâu 50k', {
      url: ownUrl,
      auth: 'full',
      payload: '['.repeat(50_000) + ']'.repeat(50_000),
      contentType: json,
    });
    add('kiểu nội dung text/plain', { url: ownUrl, auth: 'full', payload: valid, contentType: 'text/plain' });
    if (op.requestBody?.required)
      add('multipart thay cho JSON', {
        url: ownUrl,
        auth: 'full',
        payload: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n',
        contentType: 'multipart/form-data; boundary=b',
      });
    for (const m of bodyMutations(doc, jsonBody, op.requestBody?.required === true))
      add(`thân: ${m.label}`, {
        url: ownUrl,
        auth: 'full',
        payload: JSON.stringify(m.body),
        contentType: json,
      });
    // Another tenant's ids inside an otherwise complete body.
    const full = validLike(doc, jsonBody, true);
    for (const p of uuidFields(doc, jsonBody))
      add(`thân: ${p.join('.')} của đơn vị khác`, {
        url: ownUrl,
        auth: 'full',
        payload: JSON.stringify(
          setPath(full, p, ids.foreignFor(String(p.filter((k) => typeof k === 'string').at(-1)))),
        ),
        contentType: json,
      });
  }
  if (hasParams) {
    for (const bad of BAD_IDS)
      add(`mã sai ${bad.slice(0, 12)}`, { url: fillPath(path, () => bad), auth: 'full', ...withValid });
    add('mã ngẫu nhiên', { url: randomUrl, auth: 'full', ...withValid });
    for (const f of ids.foreign)
      add(`mã ${f.kind} của đơn vị khác`, { url: fillPath(path, () => f.id), auth: 'full', ...withValid });
  }
  return probes;
}
