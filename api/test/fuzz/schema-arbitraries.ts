import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Ids that exist in the fuzz database, so that generated operations reach real rows. */
export interface IdPool {
  ids: string[];
}

export interface GeneratedOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

type Gen = fc.GeneratorValue;

const hostileStrings = [
  '', ' ', "' or 1=1 --", '"; drop table seats; --', '\u0000', '%s%s%n', '../../etc/passwd', '${7*7}', '<script>alert(1)</script>',
  '😀'.repeat(50), 'a'.repeat(300), '\uD800', 'NaN', 'null', '-0', '1e309',
];

const hostileInts = [0, -1, 1, 2, 7, 8, 9, 100, 101, 10_000_000, 10_000_001, 100_000_000, -2147483648, 2147483647, 2147483648, -2147483649, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e300];

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Strings that reached internal errors once (issue 11): cursors PostgreSQL cannot compare, emails at the length limits. */
const hostileInputs = [
  cursorOf(['+275760-09-13T00:00:00.000Z', 1]),
  cursorOf(['-000001-01-01T00:00:00.000Z', 1]),
  cursorOf(['2026-01-01T00:00:00.000Z', 2 ** 40]),
  cursorOf(['2026-01-01T00:00:00.000Z', -1.5]),
  cursorOf([null, null]),
  `${'a'.repeat(64)}@${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(61)}.com`.slice(0, 254),
  `${'a'.repeat(64)}@${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(61)}.${'e'.repeat(40)}.com`,
];

/** A value for an input type: mostly plausible, often wrong in a way an attacker would try. */
function valueFor(g: Gen, type: GraphQLInputType, pool: IdPool, depth = 0): unknown {
  const roll = g(fc.integer, { min: 0, max: 99 });
  if (roll < 2) return null;
  if (roll < 4) return g(fc.constantFrom, 'not-the-right-type', 12345, true, { nested: 'object' }, [1, 2]);
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const length = g(fc.integer, { min: 0, max: depth > 1 ? 2 : 5 });
    return Array.from({ length }, () => valueFor(g, inner.ofType, pool, depth + 1));
  }
  if (isEnumType(inner)) {
    return roll < 85 ? g(fc.constantFrom, ...inner.getValues().map((v) => v.name)) : g(fc.constantFrom, 'UNKNOWN', 'vip', '', 'HELD; DROP');
  }
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      if (isNonNullType(field.type) || g(fc.boolean)) {
        if (depth > 3) out[field.name] = null;
        else if (g(fc.integer, { min: 0, max: 30 }) > 0) out[field.name] = valueFor(g, field.type, pool, depth + 1);
      }
    }
    if (roll > 95) out['unexpectedField'] = 'x';
    return out;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        if (roll < 70 && pool.ids.length > 0) return g(fc.constantFrom, ...pool.ids);
        return roll < 85 ? g(fc.constantFrom, '0', '-1', 'abc', '99999999999', '1.5', '', '2147483648', '0x10') : String(g(fc.nat, { max: 5000 }));
      case 'Int':
        return roll < 60 ? g(fc.integer, { min: 0, max: 12 }) : g(fc.constantFrom, ...hostileInts);
      case 'Float':
        return g(fc.double);
      case 'Boolean':
        return g(fc.boolean);
      case 'DateTime':
        return roll < 60
          ? new Date(Date.now() + g(fc.integer, { min: -1e10, max: 1e11 })).toISOString()
          : g(fc.constantFrom, 'yesterday', '2026-13-45T99:00:00Z', '', '0', '275760-09-13T00:00:00.001Z', '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1970-01-01T00:00:00Z');
      default:
        if (roll < 40) return g(fc.string, { maxLength: 20 });
        if (roll < 55) return `fuzz-${g(fc.nat, { max: 1e6 })}@example.com`;
        if (roll < 65) return g(fc.constantFrom, ...hostileStrings);
        if (roll < 70) return g(fc.constantFrom, ...hostileInputs);
        if (roll < 80) return 'x'.repeat(g(fc.integer, { min: 200, max: 20_000 }));
        return g(fc.string, { unit: 'binary', maxLength: 40 });
    }
  }
  return null;
}

