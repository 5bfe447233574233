/**
 * The module boundaries of cadre, checked by `npm run lint` (part of `npm test`).
 *
 * Modules under shared/, lowest first. A module may import the platform and the modules below it,
 * never one above it or beside it; when it needs a fact owned by another module, it declares a port
 * and the function's wiring plugs the other module in, so no module imports another's use cases
 * (modules-not-to-other-modules-use-cases). README, "Where things live", draws the same graph.
 */
const LAYERS = [
  ['platform'],
  ['counters'],
  ['matching'],
  ['mail'],
  ['catalogue'],
  ['applicants'],
  ['documents'],
  ['applications'],
  ['relations'],
  ['partners'],
  ['teams', 'education', 'reviews', 'interviews', 'internships', 'mentoring', 'releases', 'certificates'],
  ['progression', 'reports', 'own-data', 'webhooks'],
  ['api-docs'],
];

const moduleRules = LAYERS.flatMap((layer, level) =>
  layer.map((module) => {
    const notBelow = LAYERS.slice(level)
      .flat()
      .filter((other) => other !== module);
    return {
      name: `module-${module}`,
      comment: `shared/${module} imports only the platform and the modules below it (${LAYERS.slice(0, level).flat().join(', ') || 'none'}).`,
      severity: 'error',
      from: { path: `^shared/${module}/` },
      to: { path: [`^shared/(${notBelow.join('|')})/`, '^shared/route-table\\.ts$'] },
    };
  }),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'No runtime import cycle between files. A cycle through type-only imports is allowed inside a module (a schema and the checks its refinement runs name each other’s types); between modules the layer rules forbid every import upwards, types included.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...moduleRules,
    {
      name: 'modules-not-to-other-modules-use-cases',
      comment:
        'A module may import a lower module’s domain, ports, schemas and views, never its use cases (types included): when it needs a fact or a check another module owns, it declares a port and the function’s wiring plugs that module’s use case in. The platform and the adapters are not modules; functions wire use cases in.',
      severity: 'error',
      from: { path: '^shared/([^/]+)/', pathNot: '^shared/(platform|adapters)/' },
      to: { path: '^shared/[^/]+/use-cases/', pathNot: '^shared/$1/use-cases/' },
    },
    {
      name: 'modules-not-to-adapters',
      comment:
        'Modules declare ports; adapters (shared/adapters) implement them. Only functions, the local cloud and tests wire adapters in.',
      severity: 'error',
      from: { path: '^shared/', pathNot: '^shared/adapters/' },
      to: { path: '^shared/adapters/' },
    },
    {
      name: 'domain-without-aws-sdk',
      comment:
        'Only adapters talk to AWS: no module or platform code imports an AWS SDK client. The exception is shared/platform/data, the table and bucket definitions CDK and the local cloud both build from, which take the SDK’s input types.',
      severity: 'error',
      from: { path: '^shared/', pathNot: ['^shared/adapters/', '^shared/platform/data/'] },
      to: { path: '(^|/)node_modules/(@aws-sdk|@smithy)/' },
    },
    {
      name: 'shared-not-to-functions-or-infra',
      comment: 'shared/ is used by functions and infra, never the other way round.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(functions|infra)/' },
    },
    {
      name: 'function-not-to-another-function',
      comment: 'Each Lambda bundles its own folder and shared code only.',
      severity: 'error',
      from: { path: '^functions/([^/]+)/' },
      to: { path: '^functions/', pathNot: '^functions/$1/' },
    },
    {
      name: 'production-not-to-test',
      comment: 'Nothing deployed imports test code.',
      severity: 'error',
      from: { path: '^(shared|functions|infra)/' },
      to: { path: '^test/' },
    },
    {
      name: 'api-client-stands-alone',
      comment:
        'shared/api-client is published on its own (@cadre/api-client): it imports only its own files and the packages its package.json declares, never the repo’s code (its types are generated from the route table instead).',
      severity: 'error',
      from: { path: '^shared/api-client/' },
      to: { path: '^(shared|functions|infra|test)/', pathNot: '^shared/api-client/' },
    },
    {
      name: 'test-helpers-in-support',
      comment: 'A kind of test imports its own folder, test/support and test/fixtures, never another kind’s helpers.',
      severity: 'error',
      from: { path: '^test/([^/]+)/' },
      to: { path: '^test/', pathNot: ['^test/$1/', '^test/support/', '^test/fixtures/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(cdk\\.out|\\.local|shared/api-client/dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      // cadre-source: the typed client's package resolves to its source in the repo (as tsconfig.json's customConditions).
      conditionNames: ['cadre-source', 'import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
