/**
 * Validation compiled at build time for the town widget: the guide schema (lib/guide/schema.ts) goes
 * through zod's own `toJSONSchema` (as guide.schema.json does), and each distinct sub-schema becomes one
 * line built from the checks in widget/schema-runtime.ts. The widget then validates catalogs without
 * zod (about 8 KB gzip of the 15 KB budget) and with zod's exact issues, so the messages are the same.
 *
 * Only the subset the guide schema uses is understood; anything else (a new keyword, a union, a second
 * regex) stops the build with the JSON path, rather than be compiled into a validator that disagrees
 * with zod. tests/unit/compiled-validator.test.ts compares the two on real, fixture and mutated guides.
 *
 * The output is a committed file (widget/generated/guide-validator.ts), rewritten only when it changes:
 * unit tests and type checks import it like any module, a review shows how a schema change changes it,
 * and a stale copy fails its test. The widget build regenerates it before bundling.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { Guide } from '../../lib/guide/schema';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const GENERATED_VALIDATOR = path.join(ROOT, 'widget/generated/guide-validator.ts');

/** The JSON Schema keywords the compiler reads (draft-07, as zod writes it). */
export interface JsonSchemaNode {
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: boolean | JsonSchemaNode;
  items?: JsonSchemaNode;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  enum?: (string | number | boolean | null)[];
  const?: string | number | boolean | null;
  anyOf?: JsonSchemaNode[];
  /** The regex's message in schema.ts ('slug', 'date'...): the key lib/guide/problems.ts explains. */
  'x-regex-message'?: string;
  [other: string]: unknown;
}

const REGEX_MESSAGE = 'x-regex-message';
const IGNORED = new Set(['$schema', 'title', 'description']);
const ALLOWED: Record<string, readonly string[]> = {
  string: ['minLength', 'maxLength', 'pattern', 'format', REGEX_MESSAGE],
  integer: ['minimum', 'exclusiveMinimum', 'maximum'],
  number: ['minimum', 'exclusiveMinimum'],
  boolean: [],
  array: ['items', 'minItems'],
  object: ['properties', 'required', 'additionalProperties'],
};

/** Strings that fail almost any pattern, to read a regex's message back from zod. */
const PROBES = ['\u0000', '', ' ', '~~', 'A', '0'];

/** What zod says when a string fails its regex: the message schema.ts gave it. */
function regexMessage(schema: z.core.$ZodType, pattern: string): string {
  const re = new RegExp(pattern);
  for (const probe of PROBES) {
    if (re.test(probe)) continue;
    // A per-parse error map pins zod's default wording, which otherwise depends on whether a locale was
    // loaded in this process (full zod loads one); a regex's own message in schema.ts still wins.
    const r = z.safeParse(schema, probe, { error: () => 'Invalid input' });
    const issue = r.success ? undefined : r.error.issues.find((i) => i.code === 'invalid_format' && i.format === 'regex');
    if (issue) return issue.message;
  }
  throw new Error(`compile-validator: cannot find a string failing /${pattern}/ to read its message`);
}

/** The guide schema as JSON Schema, each pattern carrying its message. */
export function guideJsonSchema(): JsonSchemaNode {
  return z.toJSONSchema(Guide, {
    target: 'draft-07',
    unrepresentable: 'throw',
    override: (ctx) => {
      const js = ctx.jsonSchema as JsonSchemaNode;
      if (typeof js.pattern === 'string') js[REGEX_MESSAGE] = regexMessage(ctx.zodSchema, js.pattern);
    },
  }) as JsonSchemaNode;
}

function unsupported(at: string, what: string): Error {
  return new Error(`compile-validator: ${at}: ${what} is not in the subset the widget validator compiles; extend scripts/lib/compile-validator.ts and widget/schema-runtime.ts (and their agreement test) first`);
}

const IDENT = /^[A-Za-z_$][\w$]*$/;
const key = (k: string): string => (IDENT.test(k) ? k : JSON.stringify(k));
const num = (n: number | undefined): string => (n === undefined ? 'undefined' : String(n));

function regexLiteral(pattern: string): string {
  // A literal minifies best; a pattern with '/' would need escaping, so it keeps the constructor.
  return pattern.includes('/') || pattern.includes('\n') ? `new RegExp(${JSON.stringify(pattern)})` : `/${pattern}/`;
}

/**
 * TypeScript source for `export const <exportName>: SchemaStep`, one `const` per distinct sub-schema,
 * dependencies first.
 */
