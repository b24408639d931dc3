import { SFNClient, SendTaskSuccessCommand, StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';

let client: SFNClient | undefined;

function sfn(): SFNClient {
  client ??= new SFNClient({ maxAttempts: 3 });
  return client;
}

/** Starts the case's execution, named by its case number; a second start of the same case is a no-op. */
export async function startCaseExecution(stateMachineArn: string, caseNumber: string, input: object): Promise<void> {
  try {
    await sfn().send(new StartExecutionCommand({ stateMachineArn, name: caseNumber, input: JSON.stringify(input) }));
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionAlreadyExists') return;
    throw error;
  }
}

/** Stops the case's execution; one that already ended (or never started) is left as it is. */
export async function stopCaseExecution(stateMachineArn: string, caseNumber: string, cause: string): Promise<void> {
  const executionArn = `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${caseNumber}`;
  try {
    await sfn().send(new StopExecutionCommand({ executionArn, error: 'CaseWithdrawn', cause }));
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionDoesNotExist') return;
    throw error;
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
