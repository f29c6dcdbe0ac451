import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  getVariableValues,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from './cost.ts';
import type { DocumentLimits } from './security-config.ts';

/** Which limit refused a document, in `extensions.limit` of its BAD_USER_INPUT error. */
export type LimitName = 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'maxCost';

const limitError = (message: string, limit: LimitName, nodes?: GraphQLError['nodes']) =>
  new GraphQLError(message.replace(/^Syntax Error: /, ''), { nodes: nodes ?? undefined, extensions: { code: 'BAD_USER_INPUT', limit } });

const reporter =
  (limit: LimitName): GraphQLArmorRejectCallback =>
  (context, error) =>
    context?.reportError(limitError(error.message, limit, error.nodes));

const nulError = () => new GraphQLError('Text must not contain NUL (\\u0000) characters', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** True when a string anywhere in a JSON value holds a NUL character. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 50 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, v]) => key.includes('\u0000') || containsNul(v, depth + 1));
}

/** The same for string literals written in the document itself. */
const noNulStringsRule: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes('\u0000')) context.reportError(new GraphQLError('Text must not contain NUL (\\u0000) characters', { nodes: [node], extensions: { code: 'BAD_USER_INPUT', rule: 'noNul' } }));
  },
});

export interface DocumentGuard {
  /** Validation rules for Apollo Server (in addition to graphql's own). */
  validationRules: ValidationRule[];
  /** Refuses variables holding NUL characters (PostgreSQL cannot store them in text). */
  plugin: ApolloServerPlugin;
  /** Options for graphql's parser: the token limit. */
  parseOptions: ParseOptions;
  /** Parses and validates a graphql-ws document with the same rules as HTTP: the operation, or the errors. */
  check(
    schema: GraphQLSchema,
    query: string,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined,
  ): { document: DocumentNode; operation: OperationDefinitionNode } | GraphQLError[];
  /** Lets a limit's error through formatError with its own code (Apollo files it as a validation failure). */
  format(formatted: GraphQLFormattedError): GraphQLFormattedError;
}

/**
 * The document limits of OWASP's GraphQL cheat sheet, as GraphQL Armor implements them (depth,
 * aliases, directives; field suggestions hidden when introspection is off), graphql-js's own token
 * limit in the parser, and Tessera's list-aware cost (cost.ts). Every check runs before any
 * resolver, so a refused document costs no database work. The same guard serves graphql-ws.
 */
const VALID_DOCUMENTS_KEPT = 500;

export function createDocumentGuard(limits: DocumentLimits, options: { introspection: boolean }): DocumentGuard {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, onReject: [reporter('maxDepth')], propagateOnRejection: false },
    maxAliases: { n: limits.maxAliases, onReject: [reporter('maxAliases')], propagateOnRejection: false },
    maxDirectives: { n: limits.maxDirectives, onReject: [reporter('maxDirectives')], propagateOnRejection: false },
    // Tokens: graphql-js counts them while parsing (parseOptions), on HTTP and on the socket alike.
    maxTokens: { enabled: false },
    // Cost: Tessera's rule, which also weighs lists without a `first` (a seat map) and `first` as a variable.
    costLimit: { enabled: false },
    // Field suggestions: hidden in format() below (the same masking as armor's plugin, for HTTP and socket alike).
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const costRule = costLimitRule(limits.maxCost, (context: ValidationContext, error) =>
    context.reportError(limitError(error.message, 'maxCost', error.nodes)),
  );
  const validationRules = [...armor.validationRules, costRule, noNulStringsRule];
  const parseOptions: ParseOptions = { maxTokens: limits.maxTokens };
  const hideSuggestions = (message: string) => (options.introspection ? message : message.replace(/ ?Did you mean .+\?/g, '').trim());
  const socketRules = [...specifiedRules, ...validationRules, ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule])];

  // Thousands of watchers send the same subscription text: parse and validate it once, share the
  // document (a parsed copy per subscriber cost about 10 KiB each). Only valid documents are kept.
  const validDocuments = new Map<string, DocumentNode>();
  const remember = (query: string, document: DocumentNode) => {
    if (validDocuments.size >= VALID_DOCUMENTS_KEPT) validDocuments.delete(validDocuments.keys().next().value!);
    validDocuments.set(query, document);
    return document;
  };
  const parseAndValidate = (schema: GraphQLSchema, query: string): DocumentNode | GraphQLError[] => {
    let document: DocumentNode;
    try {
      document = parse(query, parseOptions);
    } catch (error) {
      if (!(error instanceof GraphQLError)) return [new GraphQLError('Could not parse the document', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
      const tooLong = /more tha[nt] \d+ tokens/.test(error.message);
      return [tooLong ? limitError(error.message, 'maxTokens') : new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    const errors = validate(schema, document, socketRules);
    if (errors.length > 0) {
      return errors.map((e) =>
        e.extensions['code'] ? e : new GraphQLError(hideSuggestions(e.message), { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      );
    }
    return document;
  };

  return {
    validationRules,
    parseOptions,
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ request }) {
            if (containsNul(request.variables)) throw nulError();
          },
        };
      },
    },
    check(schema, query, operationName, variables) {
      let document = validDocuments.get(query);
      if (!document) {
        const checked = parseAndValidate(schema, query);
        if (!('kind' in checked)) return checked;
        document = remember(query, checked);
      }
      const operation = getOperationAST(document, operationName);
      if (!operation) return [new GraphQLError('Name the operation to run', { extensions: { code: 'BAD_USER_INPUT' } })];
      if (containsNul(variables)) return [nulError()];
      // Variables are checked here, as Apollo does over HTTP: a wrong value is the client's mistake (BAD_USER_INPUT).
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 5 });
      if (coerced.errors) return coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }));
      return { document, operation };
    },
    format(given) {
      // With introspection on, "Did you mean ...?" reveals nothing the schema does not; off, it would.
      const formatted = options.introspection ? given : { ...given, message: hideSuggestions(given.message) };
      const limit = formatted.extensions?.['limit'] ?? formatted.extensions?.['rule'];
      if (typeof limit === 'string' && formatted.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED') {
        return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
      }
      if (formatted.extensions?.['code'] === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(formatted.message)) {
        return { ...formatted, message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', limit: 'maxTokens' } };
      }
      return formatted;
    },
  };
}
