// The server side of `npm run bench:http`, in its own process so autocannon's load generation does not share its event
// loop: `marsad serve --role web` on an existing database (no scheduler, no demo, no network), on 127.0.0.1 and an
// ephemeral port. Prints one JSON line {"url": ...} when listening; stops on SIGTERM.
// Usage: node --import tsx bench/http-bench-server.ts DB_PATH
import { loadConfig } from '../src/config/config.ts';
import { startMarsadServer } from '../src/serve/marsad-server.ts';

const db = process.argv[2];
if (!db) {
  console.error('usage: http-bench-server.ts DB_PATH');
  process.exit(2);
}

const config = {
  ...loadConfig({ db, port: 0, host: '127.0.0.1', demo: false }, {}),
  // Whatever a local marsad.config.json says, the bench serves this SQLite file alone, on loopback.
  db,
  databaseUrl: null,
  redisUrl: null,
  port: 0,
  host: '127.0.0.1',
  demo: false,
  adminToken: null,
  publicUrl: null,
};
const t0 = process.hrtime.bigint();
const server = await startMarsadServer(config, { role: 'web' });
const startMs = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({ url: server.url, startMs }) + '\n');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  // process.exit, not a natural end, so --cpu-prof writes its profile even with handles left by libraries.
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
