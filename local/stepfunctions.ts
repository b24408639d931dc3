import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Server } from 'node:http';
import { StateMachine } from 'aws-local-stepfunctions';

type JSONValue = Parameters<StateMachine['run']>[0];
import { latestFileWriter, type LatestFileWriter } from './latest-file';
import { AwsJsonError, closeServer, serveAwsJson } from './aws-json';
import { invoke, LOCAL_ACCOUNT, LOCAL_REGION, localFunctionArn } from './lambda';

/**
 * Step Functions on this machine: the very ASL files in statemachines/, run by aws-local-stepfunctions,
 * behind a local endpoint that speaks the Step Functions API (StartExecution, SendTaskSuccess, …).
 * Each execution's task results and open task tokens are journaled to disk, so after a restart a
 * waiting execution is replayed up to its wait and keeps the same task token.
 */

type Status = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';

interface StepRecord {
  result?: unknown;
  token?: string;
}

interface Execution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  input: string;
  status: Status;
  startDate: number;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
  steps: Record<string, StepRecord>;
}

interface Waiter {
  executionArn: string;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

type AslState = {
  Type: string;
  Resource?: string;
  TimeoutSeconds?: number;
  Branches?: { States: Record<string, AslState> }[];
  Iterator?: { States: Record<string, AslState> };
  ItemProcessor?: { States: Record<string, AslState> };
};

export interface LocalStepFunctions {
  endpoint: string;
  stateMachineArn(name: string): string;
  /** Resolves when no execution is running a step right now (all are waiting or done). */
  describe(executionArn: string): Execution | undefined;
  /** Fault injection for tests: the next `times` calls of the operation fail as a service outage would (HTTP 500). */
  failNext(operation: 'SendTaskSuccess' | 'StartExecution' | 'DescribeExecution', times: number): void;
  stop(): Promise<void>;
}

export function localStateMachineArn(file: string): string {
  return `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:onewindow-${basename(file, '.asl.json')}`;
}

/** `${CaseStepFunctionArn}` → the local ARN of function `case-step`. */
export function substitute(definition: string): string {
  return definition.replace(/\$\{([A-Za-z0-9]+)FunctionArn\}/g, (_m, name: string) =>
    localFunctionArn(name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()),
  );
}

/** Node timers hold at most 2^31-1 ms (24.8 days); a longer one would fire at once. */
const MAX_LOCAL_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function taskStates(states: Record<string, AslState>, into: Record<string, AslState> = {}): Record<string, AslState> {
  for (const [name, state] of Object.entries(states)) {
    if (state.Type === 'Task') {
      into[name] = state;
      // Waits of up to a year (a case's life) are clamped locally; a local run restarts long before.
      if (state.TimeoutSeconds && state.TimeoutSeconds > MAX_LOCAL_TIMEOUT_SECONDS) state.TimeoutSeconds = MAX_LOCAL_TIMEOUT_SECONDS;
    }
    for (const branch of state.Branches ?? []) taskStates(branch.States, into);
    const inner = state.ItemProcessor ?? state.Iterator;
    if (inner) taskStates(inner.States, into);
  }
  return into;
}

function functionNameOf(arn: unknown): string {
  const name = String(arn).split(':function:')[1]?.split(':')[0];
  if (!name) throw new Error(`Task names no local function: ${String(arn)}`);
  return name;
}

export async function startStepFunctions(port: number, aslDir: string, journalDir: string): Promise<LocalStepFunctions> {
  mkdirSync(journalDir, { recursive: true });
  const machines = new Map<string, { machine: StateMachine; tasks: Record<string, AslState> }>();
  for (const file of readdirSync(aslDir).filter((f) => f.endsWith('.asl.json'))) {
    const definition = JSON.parse(substitute(readFileSync(join(aslDir, file), 'utf8'))) as { States: Record<string, AslState> };
    machines.set(localStateMachineArn(file), {
      machine: new StateMachine(definition as ConstructorParameters<typeof StateMachine>[0], { validationOptions: { checkArn: false } }),
      tasks: taskStates(definition.States),
    });
  }
  const executions = new Map<string, Execution>();
  const waiters = new Map<string, Waiter>();
  const running = new Map<string, { abort(): void }>();
  let stopping = false;

  // One journal file per execution, written off the event loop; stop() waits until each holds its last state.
  const journals = new Map<string, LatestFileWriter>();
  const persist = (e: Execution) => {
    let journal = journals.get(e.name);
    if (!journal) {
      journal = latestFileWriter(join(journalDir, `${e.name}.json`), () => JSON.stringify(e));
      journals.set(e.name, journal);
    }
    journal.save();
    if (e.status !== 'RUNNING') {
      const done = journal;
      void done.flush().then(() => {
        if (journals.get(e.name) === done) journals.delete(e.name);
      });
    }
  };

  const halted = (execution: Execution) => stopping || execution.status !== 'RUNNING';
  const neverSettles = () => new Promise<JSONValue>(() => undefined);

  function run(execution: Execution) {
    const entry = machines.get(execution.stateMachineArn)!;
    const occurrences = new Map<string, number>();
    const handlers = Object.fromEntries(
      Object.entries(entry.tasks).map(([stateName, state]) => [
        stateName,
        async (input: unknown) => {
          // Once the system stops or the execution is stopped, no step may run or fail: a failure would
          // send the execution through its Retry and Catch, invoking the task again with a new token
          // while the journal keeps the old one, so after a restart the case and its execution would
          // wait on different tokens. The journal replays from here on the next start.
          if (halted(execution)) return neverSettles();
          const parameters = (input ?? {}) as Record<string, unknown>;
          // Map iterations (联办 co-departments) run side by side: each counts its own occurrences.
          const department = (parameters.Payload as { department?: unknown } | undefined)?.department;
          const slot = typeof department === 'string' ? `${stateName}@${department}` : stateName;
          const n = (occurrences.get(slot) ?? 0) + 1;
          occurrences.set(slot, n);
          const key = `${slot}#${n}`;
          const recorded = execution.steps[key];
          if (recorded && 'result' in recorded) return recorded.result as JSONValue;
          const resource = String(state.Resource);
          const waits = resource.endsWith('.waitForTaskToken');
          let result: unknown;
          if (resource.startsWith('arn:aws:states:::lambda:invoke')) {
            const payload = parameters.Payload as Record<string, unknown> | undefined;
            if (waits) {
              // Replayed after a restart: the function already stored this token; wait on it again.
              const token = recorded?.token ?? String(payload?.taskToken ?? '');
              if (!token) throw new Error(`${stateName} waits for a task token but passes none`);
              const outcome = new Promise<unknown>((resolve, reject) =>
                waiters.set(token, { executionArn: execution.executionArn, resolve, reject }),
              );
              // Stopping may reject the wait before it is awaited below.
              outcome.catch(() => undefined);
              if (!recorded?.token) {
                execution.steps[key] = { token };
                persist(execution);
                try {
                  await invoke(functionNameOf(parameters.FunctionName), payload);
                } catch (error) {
                  if (halted(execution)) return neverSettles();
                  waiters.delete(token);
                  delete execution.steps[key];
                  persist(execution);
                  throw error;
                }
              }
              try {
                result = await outcome;
              } catch (error) {
                if (halted(execution)) return neverSettles();
                throw error;
              }
            } else {
              let out: unknown;
              try {
                out = await invoke(functionNameOf(parameters.FunctionName), payload);
              } catch (error) {
                if (halted(execution)) return neverSettles();
                throw error;
              }
              result = { ExecutedVersion: '$LATEST', Payload: out, StatusCode: 200 };
            }
          } else {
            throw new Error(`Resource ${resource} is not emulated locally`);
          }
          execution.steps[key] = { result };
          persist(execution);
          return result as JSONValue;
        },
      ]),
    );
    const handle = entry.machine.run(JSON.parse(execution.input), {
      overrides: { taskResourceLocalHandlers: handlers },
      context: {
        Execution: {
          Id: execution.executionArn,
          Name: execution.name,
          StartTime: new Date(execution.startDate * 1000).toISOString(),
          Input: JSON.parse(execution.input),
        },
        StateMachine: { Id: execution.stateMachineArn },
        // aws-local-stepfunctions makes no task tokens: each read of $$.Task.Token gets a fresh one.
        Task: {
          get Token() {
            return randomUUID();
          },
        },
      },
      noThrowOnAbort: true,
    });
    running.set(execution.executionArn, handle);
    handle.result.then(
      (output: unknown) => {
        running.delete(execution.executionArn);
        if (stopping || execution.status !== 'RUNNING') return;
        execution.status = 'SUCCEEDED';
        execution.output = JSON.stringify(output);
        execution.stopDate = Date.now() / 1000;
        persist(execution);
      },
      (error: unknown) => {
        running.delete(execution.executionArn);
        if (stopping || execution.status !== 'RUNNING') return;
        execution.status = 'FAILED';
        const err = error as { name?: string; message?: string; cause?: unknown };
        execution.error = String(err.name ?? 'Error');
        execution.cause = String(err.message ?? error);
        execution.stopDate = Date.now() / 1000;
        persist(execution);
        console.error(`[stepfunctions] execution ${execution.name} failed: ${execution.error}: ${execution.cause}`);
      },
    );
  }

  // Resume what was running when the system last stopped.
  for (const file of readdirSync(journalDir).filter((f) => f.endsWith('.json'))) {
    const execution = JSON.parse(readFileSync(join(journalDir, file), 'utf8')) as Execution;
    executions.set(execution.executionArn, execution);
    if (execution.status === 'RUNNING' && machines.has(execution.stateMachineArn)) run(execution);
  }

  const requireExecution = (arn: unknown) => {
    const e = executions.get(String(arn));
    if (!e) throw new AwsJsonError('ExecutionDoesNotExist', `Execution ${String(arn)} does not exist`);
    return e;
  };
  const taskWaiter = (token: unknown) => {
    const waiter = waiters.get(String(token));
    if (!waiter) throw new AwsJsonError('TaskTimedOut', 'Task Timed Out: the token was used already, or its execution no longer waits');
    waiters.delete(String(token));
    return waiter;
  };
  const view = (e: Execution) => ({
    executionArn: e.executionArn,
    stateMachineArn: e.stateMachineArn,
    name: e.name,
    status: e.status,
    startDate: e.startDate,
    stopDate: e.stopDate,
    input: e.input,
    output: e.output,
    error: e.error,
    cause: e.cause,
  });

  const outages = new Map<string, number>();
  const unlessFailing =
    <T>(operation: string, fn: (input: Record<string, unknown>) => T) =>
    (input: Record<string, unknown>): T => {
      const left = outages.get(operation) ?? 0;
      if (left > 0) {
        outages.set(operation, left - 1);
        throw new AwsJsonError('ServiceUnavailable', `Injected fault: ${operation} is unavailable`, 500);
      }
      return fn(input);
    };

  const server: Server = await serveAwsJson(port, 'AWSStepFunctions', {
    StartExecution: unlessFailing('StartExecution', (input) => {
      const stateMachineArn = String(input.stateMachineArn);
      if (!machines.has(stateMachineArn))
        throw new AwsJsonError('StateMachineDoesNotExist', `State machine ${stateMachineArn} does not exist`);
      const name = String(input.name ?? randomUUID());
      const executionArn = `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
      const body = String(input.input ?? '{}');
      const existing = executions.get(executionArn);
      if (existing) {
        // Same as AWS Standard workflows: an identical start of a running execution is idempotent.
        if (existing.status === 'RUNNING' && existing.input === body) return { executionArn, startDate: existing.startDate };
        throw new AwsJsonError('ExecutionAlreadyExists', `Execution ${name} already exists`);
      }
      const execution: Execution = {
        executionArn,
        stateMachineArn,
        name,
        input: body,
        status: 'RUNNING',
        startDate: Date.now() / 1000,
        steps: {},
      };
      executions.set(executionArn, execution);
      persist(execution);
      run(execution);
      return { executionArn, startDate: execution.startDate };
    }),
    SendTaskSuccess: unlessFailing('SendTaskSuccess', (input) => {
      const waiter = taskWaiter(input.taskToken);
      waiter.resolve(JSON.parse(String(input.output ?? '{}')));
      return {};
    }),
    SendTaskFailure: (input) => {
      const waiter = taskWaiter(input.taskToken);
      const error = new Error(String(input.cause ?? ''));
      error.name = String(input.error ?? 'TaskFailed');
      waiter.reject(error);
      return {};
    },
    DescribeExecution: unlessFailing('DescribeExecution', (input) => view(requireExecution(input.executionArn))),
    ListExecutions: (input) => ({
      executions: [...executions.values()]
        .filter((e) => e.stateMachineArn === input.stateMachineArn && (!input.statusFilter || e.status === input.statusFilter))
        .map(({ executionArn, stateMachineArn, name, status, startDate, stopDate }) => ({
          executionArn,
          stateMachineArn,
          name,
          status,
          startDate,
          stopDate,
        })),
    }),
    StopExecution: (input) => {
      const e = requireExecution(input.executionArn);
      if (e.status === 'RUNNING') {
        e.status = 'ABORTED';
        e.stopDate = Date.now() / 1000;
        e.error = input.error ? String(input.error) : undefined;
        e.cause = input.cause ? String(input.cause) : undefined;
        persist(e);
        running.get(e.executionArn)?.abort();
        // Settle its open waits too, so no task timer outlives the execution.
        for (const [token, waiter] of waiters) {
          if (waiter.executionArn !== e.executionArn) continue;
          waiters.delete(token);
          waiter.reject(new Error('execution stopped'));
        }
      }
      return { stopDate: e.stopDate };
    },
  });

  return {
    endpoint: `http://127.0.0.1:${port}`,
    stateMachineArn: (name) => [...machines.keys()].find((arn) => arn.endsWith(`:onewindow-${name}`)) ?? '',
    describe: (arn) => executions.get(arn),
    failNext: (operation, times) => outages.set(operation, times),
    async stop() {
      stopping = true;
      for (const handle of running.values()) handle.abort();
      // Settle every open wait so no task timer outlives the system; journals keep the tokens.
      for (const waiter of waiters.values()) waiter.reject(new Error('local Step Functions stopped'));
      waiters.clear();
      await Promise.all([...journals.values()].map((j) => j.flush()));
      await closeServer(server);
    },
  };
}

export function journalExists(dir: string): boolean {
  return existsSync(dir);
}
