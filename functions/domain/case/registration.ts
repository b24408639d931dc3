/** 收件登记: a case is registered from the window's formal review (domain/intake.ts); the applicant may withdraw it (撤回). */
import type { ServiceItem } from '#domain/item';
import type { Sealed } from '#domain/personal-data';
import type { Actor } from './actor';
import type { Agent, Applicant, CaseMaterial, Channel, Deferral, MaterialProblem } from './application';
import { assertTransition, type CaseState } from './lifecycle';
import type { CaseRecord, DeliveryChoice } from './records';
import { advance, auditFor, type Transition } from './transition';

/** What formal review at the window concluded (see domain/intake.ts). */
export type IntakeOutcome =
  | { kind: 'registered' }
  | { kind: 'incomplete'; problems: MaterialProblem[] }
  | { kind: 'deferred'; deferral: Deferral }
  | { kind: 'decided'; outcome: 'approve' | 'deny'; opinion: string };

const OUTCOME_STATE: Record<IntakeOutcome['kind'], (o: IntakeOutcome) => CaseState> = {
  registered: () => 'registered',
  deferred: () => 'registered',
  incomplete: () => 'incomplete',
  decided: (o) => (o.kind === 'decided' && o.outcome === 'deny' ? 'denied' : 'approved'),
};

function outcomePatch(outcome: IntakeOutcome, actor: Actor, at: Date): Partial<CaseRecord> {
  switch (outcome.kind) {
    case 'incomplete':
      return { correction: { requestedAt: at.toISOString(), problems: outcome.problems } };
    case 'deferred':
      return { deferred: outcome.deferral };
    case 'decided':
      return {
        decidedAtWindow: true,
        decision: { outcome: outcome.outcome, opinion: outcome.opinion, decidedAt: at.toISOString(), decidedBy: actor },
      };
    case 'registered':
      return {};
  }
}

function outcomeDetails(outcome: IntakeOutcome): Record<string, unknown> {
  switch (outcome.kind) {
    case 'incomplete':
      return { outcome: 'incomplete', problems: outcome.problems };
    case 'deferred':
      return { outcome: 'deferred', deferred: outcome.deferral.materials.map((m) => m.code), dueDate: outcome.deferral.dueDate };
    case 'decided':
      return { outcome: 'decided', decision: outcome.outcome, opinion: outcome.opinion };
    case 'registered':
      return { outcome: 'registered' };
  }
}

export interface RegistrationInput {
  caseNumber: string;
  centre: string;
  item: ServiceItem;
  applicant: Applicant;
  agent?: Agent;
  personalData?: Sealed;
  applicantKey?: string;
  channel: Channel;
  materials: CaseMaterial[];
  delivery?: DeliveryChoice;
  outcome?: IntakeOutcome;
  promisedBy?: string;
  provisional?: true;
  actor: Actor;
  at: Date;
}

export function registerCase(input: RegistrationInput): Transition {
  const { item, at } = input;
  const outcome = input.outcome ?? { kind: 'registered' };
  const record: CaseRecord = {
    caseNumber: input.caseNumber,
    centre: input.centre,
    itemCode: item.implementationCode,
    itemVersion: item.version,
    itemName: item.name,
    itemType: item.itemType,
    department: item.department,
    promisedDays: item.promisedDays,
    ...(item.limitUnit && item.limitUnit !== 'working_day' ? { limitUnit: item.limitUnit } : {}),
    ...(item.itemType === 'joint' && item.coDepartments.length > 0 ? { coDepartments: [...item.coDepartments] } : {}),
    applicant: input.applicant,
    agent: input.agent,
    personalData: input.personalData,
    applicantKey: input.applicantKey,
    channel: input.channel,
    materials: input.materials,
    ...(input.delivery ? { delivery: input.delivery } : {}),
    state: OUTCOME_STATE[outcome.kind](outcome),
    version: 1,
    receivedAt: at.toISOString(),
    submittedBy: input.actor,
    promisedBy: input.promisedBy,
    ...(input.promisedBy && input.provisional ? { provisional: true as const } : {}),
    ...outcomePatch(outcome, input.actor, at),
  };
  assertTransition('register', null, record.state, record.caseNumber);
  return {
    record,
    audit: auditFor(record, 'register', null, input.actor, at, {
      itemVersion: item.version,
      materials: input.materials.map((m) => ({ code: m.code, sha256: m.sha256 })),
      ...(input.agent ? { agent: { kind: input.agent.kind, reason: input.agent.reason, authorisation: input.agent.authorisation.document?.sha256 ?? 'note' } } : {}),
      ...(input.delivery ? { delivery: input.delivery.method } : {}),
      ...outcomeDetails(outcome),
    }),
  };
}

/**
 * 补正 done: the materials the correction notice asked for arrived, so the application is registered
 * (or, 即办, decided). There is no second correction round for the same list: the caller refuses a
 * supplement that still leaves problems, and the case stays as it was.
 */
export function completeIntake(
  current: CaseRecord,
  materials: CaseMaterial[],
  outcome: Exclude<IntakeOutcome, { kind: 'incomplete' }>,
  promisedBy: string | undefined,
  actor: Actor,
  at: Date,
  provisional?: true,
): Transition {
  const correction = current.correction && { ...current.correction, resolvedAt: at.toISOString() };
  return advance(
    current,
    'complete_intake',
    OUTCOME_STATE[outcome.kind](outcome),
    { materials, correction, promisedBy, provisional: promisedBy ? provisional : undefined, ...outcomePatch(outcome, actor, at) },
    actor,
    at,
    { materials: materials.map((m) => ({ code: m.code, sha256: m.sha256 })), ...outcomeDetails(outcome) },
  );
}

/** 撤回: the applicant withdraws the application before it is decided. */
export function withdrawCase(current: CaseRecord, reason: string, actor: Actor, at: Date): Transition {
  return advance(
    current,
    'withdraw',
    'withdrawn',
    { withdrawal: { reason, withdrawnAt: at.toISOString(), recordedBy: actor }, pendingTask: undefined },
    actor,
    at,
    { reason },
  );
}
