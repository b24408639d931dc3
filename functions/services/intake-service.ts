import { createHash } from 'node:crypto';
import { deploymentCentre, optionalSetting } from '#config/settings';
import { applicantKey, applicantNameKey, seal } from '#adapters/personal-data-sealing';
import { caseIndexRows } from '#repositories/case-search-repository';
import { actorOf } from '#domain/case/actor';
import { completeIntake, registerCase } from '#domain/case/registration';
import { publicView } from '#http/case-view';
import { supplyRequested } from '#domain/case/back-office';
import type { Applicant, Channel } from '#domain/case/application';
import type { CaseRecord } from '#domain/case/records';
import { completeWaitingStep, waitingOn } from './resume-case';
import { refuseIfArchived } from './archived-guard';
import { caseFor } from './case-access';
import { chinaDay } from '#domain/calendar';
import { intakeClock } from '#domain/deadline';
import { centreCalendar } from '#repositories/calendar-repository';
import { chinaDate, DEFAULT_CASE_NUMBER_PATTERN, formatCaseNumber } from '#domain/case-number';
import { conflict, unprocessable } from '#domain/errors';
import { maskIdNumber, maskName } from '#domain/identity';
import {
  assertValidIdNumber,
  assertWindowMayAccept,
  formalReview,
  type AgentInput,
  type ReviewRequest,
  type SubmittedMaterial,
} from '#domain/intake';
import { assertItemOpen, type ServiceItem } from '#domain/item';
import type { PersonalData } from '#domain/personal-data';
import { assertDeliveryAllowed, maskAddress, type DeliveryInput } from '#domain/delivery';
import type { Principal } from '#domain/principal';
import { mayAct } from '#domain/access-policy';
import * as cases from '#repositories/case-repository';
import { getCurrentItemWarm, getItemVersion } from '#repositories/item-repository';
import { getUpload } from '#repositories/upload-repository';
import { getCreditFlag, listReusableMaterials, reusableMaterialPuts } from '#repositories/applicant-repository';
import { isActive, verifiedOriginals } from '#domain/applicant-record';

type CaseView = ReturnType<typeof publicView>;

/** The centre an application is received at: the clerk's, or the county system's (this deployment's when it names none). */
const centreOf = (principal: Principal): string => principal.centre ?? deploymentCentre();

/**
 * Receiving an application (收件) and its supplement (补正): the same formal review whichever way the
 * application arrives (window, online, county system), one repository write, nothing half-done.
 */
export interface ReviewInput {
  /** Each material as a new scan (uploadId) or reused from an earlier case (reuse.sha256). */
  materials: { code: string; uploadId?: string; reuse?: { sha256: string } }[];
  defects: { code: string; reason: string }[];
  deferral?: { materials: string[]; commitment: string; dueDate?: string };
  decideNow?: { outcome: 'approve' | 'deny'; opinion: string };
}

export interface ApplicationInput extends ReviewInput {
  itemCode: string;
  applicant: { kind: 'person' | 'legal_person'; name: string; idNumber: string; phone?: string };
  agent?: AgentInput;
  channel: Channel;
  /** 送达方式; pickup when not given. */
  delivery?: DeliveryInput;
}

/** The upload records of the scans an application names (materials and the agent's letter of authorisation). */
function readUploads(input: ReviewInput & { agent?: AgentInput }) {
  const uploadIds = [
    ...input.materials.flatMap((m) => (m.uploadId ? [m.uploadId] : [])),
    ...(input.agent?.authorisation.uploadId ? [input.agent.authorisation.uploadId] : []),
  ];
  return Promise.all(uploadIds.map(async (id) => [id, await getUpload(id)] as const)).then((pairs) => new Map(pairs));
}

