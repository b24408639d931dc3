import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASL_SUBSTITUTIONS } from '../../functions/manifest';
import { repoPath } from '../../infra/bundling';

interface AslState {
  Type: string;
  Next?: string;
  End?: boolean;
  Default?: string;
  Choices?: { Next: string }[];
  Catch?: { Next: string }[];
}
interface Asl {
  StartAt: string;
  States: Record<string, AslState>;
}

const dir = repoPath('statemachines');
const files = readdirSync(dir).filter((f) => f.endsWith('.asl.json'));
const allowed = new Set<string>(Object.values(ASL_SUBSTITUTIONS));

describe('statemachines/*.asl.json', () => {
  it('exists', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');

      it('parses as JSON with StartAt and States', () => {
        const asl = JSON.parse(text) as Asl;
        expect(typeof asl.StartAt).toBe('string');
        expect(asl.States).toHaveProperty(asl.StartAt);
      });

      it('uses only JSONPath features the local runner supports', () => {
        expect(text).not.toContain('"QueryLanguage"');
        expect(text).not.toContain('"Assign"');
        expect(text).not.toContain('"HeartbeatSeconds"');
        expect(text).not.toContain('{%');
      });

      it('uses only placeholders listed in ASL_SUBSTITUTIONS', () => {
        const used = [...text.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1] ?? '');
        expect(used.filter((name) => !allowed.has(name))).toEqual([]);
      });

      it('has every transition pointing at a defined state and a terminal state', () => {
        const asl = JSON.parse(text) as Asl;
        const names = new Set(Object.keys(asl.States));
        const targets = Object.values(asl.States).flatMap((s) => [
          ...(s.Next ? [s.Next] : []),
          ...(s.Default ? [s.Default] : []),
          ...(s.Choices ?? []).map((c) => c.Next),
          ...(s.Catch ?? []).map((c) => c.Next),
        ]);
        expect(targets.filter((t) => !names.has(t))).toEqual([]);
        expect(
          Object.values(asl.States).some((s) => s.End === true || s.Type === 'Succeed' || s.Type === 'Fail'),
        ).toBe(true);
      });
    });
  }
});
