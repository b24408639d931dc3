import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { clientPerEndpoint } from './client-per-endpoint';

const sns = /* @__PURE__ */ clientPerEndpoint('AWS_ENDPOINT_URL_SNS', () => new SNSClient({ maxAttempts: 3 }));

/**
 * One SMS through Amazon SNS (transactional: a notice the applicant waits for, not marketing).
 * Locally AWS_ENDPOINT_URL_SNS points the same call at the local stand-in (local/sns.ts).
 */
export async function sendSms(phoneNumber: string, message: string): Promise<string> {
  const out = await sns().send(
    new PublishCommand({
      PhoneNumber: phoneNumber,
      Message: message,
      MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
    }),
  );
  if (!out.MessageId) throw new Error('SNS returned no message id');
  return out.MessageId;
}
