import { ENV } from '#manifest';

/** Reads a required setting; a missing one is a deployment mistake, so it fails loudly at first use. */
export function setting(key: keyof typeof ENV): string {
  const value = process.env[ENV[key]];
  if (!value) throw new Error(`Environment variable ${ENV[key]} is not set.`);
  return value;
}

/** The deployment's own centre (CENTRE_CODE): owner of data stored before each centre kept its own. */
export const deploymentCentre = (): string => optionalSetting('centreCode', 'HZ');

export function optionalSetting(key: keyof typeof ENV, fallback: string): string {
  return process.env[ENV[key]] || fallback;
}
