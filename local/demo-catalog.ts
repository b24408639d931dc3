/** The catalog `npm start` loads into an empty table: the seed catalog (issue #3). */
export { SEED_CATALOG as DEMO_CATALOG } from './seed-catalog';
