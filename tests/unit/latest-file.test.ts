import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestFileWriter } from '#local/latest-file';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('stream checkpoint file', () => {
  it('ends holding the last positions saved, however fast the saves come, with no temporary file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onewindow-checkpoints-'));
    dirs.push(dir);
    const file = join(dir, 'stream-checkpoints.json');
    const positions: Record<string, string> = {};
    const writer = latestFileWriter(file, () => JSON.stringify(positions));
    for (let n = 1; n <= 50; n++) {
      positions['shard-1'] = String(n);
      writer.save();
      if (n % 7 === 0) await new Promise((r) => setTimeout(r, 1));
    }
    positions['shard-2'] = '900';
    writer.save();
    await writer.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'shard-1': '50', 'shard-2': '900' });
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('writes nothing until something is saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onewindow-checkpoints-'));
    dirs.push(dir);
    const file = join(dir, 'stream-checkpoints.json');
    await latestFileWriter(file, () => '{}').flush();
    expect(existsSync(file)).toBe(false);
  });
});
