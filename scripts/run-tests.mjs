// Runs every *.test.ts under test/ and src/ with node's own test runner (through tsx), after a strict type check.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir, out = []) {
  let entries;
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filter = process.argv.slice(2);
let files = [...find('test'), ...find('src')].sort();
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
if (!process.env.MARSAD_SKIP_TYPECHECK && !filter.length) {
  const tc = spawnSync('npx', ['--no-install', 'tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
  if (tc.status !== 0) { console.error('type check failed'); process.exit(tc.status ?? 1); }
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
