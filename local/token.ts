import { parseArgs } from 'node:util';

/** Mints a token from the running local system: `npm run token -- --role approver --dept 人社局`. */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    dept: { type: 'string' },
    centre: { type: 'string' },
    name: { type: 'string' },
    subject: { type: 'string' },
    'window-decision': { type: 'boolean', default: false },
    url: { type: 'string', default: process.env.ONEWINDOW_URL ?? `http://localhost:${process.env.PORT ?? '3000'}` },
  },
});

if (!values.role) {
  console.error(
    'usage: npm run token -- --role <applicant|intake_clerk|approver|output_clerk|supervisor|county_system> [--dept 人社局] [--centre HZ] [--name 张三] [--window-decision]',
  );
  process.exit(2);
}

try {
  const res = await fetch(`${values.url}/local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      role: values.role,
      department: values.dept,
      centre: values.centre,
      name: values.name,
      subject: values.subject,
      windowDecision: values['window-decision'],
    }),
  });
  const body = (await res.json()) as { token?: string; message?: string };
  if (!res.ok || !body.token) {
    console.error(body.message ?? `HTTP ${res.status}`);
    process.exit(1);
  }
  console.log(body.token);
} catch {
  console.error(`No OneWindow at ${values.url}: start it first with npm start.`);
  process.exit(1);
}
