import { logger } from '#logger';
import * as z from 'zod/mini';
import '#domain/zod-locale';
import { closeCase, forwardCase, openStep, stallCase } from '#domain/case/workflow-waits';
import { parseForwardingLimits } from '#config/limits';
import { WAIT_STEPS, WORKFLOW_STATES } from '#domain/case/lifecycle';
import type { CaseRecord } from '#domain/case/records';
import type { Transition } from '#domain/case/transition';
import { recordedStep, type RecordedPosition } from '#domain/workflow';
import { AppError } from '#domain/errors';
import { ENV } from '#manifest';
import { getCase, saveTransition } from '#repositories/case-repository';


const StepInput = z.discriminatedUnion('step', [
  z.object({ step: z.literal('forward'), caseNumber: z.string(), taskToken: z.string().check(z.minLength(1)) }),
  z.object({ step: z.literal('close'), caseNumber: z.string() }),
  // Where the case stands: the record decides which step comes next (FindRecordedStep).
  z.object({ step: z.literal('locate'), caseNumber: z.string() }),
  // A step failed after its retries (the ASL's Catch): recorded on the case as a stall.
  z.object({ step: z.literal('stall'), caseNumber: z.string(), error: z.string(), cause: z.string() }),
  // The workflow waits on a person's step: the token is kept on the case (a 联办 co-department's in its slot).
  z.object({ step: z.literal('await'), waitFor: z.enum(WAIT_STEPS), caseNumber: z.string(), taskToken: z.string().check(z.minLength(1)) }),
  z.object({
    step: z.literal('await_co_opinion'),
    department: z.string().check(z.minLength(1)),
    caseNumber: z.string(),
    taskToken: z.string().check(z.minLength(1)),
  }),
]);
type StepInput = z.infer<typeof StepInput>;
type TransitionStep = Exclude<StepInput, { step: 'locate' }>;

// Read once per container: a malformed setting fails the first step loudly, not silently.
let limits: ReturnType<typeof parseForwardingLimits> | undefined;

function apply(input: TransitionStep, current: CaseRecord, now: Date): Transition | undefined {
  switch (input.step) {
    case 'forward':
      limits ??= parseForwardingLimits(process.env[ENV.forwardingLimits]);
      return forwardCase(current, input.taskToken, now, limits);
    case 'await':
      return openStep(current, input.waitFor, input.taskToken, now);
    case 'await_co_opinion':
      return openStep(current, { coDepartment: input.department }, input.taskToken, now);
    case 'close':
      // Step Functions may deliver a task twice: closing a closed case is done already.
      return current.state === 'closed' ? undefined : closeCase(current, now);
    case 'stall':
      // A case closed or withdrawn meanwhile has nothing left to carry.
      return WORKFLOW_STATES.includes(current.state) ? stallCase(current, input, now) : undefined;
  }
}

/** Workflow steps of the case execution. Each is one domain transition, saved with its audit line. */
export async function handler(event: unknown): Promise<{ caseNumber: string; state: string } | RecordedPosition> {
  const input = StepInput.parse(event);
  if (input.step === 'locate') {
    const record = await getCase(input.caseNumber, true);
    if (!record) throw new Error(`Case ${input.caseNumber} does not exist`);
    return recordedStep(record);
  }
  if (input.step === 'stall') logger.error('case stalled', { caseNumber: input.caseNumber, error: input.error, cause: input.cause });
  for (let attempt = 1; ; attempt++) {
    const current = await getCase(input.caseNumber, true);
    if (!current) throw new Error(`Case ${input.caseNumber} does not exist`);
    const transition = apply(input, current, new Date());
    if (!transition) return { caseNumber: current.caseNumber, state: current.state };
    try {
      await saveTransition(current, transition);
      logger.info('case step', { caseNumber: input.caseNumber, step: input.step, state: transition.record.state });
      return { caseNumber: current.caseNumber, state: transition.record.state };
    } catch (error) {
      // A person's action raced this step: read again and reapply.
      if (error instanceof AppError && error.code === 'case_changed' && attempt < 5) continue;
      throw error;
    }
  }
}
