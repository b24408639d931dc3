import { defineConfig } from 'vitest/config';

/**
 * The unit tests alone (no engines), for mutation testing of the domain (stryker.config.json).
 * The test that reads every source file for thrown error codes is left out: in Stryker's sandbox the
 * sources are instrumented (each string literal wrapped in a mutant switch), so it cannot read them.
 */
export default defineConfig({
  root: `${import.meta.dirname}/../..`,
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testNamePattern: /^(?!.*has a Chinese text for every error code the code base throws)/,
  },
});
