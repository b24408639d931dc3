/** 预约爽约: filled in with the booking service. */
export const handler = async (): Promise<void> => undefined;
