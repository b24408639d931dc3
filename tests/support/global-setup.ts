import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { WEB_DIST } from '#local/web-static';
import { startLocalSystem, type LocalSystem } from '#local/system';

let system: LocalSystem | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    systemUrl: string;
    systemEnv: Record<string, string>;
  }
}

/** Starts the whole local system once (temporary data folder, free ports) for integration and e2e tests. */
export async function setup(project: TestProject) {
  // npm install builds the workbench; a checkout that skipped it builds it here for the browser tests.
  if (!existsSync(join(WEB_DIST, 'index.html'))) execSync('npm run build:web', { stdio: 'inherit' });
  system = await startLocalSystem({ port: 0 });
  project.provide('systemUrl', system.url);
  project.provide('systemEnv', system.env);
}

export async function teardown() {
  await system?.stop();
}
