import { defineConfig } from 'vitest/config';

/** The unit tests alone (no engines), for mutation testing of the domain (stryker.config.json). */
export default defineConfig({
  root: `${import.meta.dirname}/../..`,
  test: { include: ['tests/unit/**/*.test.ts'] },
});
