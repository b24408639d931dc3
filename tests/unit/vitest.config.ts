import { defineConfig } from 'vitest/config';

/**
 * The unit tests alone (no engines), for mutation testing of the domain (stryker.config.json).
 * Two tests that read source text are left out: in Stryker's sandbox the sources are instrumented (each
 * literal wrapped in a mutant switch), so the scan for thrown error codes and the comparison of the
 * workbench's generated API types with the OpenAPI document cannot hold there. `npm test` runs both.
 * MUTATION_TESTS narrows the run to some test files while working on one domain file, e.g.
 *   MUTATION_TESTS=tests/unit/case.test.ts npx stryker run --mutate functions/domain/deferral.ts
 */
export default defineConfig({
  root: `${import.meta.dirname}/../..`,
  test: {
    include: process.env.MUTATION_TESTS?.split(',') ?? ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/web-contract.test.ts'],
    testNamePattern: /^(?!.*has a Chinese text for every error code the code base throws)/,
  },
});
