import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, CITIZEN_ID, eventually, sha256, token } from '#tests/support/client';

const DEPT = `扫描固定测试局-${randomUUID().slice(0, 4)}`;
const ITEM = `PIN-${randomUUID().slice(0, 8)}`;

describe('a checked scan can never be replaced', () => {
  it('PUT other bytes to the same upload URL after /complete: the case, its archive and its download URL keep the verified bytes', async () => {
    const [supervisor, clerk] = await Promise.all([token('supervisor'), token('intake_clerk')]);
    const item = await api('POST', '/items', {
      token: supervisor,
      body: {
        basicCode: '000110003001', implementationCode: ITEM, name: '扫描固定测试事项', department: DEPT, itemType: 'promised', statutoryDays: 20, promisedDays: 5,
        materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'paper' }],
      },
    });
    expect(item.status).toBe(201);

    const verified = Buffer.from(`%PDF-1.4\n% the scan the clerk checked ${randomUUID()}\n%%EOF\n`);
    const substitute = Buffer.from(`%PDF-1.4\n% substituted afterwards ${randomUUID()}\n%%EOF\n`);
    const started = await api<{ uploadId: string; uploadUrl: string }>('POST', '/uploads', {
      token: clerk,
      body: { fileName: 'id.pdf', contentType: 'application/pdf', sha256: sha256(verified), size: verified.length },
    });
    expect((await fetch(started.body.uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: verified })).status).toBe(200);
    expect((await api('POST', `/uploads/${started.body.uploadId}/complete`, { token: clerk })).status).toBe(200);
    // The URL is still valid for its 15 minutes: the storage takes the new bytes …
    expect((await fetch(started.body.uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: substitute })).status).toBe(200);

    const registered = await api<{ caseNumber: string; materials: { code: string; sha256: string; objectKey: string }[] }>('POST', '/cases', {
      token: clerk,
      body: { itemCode: ITEM, applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID }, materials: [{ code: 'ID', uploadId: started.body.uploadId }] },
    });
    expect(registered.status).toBe(201);
    // … but the case refers to the verified bytes, pinned under their SHA-256.
    expect(registered.body.materials[0]).toMatchObject({ code: 'ID', sha256: sha256(verified), objectKey: `verified/${sha256(verified).slice(0, 2)}/${sha256(verified)}` });

    const { caseNumber } = registered.body;
    await eventually('the case in its queue', async () => ((await api<{ state: string }>('GET', `/cases/${caseNumber}`, { token: clerk })).body.state === 'pending_acceptance' ? true : undefined), 30_000);
    const withdrawn = await api('POST', `/cases/${caseNumber}/withdraw`, { token: clerk, body: { reason: '申请人书面申请撤回', applicantConfirmed: true } });
    expect(withdrawn.status).toBe(200);

    // The archive (its fixity check passed) and its download URL: the verified bytes.
    const pkg = await eventually(
      'the archive package',
      async () => {
        const res = await api<{ objects: { role: string; sha256: string; url: string }[] }>('GET', `/archive/cases/${caseNumber}`, { token: supervisor });
        return res.status === 200 ? res.body : undefined;
      },
      30_000,
    );
    const material = pkg.objects.find((o) => o.role === 'material')!;
    expect(material.sha256).toBe(sha256(verified));
    const downloaded = Buffer.from(await (await fetch(material.url)).arrayBuffer());
    expect(downloaded.equals(verified)).toBe(true);
    expect(downloaded.equals(substitute)).toBe(false);
  });
});
