import { Logger } from '@aws-lambda-powertools/logger';

/** The one structured logger of every function (Powertools: JSON lines with the Lambda context). */
export const logger = new Logger({ serviceName: 'onewindow' });
