import {
  DescribeExecutionCommand,
  SFNClient,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { clientPerEndpoint } from './client-per-endpoint';

const sfn = /* @__PURE__ */ clientPerEndpoint('AWS_ENDPOINT_URL_SFN', () => new SFNClient({ maxAttempts: 3 }));

/** Starts the case's execution, named by its case number (and run); a second start of the same name is a no-op. */
export async function startCaseExecution(stateMachineArn: string, name: string, input: object): Promise<void> {
  try {
    await sfn().send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionAlreadyExists') return;
    throw error;
  }
}

const executionArnOf = (stateMachineArn: string, name: string) => `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;

/** Stops the case's execution; one that already ended (or never started) is left as it is. */
export async function stopCaseExecution(stateMachineArn: string, name: string, cause: string, error = 'CaseWithdrawn'): Promise<void> {
  const executionArn = executionArnOf(stateMachineArn, name);
  try {
    await sfn().send(new StopExecutionCommand({ executionArn, error, cause }));
  } catch (failure) {
    if (failure instanceof Error && failure.name === 'ExecutionDoesNotExist') return;
    throw failure;
  }
}

export type TaskResumeResult = 'resumed' | 'token_invalid';

/** Resumes a waiting execution. An expired, unknown or already-used token is reported, not thrown. */
export async function resumeTask(taskToken: string, output: object): Promise<TaskResumeResult> {
  try {
    await sfn().send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
    return 'resumed';
  } catch (error) {
    if (error instanceof Error && ['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken'].includes(error.name)) {
      return 'token_invalid';
    }
    throw error;
  }
}

/** The status of a case's execution (RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED …), undefined when there is none. */
export async function executionStatus(stateMachineArn: string, name: string): Promise<string | undefined> {
  try {
    const out = await sfn().send(new DescribeExecutionCommand({ executionArn: executionArnOf(stateMachineArn, name) }));
    return out.status;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionDoesNotExist') return undefined;
    throw error;
  }
}
