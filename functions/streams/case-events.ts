import { logger } from '#logger';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { setting } from '#adapters/env';
import { putEvents } from '#adapters/eventbridge';
import { startCaseExecution, stopCaseExecution } from '#adapters/sfn';
import { detailTypeOf, eventDetail, executionStartFor, executionStopFor, isPublished, mayResumeWorkflow, supervisionFlagsOf } from '#domain/case-events';
import { executionName } from '#domain/workflow';
import { getCase } from '#repositories/case-repository';
import { deliverResumptions } from '#services/resume-case';
import { CASE_EVENT_SOURCE, SUPERVISION_EVENT_SOURCE } from '#manifest';
import { forEachAuditLine } from './audit-stream';


/**
 * Every audit line written to the table comes here through the table's stream and becomes an
 * event on the bus. Because the audit line and the state change are one transaction, no
 * transition can miss its event. A case that leaves intake starts its execution here, and a
 * withdrawn one has it stopped (see executionStartFor, executionStopFor).
 */
export function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  return forEachAuditLine(event, logger, 'case event delivery', async (audit) => {
    if (!isPublished(audit)) return;
    const start = executionStartFor(audit);
    if (start) await startCaseExecution(setting('stateMachineArn'), start.name, start.input);
    const stop = executionStopFor(audit);
    if (stop) {
      const record = await getCase(stop.caseNumber, true);
      await stopCaseExecution(setting('stateMachineArn'), executionName(stop.caseNumber, record?.workflowRun), 'The applicant withdrew the application (撤回).');
    }
    if (mayResumeWorkflow(audit)) await deliverResumptions(audit.caseNumber);
    const flags = supervisionFlagsOf(audit);
    const failed = await putEvents(setting('eventBusName'), [
      { source: CASE_EVENT_SOURCE, detailType: detailTypeOf(audit), detail: eventDetail(audit), time: new Date(audit.at), resources: [audit.caseNumber] },
      ...(flags.length > 0
        ? [{ source: SUPERVISION_EVENT_SOURCE, detailType: 'CaseWarning', detail: { ...eventDetail(audit), flags }, time: new Date(audit.at), resources: [audit.caseNumber] }]
        : []),
    ]);
    if (failed.length > 0) throw new Error('PutEvents rejected the event');
  });
}
