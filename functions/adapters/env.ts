import { ENV } from '../manifest';

/** Reads a required setting; a missing one is a deployment mistake, so it fails loudly at first use. */
export function setting(key: keyof typeof ENV): string {
  const value = process.env[ENV[key]];
  if (!value) throw new Error(`Environment variable ${ENV[key]} is not set.`);
  return value;
}

export function optionalSetting(key: keyof typeof ENV, fallback: string): string {
  return process.env[ENV[key]] || fallback;
}