/** An inline GraphQL literal for a value (used instead of a variable now and then). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(getNullableType(type)) ? (getNullableType(type) as { ofType: GraphQLInputType }).ofType : type)).join(', ')}]`;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, isInputObjectType(named) ? (named.getFields()[k]?.type ?? type) : type)}`).join(', ')} }`;
  if (isEnumType(named) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return JSON.stringify(value);
}

interface Built {
  variableDefinitions: string[];
  variables: Record<string, unknown>;
}

function argumentsFor(g: Gen, args: readonly GraphQLArgument[], pool: IdPool, built: Built): string {
  const parts: string[] = [];
  for (const arg of args) {
    if (!isNonNullType(arg.type) && g(fc.boolean)) continue;
    if (g(fc.integer, { min: 0, max: 80 }) === 0) continue; // a required argument missing
    const value = valueFor(g, arg.type, pool);
    if (g(fc.integer, { min: 0, max: 3 }) === 0) {
      parts.push(`${arg.name}: ${literal(value, arg.type)}`);
    } else {
      const name = `v${built.variableDefinitions.length}`;
      // Sometimes declare the variable with a wrong type.
      const declared = g(fc.integer, { min: 0, max: 60 }) === 0 ? g(fc.constantFrom, 'String', 'Int!', '[ID]', 'Boolean') : String(arg.type);
      built.variableDefinitions.push(`$${name}: ${declared}`);
      if (g(fc.integer, { min: 0, max: 60 }) > 0) built.variables[name] = value;
      parts.push(`${arg.name}: $${name}`);
    }
  }
  if (g(fc.integer, { min: 0, max: 80 }) === 0) parts.push('unknownArgument: 1');
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selectionFor(g: Gen, type: GraphQLObjectType, pool: IdPool, built: Built, depth: number): string {
  const fields = Object.values(type.getFields());
  const count = g(fc.integer, { min: 1, max: Math.min(4, fields.length) });
  // Indices, not the field objects: fast-check compares constants deeply, and a schema is circular.
  const chosen = g(fc.shuffledSubarray, fields.map((_, i) => i), { minLength: count, maxLength: count }).map((i) => fields[i]!);
  const parts: string[] = [];
  for (const field of chosen) {
    const alias = g(fc.integer, { min: 0, max: 8 }) === 0 ? `a${g(fc.nat, { max: 99 })}: ` : '';
    const directive = g(fc.integer, { min: 0, max: 15 }) === 0 ? ` @include(if: ${g(fc.boolean)})` : '';
    const named = getNamedType(field.type);
    const args = argumentsFor(g, field.args, pool, built);
    if (isLeafType(named)) parts.push(`${alias}${field.name}${args}${directive}`);
    else if (isObjectType(named)) {
      const sub = depth >= 4 || g(fc.integer, { min: 0, max: 6 }) === 0 ? '__typename' : selectionFor(g, named, pool, built, depth + 1);
      parts.push(`${alias}${field.name}${args}${directive} { ${sub} }`);
    }
  }
  if (g(fc.integer, { min: 0, max: 80 }) === 0) parts.push('notAField');
  if (g(fc.integer, { min: 0, max: 30 }) === 0) parts.push(`... on ${type.name} { __typename }`);
  return parts.join(' ');
}

/** A whole operation of `kind` built by walking the schema: a root field, its arguments, a random selection. */
export function operationArbitrary(schema: GraphQLSchema, kinds: ('query' | 'mutation' | 'subscription')[], pool: IdPool): fc.Arbitrary<GeneratedOperation> {
  return fc.gen().map((g) => {
    const kind = g(fc.constantFrom, ...kinds);
    const root = kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) throw new Error(`no ${kind} type`);
    const built: Built = { variableDefinitions: [], variables: {} };
    const rootFields = Object.values(root.getFields());
    const fieldCount = kind === 'subscription' ? 1 : g(fc.integer, { min: 1, max: 2 });
    const selections: string[] = [];
    for (let i = 0; i < fieldCount; i++) {
      const field = rootFields[g(fc.integer, { min: 0, max: rootFields.length - 1 })]!;
      const named = getNamedType(field.type);
      const args = argumentsFor(g, field.args, pool, built);
      const alias = i > 0 ? `r${i}: ` : '';
      selections.push(isObjectType(named) ? `${alias}${field.name}${args} { ${selectionFor(g, named, pool, built, 1)} }` : `${alias}${field.name}${args}`);
    }
    const name = g(fc.boolean) ? `Fuzz${g(fc.nat, { max: 999 })}` : '';
    const header = built.variableDefinitions.length ? `${kind} ${name}(${built.variableDefinitions.join(', ')})` : `${kind} ${name}`;
    let query = `${header} { ${selections.join(' ')} }`;
    // Now and then, break the document itself.
    const damage = g(fc.integer, { min: 0, max: 80 });
    if (damage === 0) query = query.slice(0, g(fc.integer, { min: 0, max: query.length }));
    else if (damage === 1) query = query.replace('{', '{{');
    else if (damage === 2) query = `${query} ${query}`;
    return { query, variables: built.variables, ...(name && g(fc.boolean) ? { operationName: name } : {}) };
  });
}