async function review(
  item: ServiceItem,
  input: ReviewInput & { agent?: AgentInput },
  principal: Principal,
  now: Date,
  key: string | undefined,
  alreadyAccepted?: CaseRecord['materials'],
  /** The scans' upload records, when the caller started reading them already. */
  uploadsRead?: ReturnType<typeof readUploads>,
) {
  const submitted: SubmittedMaterial[] = input.materials.map((m) => ({ code: m.code, uploadId: m.uploadId, reuseSha256: m.reuse?.sha256 }));
  const wantsReuse = submitted.some((m) => m.reuseSha256);
  const [uploads, reusable, credit, calendar] = await Promise.all([
    uploadsRead ?? readUploads(input),
    wantsReuse && key ? listReusableMaterials(key, centreOf(principal)) : Promise.resolve([]),
    input.deferral && key ? getCreditFlag(key, centreOf(principal)) : Promise.resolve(undefined),
    centreCalendar(centreOf(principal)),
  ]);
  const today = chinaDay(now);
  // Every case has a deadline the day it is received: on a provisional year's calendar if need be.
  const clock = intakeClock(calendar, today, item.promisedDays, item.limitUnit);
  const request: ReviewRequest = {
    item,
    submitted,
    uploads,
    submitter: principal.subject,
    defects: input.defects,
    deferral: input.deferral,
    decideNow: input.decideNow,
    mayDecideAtWindow: mayAct(principal, 'case.decide_at_window'),
    alreadyAccepted,
    agent: input.agent,
    reusable,
    badCredit: isActive(credit),
    today,
    promisedBy: clock.promisedBy,
  };
  return { ...formalReview(request), promisedBy: clock.promisedBy, provisional: clock.provisional };
}

