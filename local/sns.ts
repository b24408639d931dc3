import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname } from 'node:path';
import { closeServer, readRequestBody } from './aws-json';

/**
 * Amazon SNS on this machine, for the one call OneWindow makes (Publish of an SMS), over SNS's query
 * protocol. Nothing leaves the machine: each message is appended to a file in the data folder, and
 * the function's outbox (GET /notifications) shows it sent with this stand-in's message id.
 */
export interface LocalSns {
  endpoint: string;
  stop(): Promise<void>;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function startSns(port: number, file: string): Promise<LocalSns> {
  mkdirSync(dirname(file), { recursive: true });
  const server: Server = createServer((req, res) => {
    void (async () => {
      const form = new URLSearchParams((await readRequestBody(req)).toString('utf8'));
      const requestId = randomUUID();
      const fail = (status: number, code: string, message: string) => {
        res.writeHead(status, { 'content-type': 'text/xml' });
        res.end(
          `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
        );
      };
      if (form.get('Action') !== 'Publish') return fail(400, 'InvalidAction', `Action ${form.get('Action')} is not emulated locally`);
      const phoneNumber = form.get('PhoneNumber');
      const message = form.get('Message');
      if (!phoneNumber || !/^\+\d{6,15}$/.test(phoneNumber)) return fail(400, 'InvalidParameter', 'PhoneNumber must be E.164');
      if (!message) return fail(400, 'InvalidParameter', 'Message is required');
      const messageId = randomUUID();
      appendFileSync(file, `${JSON.stringify({ messageId, phoneNumber, message, at: new Date().toISOString() })}\n`);
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${messageId}</MessageId></PublishResult>` +
          `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></PublishResponse>`,
      );
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/xml' });
      res.end(`<ErrorResponse><Error><Code>InternalFailure</Code><Message>${xml(String(error))}</Message></Error></ErrorResponse>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => closeServer(server) };
}
