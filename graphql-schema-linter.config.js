// Rule set of `npm run lint:schema` (graphql-schema-linter over the generated schema.graphql).
// Every built-in rule is listed, each with the reason it is on; the run must report 0 problems.
// Descriptions are written in the code-first decorators (`description` in @ObjectType, @Field,
// @Args, @InputType, registerEnumType valuesMap), never in schema.graphql itself.
module.exports = {
  schemaPaths: ['schema.graphql'],
  rules: [
    // The schema is the documentation integrators read first (issue 16): everything is described,
    // with format/unit, who may read it and, for mutations, the error codes.
    'types-have-descriptions',
    'fields-have-descriptions',
    'arguments-have-descriptions',
    'input-object-values-have-descriptions',
    'enum-values-have-descriptions',
    // A deprecation names its replacement: @deprecated(reason: "Use X instead.").
    'deprecations-have-a-reason',
    // Descriptions are sentences; one style reads better in the sandbox and in generated clients.
    'descriptions-are-capitalized',
    // GraphQL naming conventions (what graphql-codegen and Apollo clients expect).
    'types-are-capitalized',
    'fields-are-camel-cased',
    'input-object-values-are-camel-cased',
    'enum-values-all-caps',
    // No dead types: a type nobody can reach is either a mistake or a leftover.
    'defined-types-are-used',
    // Connections follow the Relay connection spec (README "API"): `edges { cursor node }` and
    // `pageInfo` with has{Next,Previous}Page and {start,end}Cursor on every *Connection type, and
    // `first`/`after` arguments on every field returning one. `nodes` and `totalCount` are extras
    // the spec allows. The chat history (MessagePage) pages by sequence number on purpose and is
    // not named *Connection.
    'relay-connection-types-spec',
    'relay-connection-arguments-spec',
    'relay-page-info-spec',
    // schema.graphql is generated with sortSchema: true, so the order is stable and a diff (and the
    // breaking-change check) shows only real changes; these rules fail if sorting is switched off.
    'type-fields-sorted-alphabetically',
    'input-object-fields-sorted-alphabetically',
    'interface-fields-sorted-alphabetically',
    'enum-values-sorted-alphabetically',
  ],
  rulesOptions: {
    // lexicographicSortSchema sorts by plain string comparison, as this option does.
    'enum-values-sorted-alphabetically': { sortOrder: 'lexicographical' },
  },
};
