import { inject } from 'vitest';

// Handlers called directly in a test worker reach the same engines as the running local system.
Object.assign(process.env, inject('systemEnv'));
