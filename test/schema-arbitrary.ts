import fc from 'fast-check';

// Random documents that follow a JSON Schema (the draft-07 keywords data/schema/*.json use):
// valid data with values no one would write by hand (a visit on 8361-94-07, a wage year of
// -40, an empty list where one item is usual), for the tests that throw data at the widgets
// and the validator. Shared by the browser and the Node tests.

export interface JsonSchema {
  $id?: string;
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  definitions?: Record<string, JsonSchema>;
}

/** The few names keys of free-form maps (sources, citations, term names) are drawn from, so that references meet. */
const KEYS = ['bls-oews', 'onet-29-3', 'bls-ep-2024-34', 'example', 'overview', 'title', 'summary', '2.A.1.a'];

/** Strings of every kind: ASCII, any code point, graphemes (combining marks, emoji), right-to-left text, markup. */
function text(minLength: number, maxLength: number) {
  return fc.oneof(
    fc.string({minLength, maxLength}),
    fc.string({unit: 'grapheme', minLength, maxLength}),
    fc.string({unit: 'binary', minLength, maxLength}),
    fc.constantFrom('موظف خدمة العملاء', 'Þjónustufulltrúi', '<b>x</b>', 'a\u0301', '\u202eabc').filter((s) => s.length >= minLength && s.length <= maxLength),
  );
}

/**
 * An arbitrary for the schema `rootId` among `schemas` (each named by its $id). It makes valid
 * documents as far as the keywords go; a test still asks the validator, which decides.
 */
export function schemaArbitrary(schemas: JsonSchema[], rootId: string): fc.Arbitrary<unknown> {
  const byId = new Map(schemas.map((schema) => [schema.$id!, schema]));

  function resolve(ref: string, documentId: string): {schema: JsonSchema; documentId: string} {
    const [file, pointer = ''] = ref.split('#');
    const id = file || documentId;
    let schema = byId.get(id);
    if (!schema) throw new Error(`schemaArbitrary: no schema ${id}`);
    for (const key of pointer.split('/').filter(Boolean)) schema = (schema as Record<string, JsonSchema>)[decodeURIComponent(key)];
    if (!schema) throw new Error(`schemaArbitrary: nothing at ${ref}`);
    return {schema, documentId: id};
  }

  function arbitrary(schema: JsonSchema, documentId: string, depth: number): fc.Arbitrary<unknown> {
    if (depth > 20) throw new Error('schemaArbitrary: the schema is too deep (recursive?)');
    if (schema.$ref) {
      const target = resolve(schema.$ref, documentId);
      return arbitrary(target.schema, target.documentId, depth + 1);
    }
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : schema.properties ? ['object'] : [];
    // anyOf beside properties adds constraints (which keys are required); alone, it is a choice.
    if (schema.anyOf && !types.includes('object')) return fc.oneof(...schema.anyOf.map((branch) => arbitrary(branch, documentId, depth + 1)));
    if (types.length > 1) return fc.oneof(...types.map((type) => arbitrary({...schema, type}, documentId, depth)));
    switch (types[0]) {
      case 'object':
        return objectArbitrary(schema, documentId, depth);
      case 'array': {
        const item = schema.items ? arbitrary(schema.items, documentId, depth + 1) : fc.jsonValue({maxDepth: 1});
        const minLength = schema.minItems ?? 0;
        const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? minLength + 4, minLength + 4));
        return schema.uniqueItems ? fc.uniqueArray(item, {minLength, maxLength, selector: (v) => JSON.stringify(v)}) : fc.array(item, {minLength, maxLength});
      }
      case 'string': {
        const minLength = schema.minLength ?? 0;
        const maxLength = schema.maxLength ?? Math.max(minLength, 40);
        if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => [...s].length >= minLength && [...s].length <= maxLength);
        return text(minLength, maxLength);
      }
      case 'integer': {
        const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? -1_000_000);
        const max = schema.maximum ?? Math.max(min, 0) + 10_000_000;
        // Years are the integers the widgets show most: often near now.
        const nearNow = min <= 2040 && max >= 1990 ? [fc.integer({min: Math.max(min, 1990), max: Math.min(max, 2040)})] : [];
        return fc.oneof(fc.integer({min, max}), fc.integer({min, max: Math.min(max, min + 10)}), ...nearNow);
      }
      case 'number': {
        const min = schema.exclusiveMinimum ?? schema.minimum ?? -1e9;
        const max = schema.maximum ?? 1e9;
        const minExcluded = schema.exclusiveMinimum !== undefined;
        return fc.oneof(
          fc.double({min, max, minExcluded, noNaN: true, noDefaultInfinity: true}),
          fc.integer({min: Math.ceil(min), max: Math.floor(max)}).filter((n) => !minExcluded || n > min),
        );
      }
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      default:
        return fc.jsonValue({maxDepth: 2});
    }
  }

  function objectArbitrary(schema: JsonSchema, documentId: string, depth: number): fc.Arbitrary<unknown> {
    const properties = schema.properties ?? {};
    const extra = schema.additionalProperties;
    if (!Object.keys(properties).length && extra && typeof extra === 'object') {
      const value = arbitrary(extra, documentId, depth + 1);
      const key = fc.oneof(fc.constantFrom(...KEYS), text(1, 12));
      return fc.dictionary(key, value, {minKeys: schema.minProperties ?? 0, maxKeys: Math.max(schema.minProperties ?? 0, 4)});
    }
    const entries = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, arbitrary(property, documentId, depth + 1)]));
    const record = (required: string[]) =>
      fc.record(entries, {requiredKeys: [...new Set(required)]}).filter((object) => Object.keys(object).length >= (schema.minProperties ?? 0));
    const required = schema.required ?? [];
    if (!schema.anyOf) return record(required);
    return fc.oneof(...schema.anyOf.map((branch) => record([...required, ...(branch.required ?? [])])));
  }

  const root = byId.get(rootId);
  if (!root) throw new Error(`schemaArbitrary: no schema ${rootId}`);
  return arbitrary(root, rootId, 0);
}
