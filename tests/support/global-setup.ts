import type { TestProject } from 'vitest/node';
import { startLocalSystem, type LocalSystem } from '../../local/system';

let system: LocalSystem | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    systemUrl: string;
    systemEnv: Record<string, string>;
  }
}

/** Starts the whole local system once (temporary data folder, free ports) for integration and e2e tests. */
export async function setup(project: TestProject) {
  system = await startLocalSystem({ port: 0 });
  project.provide('systemUrl', system.url);
  project.provide('systemEnv', system.env);
}

export async function teardown() {
  await system?.stop();
}
