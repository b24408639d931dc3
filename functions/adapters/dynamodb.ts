import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clientPerEndpoint } from './client-per-endpoint';

// Endpoint comes from AWS_ENDPOINT_URL_DYNAMODB locally; from the Lambda environment in AWS.
export const documentClient: () => DynamoDBDocumentClient = /* @__PURE__ */ clientPerEndpoint('AWS_ENDPOINT_URL_DYNAMODB', () =>
  DynamoDBDocumentClient.from(new DynamoDBClient({ maxAttempts: 3 }), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  }),
);
