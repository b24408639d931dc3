import { actorOf } from '#domain/case/actor';
import type { CaseRecord } from '#domain/case/records';
import type { Transition } from '#domain/case/transition';
import { archivedError, refusedChange } from '#domain/archived';
import { AppError } from '#domain/errors';
import type { Principal } from '#domain/principal';
import { recordRefusedChange } from '#repositories/archive-repository';

/**
 * An archived case never changes (GB/T 42727): a person's attempt is refused with 409 `archived`
 * and recorded with the case's package — also when the lifecycle would have refused it anyway, so
 * every attempt on an archived file is on record.
 */
export async function refuseIfArchived(before: CaseRecord, principal: Principal, apply: (current: CaseRecord) => Transition): Promise<void> {
  if (!before.archived) return;
  let attempt = { action: 'change', toState: before.state as string };
  try {
    const { audit } = apply({ ...before, archived: undefined });
    attempt = { action: audit.action, toState: audit.toState };
  } catch (error) {
    // Not a change the lifecycle allows either: its refusal names the action that was asked for.
    const asked = error instanceof AppError ? error.details.action : undefined;
    if (typeof asked === 'string') attempt = { action: asked, toState: before.state };
  }
  await recordRefusedChange(refusedChange(before.archived, { caseNumber: before.caseNumber, actor: actorOf(principal), ...attempt }, new Date()));
  throw archivedError(before.caseNumber, before.archived);
}
