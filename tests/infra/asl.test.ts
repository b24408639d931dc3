import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASL_SUBSTITUTIONS } from '#manifest';
import { repoPath } from '#infra/bundling';

interface AslState {
  Type: string;
  Comment?: string;
  Resource?: string;
  Retry?: { ErrorEquals: string[] }[];
  ItemProcessor?: { States: Record<string, AslState> };
  Next?: string;
  End?: boolean;
  Default?: string;
  Choices?: { Next: string }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
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

describe('statemachines/case.asl.json: no case is ever stranded', () => {
  const asl = JSON.parse(readFileSync(`${dir}/case.asl.json`, 'utf8')) as Asl;
  const top = Object.entries(asl.States);
  const inner = top.flatMap(([, s]) => Object.entries(s.ItemProcessor?.States ?? {}));

  it('names the domain step of every state in a Comment', () => {
    expect([...top, ...inner].filter(([, s]) => !s.Comment?.trim()).map(([name]) => name)).toEqual([]);
  });

  it('catches every failure of every task (and of the 联办 Map) and records it on the case as a stall', () => {
    const catching = top.filter(([, s]) => s.Type === 'Task' || s.Type === 'Map');
    expect(catching.length).toBeGreaterThanOrEqual(12);
    for (const [name, state] of catching) {
      const next = name === 'RecordStall' ? 'Stalled' : 'RecordStall';
      expect(state.Catch, name).toEqual([expect.objectContaining({ ErrorEquals: ['States.ALL'], Next: next })]);
    }
    expect(asl.States.Stalled?.Type).toBe('Fail');
  });

  it('retries every task, also a failure inside the function (not only Lambda service errors)', () => {
    for (const [name, state] of [...top, ...inner].filter(([, s]) => s.Type === 'Task')) {
      expect(state.Retry?.flatMap((r) => r.ErrorEquals), name).toContain('States.ALL');
    }
  });

  it('starts, and returns after every wait, at FindRecordedStep: the case record decides the next step', () => {
    expect(asl.StartAt).toBe('FindRecordedStep');
    const waits = top.filter(([, s]) => (s.Type === 'Task' && s.Resource?.endsWith('.waitForTaskToken')) || s.Type === 'Map');
    expect(waits.map(([name]) => name).sort()).toEqual(
      ['AwaitDecision', 'AwaitHandover', 'AwaitHigherAuthority', 'AwaitReport', 'AwaitResultScan', 'AwaitReview', 'AwaitSupplement', 'CoDepartmentOpinions', 'ForwardToDepartment'],
    );
    for (const [name, state] of waits) expect(state.Next, name).toBe('FindRecordedStep');
  });
});
