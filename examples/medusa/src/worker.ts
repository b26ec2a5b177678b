import { Client } from 'pg';

/** The worker: polls a job table (when DATABASE_URL is set) and exits cleanly on SIGTERM. */
async function main(): Promise<void> {
  let stopping = false;
  process.on('SIGTERM', () => (stopping = true));
  const url = process.env.DATABASE_URL;
  const client = url ? new Client({ connectionString: url }) : null;
  if (client) await client.connect();
  console.log(`medusa-style worker started${client ? '' : ' (no DATABASE_URL: idle)'}`);
  while (!stopping && process.env.WORKER_ONCE !== '1') {
    if (client) await client.query('select 1');
    await new Promise((r) => setTimeout(r, 5000));
  }
  if (client) await client.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
