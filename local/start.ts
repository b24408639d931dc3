import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalSystem } from './system';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    data: { type: 'string', default: process.env.ONEWINDOW_DATA ?? '.onewindow' },
    reset: { type: 'boolean', default: false },
    clock: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`npm start [-- --port 3000] [--data .onewindow] [--reset] [--clock 2026-09-24T09:00+08:00]
  --port   HTTP port of the API (default 3000, or $PORT)
  --data   folder that keeps tables, scans, executions and events between runs (default .onewindow)
  --reset  delete that folder first and start empty (with the demo catalog)
  --clock  run on simulated time from this moment; POST /local/clock {"advance": "3 working days"} or {"set": ISO} moves it on`);
  process.exit(0);
}

// Real elapsed time, whatever the simulated clock says.
const started = performance.now();
const dataDir = resolve(values.data);
if (values.reset) rmSync(dataDir, { recursive: true, force: true });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}

if (values.clock !== undefined && Number.isNaN(Date.parse(values.clock))) {
  console.error(`--clock must be an ISO 8601 date-time such as 2026-09-24T09:00+08:00, not "${values.clock}"`);
  process.exit(2);
}

const system = await startLocalSystem({ dataDir, port, clock: values.clock, log: (line) => console.log(`  ${line}`) }).catch(
  (error: unknown) => {
    console.error(`OneWindow could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping OneWindow…`);
  await system.stop();
  console.log('stopped; data kept in', dataDir);
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

console.log(
  `OneWindow ready at ${system.url} in ${((performance.now() - started) / 1000).toFixed(1)} s (data: ${dataDir}; tokens: npm run token -- --role intake_clerk)`,
);
