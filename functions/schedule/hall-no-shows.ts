import { logger } from '#logger';
import { sweepBookings } from '#services/hall/bookings';

/** 预约爽约: every 30 minutes, bookings whose slot ended without a check-in are recorded as no-shows. */
export const handler = async (): Promise<void> => {
  const outcome = await sweepBookings(new Date());
  logger.info('hall bookings swept', outcome);
};