/** Materials checked against originals at this registration become reusable for the applicant. */
function reusableAlongside(item: ServiceItem, key: string | undefined, at: Date) {
  return (record: CaseRecord) =>
    key && record.state !== 'incomplete'
      ? reusableMaterialPuts(
          key,
          verifiedOriginals(item, record.materials, record.caseNumber, at).map((m) => ({ ...m, centre: record.centre })),
        )
      : [];
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export async function receiveApplication(
  input: ApplicationInput,
  principal: Principal,
  now: Date,
  idempotency?: cases.Idempotency,
): Promise<cases.RegisterResult> {
  if (idempotency) {
    const earlier = await cases.findByIdempotencyKey(idempotency);
    if (earlier) return earlier;
  }
  assertValidIdNumber(input.applicant.kind, input.applicant.idNumber);
  const personal: PersonalData = {
    applicant: { kind: input.applicant.kind, name: input.applicant.name, idNumber: input.applicant.idNumber, phone: input.applicant.phone },
    ...(input.agent ? { agent: { name: input.agent.name, idNumber: input.agent.idNumber } } : {}),
    ...(input.delivery?.method === 'courier' ? { delivery: { address: input.delivery.address } } : {}),
  };
  // Independent round trips, side by side: intake latency is what the clerk waits for.
  // The scans' records are read alongside too (they do not depend on the item); checked in the review.
  const uploadsRead = readUploads(input);
  const [item, personalData, key, nameKey] = await Promise.all([
    getCurrentItemWarm(input.itemCode),
    seal(personal),
    applicantKey(input.applicant.kind, input.applicant.idNumber),
    applicantNameKey(input.applicant.name),
    uploadsRead,
  ]);
  const centre = centreOf(principal);
  // Only items of the centre's own implementation list (实施清单) are received there.
  if (!item || item.centre !== centre)
    throw unprocessable('item_not_found', `There is no catalog item ${input.itemCode}.`, { itemCode: input.itemCode });
  assertItemOpen(item);
  assertWindowMayAccept(item);
  if (input.delivery) assertDeliveryAllowed(input.delivery, item);
  const {
    materials,
    outcome,
    agent,
    promisedBy: due,
    provisional,
  } = await review(item, input, principal, now, key, undefined, uploadsRead);

  const pattern = optionalSetting('caseNumberPattern', DEFAULT_CASE_NUMBER_PATTERN);
  const date = chinaDate(now);
  const applicant: Applicant = {
    kind: input.applicant.kind,
    // Natural persons' names are personal data: kept masked; a legal person's name is public.
    name: input.applicant.kind === 'person' ? maskName(input.applicant.name) : input.applicant.name,
    idNumberMasked: maskIdNumber(input.applicant.idNumber),
    phone: input.applicant.phone ? maskIdNumber(input.applicant.phone) : undefined,
  };
  return cases.insertNumberedCase(
    centre,
    date,
    (seq) =>
      registerCase({
        caseNumber: formatCaseNumber(pattern, { centre, date, seq }),
        centre,
        item,
        applicant,
        agent,
        personalData,
        applicantKey: key,
        channel: principal.role === 'county_system' ? 'county_system' : input.channel,
        materials,
        delivery:
          input.delivery?.method === 'courier' ? { method: 'courier', address: maskAddress(input.delivery.address) } : { method: 'pickup' },
        outcome,
        promisedBy: outcome.kind === 'incomplete' ? undefined : due,
        provisional,
        actor: actorOf(principal),
        at: now,
      }),
    idempotency,
    // 办件查询's listings are written with the case (functions/repositories/case-search-repository.ts).
    (record) => [...reusableAlongside(item, key, now)(record), ...caseIndexRows(record, nameKey)],
  );
}

/**
 * 补正: the materials the correction notice listed — the window's (一次性补正告知书, before registration)
 * or the back office's (补正材料通知书, which resumes the case's review). Still incomplete → 422,
 * and no second notice.
 */
export async function supplementApplication(caseNumber: string, input: ReviewInput, principal: Principal, now: Date): Promise<CaseView> {
  const before = await caseFor(caseNumber, principal, 'case.supplement', true);
  await refuseIfArchived(before, principal, (current) => supplyRequested(current, [], actorOf(principal), now));
  if (before.state !== 'incomplete' && before.state !== 'supplement_requested') {
    throw conflict(
      'not_incomplete',
      `Case ${caseNumber} is ${before.state}; only an application waiting for correction takes a supplement.`,
      {
        caseNumber,
        state: before.state,
      },
    );
  }
  // The case keeps the item version it was received under.
  const item = await getItemVersion(before.itemCode, before.itemVersion);
  if (!item) throw new Error(`Item ${before.itemCode} v${before.itemVersion} of case ${caseNumber} is missing`);
  if (before.state === 'supplement_requested') return supplyToBackOffice(before, item, input, principal, now);
  const {
    materials,
    outcome,
    promisedBy: due,
    provisional,
  } = await review(item, input, principal, now, before.applicantKey, before.materials);
  if (outcome.kind === 'incomplete') throw stillIncomplete(caseNumber, outcome.problems);
  const transition = completeIntake(before, materials, outcome, due, actorOf(principal), now, provisional);
  await cases.saveTransition(before, transition, reusableAlongside(item, before.applicantKey, now)(transition.record));
  return publicView(transition.record);
}

function stillIncomplete(caseNumber: string, problems: unknown[]) {
  return unprocessable(
    'still_incomplete',
    `${problems.length} material problem(s) remain from the correction notice; the application stays waiting for them.`,
    {
      caseNumber,
      problems,
    },
  );
}

/** The back office's 补正: the listed materials come as new scans, checked like any intake; the review resumes. */
async function supplyToBackOffice(before: CaseRecord, item: ServiceItem, input: ReviewInput, principal: Principal, now: Date) {
  const listed = new Set((before.supplementRequest?.problems ?? []).map((p) => p.code));
  const kept = before.materials.filter((m) => !listed.has(m.code));
  const { materials, outcome } = await review(
    item,
    { materials: input.materials, defects: input.defects },
    principal,
    now,
    before.applicantKey,
    kept,
  );
  if (outcome.kind === 'incomplete') throw stillIncomplete(before.caseNumber, outcome.problems);
  const supplied = materials.filter((m) => !kept.includes(m));
  return completeWaitingStep(
    before.caseNumber,
    principal,
    'case.supplement',
    waitingOn('supplement'),
    (current) => supplyRequested(current, supplied, actorOf(principal), now),
    () => ({ outcome: 'supplied' }),
    now,
  );
}
