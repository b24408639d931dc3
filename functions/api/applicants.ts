import { httpHandler } from '#http/handler';
import { APPLICANTS_ROUTES } from '#manifest';
import { APPLICANT_CONTRACT } from '#http/contracts/applicants';
import { clearApplicantFlag, flagApplicant, lookUpApplicant } from '#services/applicant-record-service';

export const handler = httpHandler(APPLICANTS_ROUTES, APPLICANT_CONTRACT, {
  'POST /applicants/lookup': async ({ body, principal }) => ({
    body: await lookUpApplicant(principal, body),
    headers: { 'cache-control': 'no-store' },
  }),
  'POST /credit-flags': async ({ body, principal, now }) => ({ status: 201, body: await flagApplicant(principal, body, now) }),
  'POST /credit-flags/clear': async ({ body, principal, now }) => ({ body: await clearApplicantFlag(principal, body, now) }),
});
