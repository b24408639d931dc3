import { httpHandler } from '../http/handler';

// The hall's routes (functions/manifest.ts, contracts/hall.ts); the services follow in functions/hall/.
export const handler = httpHandler({});
