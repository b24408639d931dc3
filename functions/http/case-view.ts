/** The case as the HTTP API shows it. */
import type { CaseRecord, PendingTask } from '#domain/case/records';

/** The view of a case any permitted caller gets: no task token, no sealed personal data. */
export function publicView(
  record: CaseRecord,
): Omit<CaseRecord, 'pendingTask' | 'personalData' | 'applicantKey' | 'resumptions'> & { waitingFor?: PendingTask['step']; waitingSince?: string } {
  const { pendingTask, personalData: _sealed, applicantKey: _key, resumptions: _outbox, ...rest } = record;
  // Task tokens stay on the server; an opinion slot shows only whether it is open.
  const view = rest.coOpinions ? { ...rest, coOpinions: rest.coOpinions.map(({ token: _t, ...o }) => o) } : rest;
  return pendingTask ? { ...view, waitingFor: pendingTask.step, waitingSince: pendingTask.since } : view;
}
