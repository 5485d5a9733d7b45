import { describe, expect, it } from 'vitest';
import { compileValidator, guideJsonSchema, type JsonSchemaNode } from './compile-validator';

const strict = (properties: Record<string, JsonSchemaNode>, required: string[] = Object.keys(properties)): JsonSchemaNode => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

describe('compileValidator', () => {
  it('carries each pattern’s message from schema.ts, which names the explanation authors read', () => {
    const src = compileValidator(guideJsonSchema());
    expect(src).toContain('"slug"');
    expect(src).toContain('"procedure-code"');
    expect(src).toMatch(/export const parseGuideSchema: SchemaStep = run\(c\d+\);/);
  });

  it('shares one check between equal sub-schemas', () => {
    const text = { type: 'string', minLength: 1, maxLength: 20 };
    const src = compileValidator(strict({ a: text, b: text, c: { type: 'array', items: text } }, ['a']));
    expect(src.match(/= S\(1, 20\)/g)).toHaveLength(1);
    expect(src).toMatch(/O\(\{ a: c0, b: opt\(c0\), c: opt\(c1\) \}\)/);
  });

  it('keeps a pattern with a slash intact', () => {
    const src = compileValidator(strict({ d: { type: 'string', pattern: '^a/b$', 'x-regex-message': 'ab' } }));
    expect(src).toContain('new RegExp("^a/b$")');
  });

  it.each<[string, JsonSchemaNode]>([
    ['a union', strict({ a: { anyOf: [{ type: 'string' }, { type: 'number' }] } })],
    ['an object that allows unknown keys', { type: 'object', properties: {} }],
    ['a number maximum', strict({ a: { type: 'number', maximum: 3 } })],
    ['a list needing two items', strict({ a: { type: 'array', items: { type: 'string' }, minItems: 2 } })],
    ['an email format', strict({ a: { type: 'string', format: 'email' } })],
    ['an unknown keyword', strict({ a: { type: 'string', multipleOf: 2 } })],
  ])('refuses %s instead of compiling something zod would not do', (_name, schema) => {
    expect(() => compileValidator(schema)).toThrow(/compile-validator: \$/);
  });
});
