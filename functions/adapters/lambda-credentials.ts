import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Bundles alias `@aws-sdk/credential-provider-node` to this module (see infra/bundling.ts): in Lambda
 * the execution role's credentials are always in the environment, so the rest of the default chain
 * (INI files, SSO, IMDS, web identity) is weight without use. Run unbundled (locally), the SDK keeps
 * its full default chain.
 */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
