import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newItemVersion, ServiceItemInputSchema } from '#domain/item';
import { saveItemVersion } from '#repositories/item-repository';
import { crashRun } from '#local/crash-run';
import { startLocalSystem } from '#local/system';

export interface RecoveryBenchResult {
  burst: number;
  acknowledged: number;
  recovered: number;
  /** DynamoDB Local restarted → the last stranded case back in its department's queue. */
  recoverySeconds: number;
}

/**
 * Recovery after the crash run, on a system of its own (reconciler every 2 s): 120 concurrent
 * intakes, DynamoDB Local killed after 40 answers, 8 s of outage, restarted.
 */
export async function benchRecovery(log: (line: string) => void): Promise<RecoveryBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-recovery-'));
  const system = await startLocalSystem({ port: 0, dataDir, seedCatalog: false, scheduleSeconds: { 'case-reconciler': 2 } });
  try {
    const department = '恢复演练局';
    await saveItemVersion(
      newItemVersion(
        ServiceItemInputSchema.parse({ basicCode: 'RB1', implementationCode: 'RECOVERY-1', name: '恢复演练事项', department, itemType: 'promised', statutoryDays: 10, promisedDays: 5 }),
        undefined,
        'bench',
        new Date(),
      ),
    );
    const run = await crashRun(system, { itemCode: 'RECOVERY-1', department, burst: 120, killAfter: 40, outageMs: 8_000, timeoutMs: 180_000 });
    log(`  ${run.acknowledged.length} acknowledged, ${run.recovered.length} recovered in ${run.recoverySeconds} s`);
    return { burst: run.burst, acknowledged: run.acknowledged.length, recovered: run.recovered.length, recoverySeconds: run.recoverySeconds };
  } finally {
    await system.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
