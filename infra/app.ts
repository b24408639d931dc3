/**
 * CDK app (cdk.json: `npx tsx infra/app.ts`). Context: `centreCode`, `centreName`,
 * `archiveRetentionYears`, `cognitoThreatProtection`, `alarmEmail`, `caseNumberPattern`,
 * `countyAccounts` (comma-separated), `forwardingLimits` (e.g. immediate=5,promised=15), `stepLimits`
 * (e.g. acceptance=5,co_opinion=3), `yellowWorkingDays` (e.g. 3), `ticketDays` (e.g. consultation=2,cannot_get_done=5), `publicBaseUrl` (the centre's web address, for the
 * receipt's QR code), e.g.
 *   npx cdk synth -c centreCode=HZ -c centreName=合作市政务服务中心
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import { DEFAULT_CENTRE_CODE, DEFAULT_CENTRE_NAME, OneWindowStack } from './stack';

const app = new App();

function context(key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  return value === undefined || value === null || value === '' ? undefined : String(value);
}

const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;
const retention = context('archiveRetentionYears');

new OneWindowStack(app, 'OneWindow', {
  env: account || region ? { account, region } : undefined,
  centreCode: context('centreCode') ?? DEFAULT_CENTRE_CODE,
  centreName: context('centreName') ?? DEFAULT_CENTRE_NAME,
  archiveRetentionYears: retention === undefined ? undefined : Number(retention),
  cognitoThreatProtection: context('cognitoThreatProtection') === 'true',
  alarmEmail: context('alarmEmail'),
  caseNumberPattern: context('caseNumberPattern'),
  forwardingLimits: context('forwardingLimits'),
  stepLimits: context('stepLimits'),
  yellowWorkingDays: context('yellowWorkingDays') === undefined ? undefined : Number(context('yellowWorkingDays')),
  ticketDays: context('ticketDays'),
  publicBaseUrl: context('publicBaseUrl'),
  countyAccounts: context('countyAccounts')
    ?.split(',')
    .map((a) => a.trim())
    .filter(Boolean),
});

// cdk-nag 3 packs are policy validation plugins (not Aspects): synth fails on any unacknowledged finding.
Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app, { verbose: true }),
  new ServerlessChecks(app, { verbose: true }),
  new NIST80053R5Checks(app, { verbose: true }),
);
