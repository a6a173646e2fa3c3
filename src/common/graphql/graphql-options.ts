import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config';
import type { DatabaseOutage } from '../../database/database-outage';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { GraphqlContext } from './graphql-context';

/** The protections of DESIGN.md: depth <= 8, aliases <= 10, a cost limit, no batching. */
export const GRAPHQL_LIMITS = {
  maxDepth: 8,
  maxAliases: 10,
  maxCost: 5000,
  maxTokens: 4000,
  maxDirectives: 20,
};

/**
 * Code-first has no decorator for the root types; their descriptions are set here, for both the
 * served schema and the generated schema.graphql (transformAutoSchemaFile applies it to the file too).
 */
const ROOT_DESCRIPTIONS = {
  query:
    'Read operations. Each field states who may read it; all need a valid access token (`Authorization: Bearer …`), else UNAUTHENTICATED. A policy refusal is FORBIDDEN; an object the caller may not see is NOT_FOUND, like a missing one.',
  mutation:
    'Write operations, each in one transaction (nothing is half-written). Each field states who may call it and its domain error codes (`extensions.code`); any of them may also answer UNAUTHENTICATED (no or expired token; `login`, `refreshSession` and `acceptInvitation` are public), FORBIDDEN (policy), BAD_USER_INPUT (validation; `extensions.field` names the input field) and INTERNAL.',
};

export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  return schema;
}

export function graphqlOptions(config: AppConfig, outage?: DatabaseOutage): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true },
    // graphql-armor counts tokens in a plugin hook (parsingDidStart) whose errors Apollo treats as
    // its own failure: a too-long document, and with it every syntax error, answered HTTP 500.
    // graphql-js's parser enforces the same limit (parseOptions below) as a syntax error: HTTP 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const logger = new Logger('GraphQL');
  return {
    // Generated from the code in development and tests, committed and checked for drift in CI.
    autoSchemaFile: config.production ? true : join(process.cwd(), 'schema.graphql'),
    sortSchema: true,
    transformSchema: describeRootTypes,
    transformAutoSchemaFile: true,
    playground: false,
    introspection: !config.production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    // graphql-armor's types come from Apollo's ESM build, Nest's from the CJS one: same objects.
    // Apollo installs its cache-control plugin by default; it wraps every field resolver to compute
    // cache hints nobody uses (responses are per member, never cached), a measurable cost per field
    // (bench/README.md, P1).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      ...(config.production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ] as never,
    validationRules: armor.validationRules,
    // Guards also run on @ResolveField methods: nested fields carry their own policy.
    fieldResolverEnhancers: ['guards'],
    context: ({ req, res }: { req: GraphqlContext['req']; res: unknown }): GraphqlContext => ({
      req,
      res,
      loaders: new Map(),
    }),
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, (e) => logger.error(e), outage),
  };
}
