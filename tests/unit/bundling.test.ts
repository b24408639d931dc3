import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ESBUILD_OPTIONS, EVENT_STREAM_MODULES, functionEntryPath, REPO_ROOT } from '#infra/bundling';

/** Every .ts file under functions/. */
function sources(dir = join(REPO_ROOT, 'functions')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The SDK commands the functions import, as `package Command`. */
function importedCommands(): { pkg: string; command: string }[] {
  const found = new Map<string, { pkg: string; command: string }>();
  for (const file of sources()) {
    for (const [, names, pkg] of readFileSync(file, 'utf8').matchAll(
      /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/[a-z0-9-]+)'/g,
    )) {
      for (const name of names!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!)) {
        if (/^[A-Z]\w*Command$/.test(name)) found.set(`${pkg} ${name}`, { pkg: pkg!, command: name });
      }
    }
  }
  return [...found.values()];
}

/** Whether a command's typed input or output is an event stream (its declaration names one). */
function isEventStreamCommand(pkg: string, command: string): boolean {
  const declaration = join(REPO_ROOT, 'node_modules', pkg, 'dist-types', 'commands', `${command}.d.ts`);
  if (!existsSync(declaration)) throw new Error(`no declaration for ${pkg} ${command}`);
  return /EventStream/.test(readFileSync(declaration, 'utf8'));
}

describe('the bundles leave out the AWS SDK event-stream support', () => {
  it('recognises an event-stream operation by its declaration', () => {
    expect(isEventStreamCommand('@aws-sdk/client-s3', 'SelectObjectContentCommand')).toBe(true);
    expect(isEventStreamCommand('@aws-sdk/client-s3', 'GetObjectCommand')).toBe(false);
  });

  it('no function calls an event-stream operation, so the left-out module is never loaded', () => {
    const commands = importedCommands();
    // DynamoDB (client and document client), KMS, SNS, SFN, EventBridge, SQS, the WebSocket management API at least.
    expect(commands.length).toBeGreaterThanOrEqual(15);
    expect(commands.filter((c) => isEventStreamCommand(c.pkg, c.command))).toEqual([]);
  });

  it('the SDK reaches the event-stream module only through a dynamic import', async () => {
    const result = await esbuild.build({
      ...ESBUILD_OPTIONS,
      entryPoints: [functionEntryPath('api/hall-bookings')],
      write: false,
      outfile: 'out/index.mjs',
      logLevel: 'error',
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports);
    const eventStreams = imports.filter((i) => (EVENT_STREAM_MODULES as readonly string[]).includes(i.path));
    expect(eventStreams.length).toBeGreaterThan(0);
    expect(eventStreams.every((i) => i.external && i.kind === 'dynamic-import')).toBe(true);
    expect(Object.keys(result.metafile.inputs).filter((path) => path.includes('event-streams'))).toEqual([]);
  }, 60_000);
});
