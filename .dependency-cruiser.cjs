/**
 * The layers of functions/ and the rules that keep them (npm run lint:layers, in npm test):
 * the domain is plain TypeScript with no AWS, I/O or manifest; Lambda entry points reach AWS only through
 * repositories and services; only repositories know the table's key design; nothing imports in a circle.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other in a circle cannot be understood or changed one at a time.',
      from: { path: '^functions/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'The domain (rules) imports only the domain and pure libraries (zod; lunar-typescript for lunar dates and solar terms; chinese-days, the published holiday schedules as data): no AWS SDK, adapters, repositories, HTTP or the manifest.',
      from: { path: '^functions/domain/' },
      to: {
        pathNot: ['^functions/domain/', '^node_modules/zod/', '^node_modules/lunar-typescript/', '^node_modules/chinese-days/'],
        dependencyTypesNot: ['core', 'type-only'],
      },
    },
    {
      name: 'domain-has-no-io',
      severity: 'error',
      comment: 'The domain does no I/O: node built-ins that reach the world stay out (crypto for hashing is fine).',
      from: { path: '^functions/domain/' },
      to: { dependencyTypes: ['core'], pathNot: ['^crypto$', '^node:crypto$'] },
    },
    {
      name: 'handlers-use-no-adapters',
      severity: 'error',
      comment: 'HTTP handlers parse, authorise, call a service and respond: AWS clients are reached through repositories and services.',
      from: { path: '^functions/api/' },
      to: { path: ['^functions/adapters/', '^node_modules/@aws-sdk/'] },
    },
    {
      name: 'entry-points-are-not-imported',
      severity: 'error',
      comment: 'Lambda entry points (api, events, schedule, streams, workflow) are the top layer: no lower layer imports them.',
      from: { path: '^functions/(domain|services|repositories|adapters|config|http|documents|catalog)/' },
      to: { path: '^functions/(api|events|schedule|streams|workflow)/' },
    },
    {
      name: 'lower-layers-use-no-services',
      severity: 'error',
      comment: 'Repositories, adapters, configuration and HTTP plumbing serve the services; they do not call them.',
      from: { path: '^functions/(repositories|adapters|config|http|documents)/' },
      to: { path: '^functions/services/' },
    },
    {
      name: 'only-repositories-know-the-keys',
      severity: 'error',
      comment: 'The key design (partition and sort keys, index names) lives in repositories/keys.ts and is used by repositories only.',
      from: { path: '^functions/', pathNot: '^functions/repositories/' },
      to: { path: '^functions/repositories/keys\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