export function compileValidator(schema: JsonSchemaNode, exportName = 'parseGuideSchema'): string {
  const names = new Map<string, string>();
  const lines: string[] = [];

  const emit = (node: JsonSchemaNode, at: string): string => {
    const expr = expression(node, at);
    const known = names.get(expr);
    if (known) return known;
    // Leaf checks without arguments are already names.
    if (/^[A-Z]$/.test(expr)) return expr;
    const name = `c${names.size}`;
    names.set(expr, name);
    lines.push(`/** ${at} */\nconst ${name} = ${expr};`);
    return name;
  };

  const expression = (node: JsonSchemaNode, at: string): string => {
    for (const k of Object.keys(node)) {
      if (IGNORED.has(k) && !(k === '$schema' && at !== '$')) continue;
      if (k === 'type' || k === 'enum' || k === 'const' || k === 'anyOf') continue;
      const allowed = node.type !== undefined && !node.enum && node.const === undefined ? ALLOWED[node.type] : [];
      if (!allowed?.includes(k)) throw unsupported(at, `keyword "${k}"${node.type ? ` on type ${node.type}` : ''}`);
    }
    if (node.anyOf) {
      const [a, b, ...rest] = node.anyOf;
      const inner = b?.type === 'null' && Object.keys(b).length === 1 ? a : a?.type === 'null' && Object.keys(a).length === 1 ? b : undefined;
      if (!inner || rest.length > 0 || node.type !== undefined) throw unsupported(at, 'anyOf other than "X or null"');
      return `N(${emit(inner, at)})`;
    }
    if (node.enum) return `E(${JSON.stringify(node.enum)})`;
    if (node.const !== undefined) return `E(${JSON.stringify([node.const])})`;
    switch (node.type) {
      case 'string': {
        if (node.format !== undefined) {
          if (node.format !== 'uri' || Object.keys(node).some((k) => k !== 'type' && k !== 'format')) {
            throw unsupported(at, `string format "${node.format}" with other checks`);
          }
          return 'U';
        }
        if (node.pattern === undefined && node.minLength === undefined && node.maxLength === undefined) return 'S()';
        const args = [num(node.minLength), num(node.maxLength)];
        if (node.pattern !== undefined) args.push(regexLiteral(node.pattern), JSON.stringify(node[REGEX_MESSAGE] ?? ''));
        return `S(${args.join(', ').replace(/(, undefined)+$/, '')})`;
      }
      case 'integer':
      case 'number': {
        const int = node.type === 'integer';
        // z.int() states the safe-integer range; the runtime checks it as zod does, with zod's issue.
        if (node.maximum !== undefined && !(int && node.maximum === Number.MAX_SAFE_INTEGER)) throw unsupported(at, 'maximum');
        const minimum = int && node.minimum === Number.MIN_SAFE_INTEGER ? undefined : node.minimum;
        if (minimum !== undefined && node.exclusiveMinimum !== undefined) throw unsupported(at, 'minimum with exclusiveMinimum');
        if (node.exclusiveMinimum !== undefined) return `F(${int}, ${node.exclusiveMinimum}, true)`;
        return minimum !== undefined ? `F(${int}, ${minimum})` : `F(${int})`;
      }
      case 'boolean':
        return 'B';
      case 'array': {
        if (!node.items) throw unsupported(at, 'array without items');
        // zod skips a list's length check after a non-integer inside it; with at most one required item
        // that cannot change the answer, beyond it the runtime would have to follow zod further.
        if (node.minItems !== undefined && node.minItems > 1) throw unsupported(at, 'minItems above 1');
        const item = emit(node.items, `${at}[]`);
        return node.minItems !== undefined ? `A(${item}, ${node.minItems})` : `A(${item})`;
      }
      case 'object': {
        if (node.additionalProperties !== false) throw unsupported(at, 'an object that is not strict');
        const required = new Set(node.required ?? []);
        const props = Object.entries(node.properties ?? {}).map(([k, child]) => {
          const c = emit(child, `${at}.${k}`);
          return `${key(k)}: ${required.has(k) ? c : `opt(${c})`}`;
        });
        for (const r of required) if (!node.properties?.[r]) throw unsupported(at, `required "${r}" without a schema`);
        return `O({ ${props.join(', ')} })`;
      }
      default:
        throw unsupported(at, `type ${JSON.stringify(node.type)}`);
    }
  };

  const root = emit(schema, '$');
  const body = [...lines, `export const ${exportName}: SchemaStep = run(${root});`].join('\n');
  const used = ['A', 'B', 'E', 'F', 'N', 'O', 'opt', 'S', 'U', 'run'].filter((n) => new RegExp(`\\b${n}\\b`).test(body));
  return [
    '// Generated by scripts/lib/compile-validator.ts from lib/guide/schema.ts (through toJSONSchema).',
    '// Do not edit: `npm run build:widget` rewrites it, and tests/unit/compiled-validator.test.ts fails when it is stale.',
    "import type { SchemaStep } from '../../lib/guide/load';",
    `import { ${used.join(', ')} } from '../schema-runtime';`,
    '',
    body,
    '',
  ].join('\n');
}

export function guideValidatorSource(): string {
  return compileValidator(guideJsonSchema());
}

/** Writes the widget's validator when it differs; true when the file changed. */
export async function writeGuideValidator(file: string = GENERATED_VALIDATOR): Promise<boolean> {
  const source = guideValidatorSource();
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === source) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, source);
  return true;
}
