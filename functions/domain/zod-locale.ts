/**
 * zod/mini carries no error messages of its own ("Invalid input" for everything). Clerks read the
 * first issue's message, so every module defining schemas imports this file, which loads the English
 * messages once. Only English: `z.locales` (or 'zod/locales') would bundle every language.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());
