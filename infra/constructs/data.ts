import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '#repositories/keys';

export const GSI1 = TABLE_DESIGN.index.name;

/** What every table of records gets: on demand, point-in-time recovery, encrypted, never deleted with the stack. */
export const DURABLE_TABLE = {
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  encryption: dynamodb.TableEncryption.AWS_MANAGED,
  deletionProtection: true,
  removalPolicy: RemovalPolicy.RETAIN,
} as const;

/**
 * The single table: `pk`/`sk` plus one generic GSI `gsi1` (`gsi1pk`/`gsi1sk`). Its stream (new images)
 * feeds the case-events function; `expiresAt` (epoch seconds) expires short-lived items.
 */
export class Data extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE_DESIGN.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.sortKey, type: dynamodb.AttributeType.STRING },
      ...DURABLE_TABLE,
      stream: dynamodb.StreamViewType.NEW_IMAGE,
      timeToLiveAttribute: TABLE_DESIGN.ttlAttribute,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: GSI1,
      partitionKey: { name: TABLE_DESIGN.index.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.index.sortKey, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
  }

  /** ARN of the gsi1 index (for least-privilege Query grants). */
  get gsi1Arn(): string {
    return `${this.table.tableArn}/index/${GSI1}`;
  }
}
