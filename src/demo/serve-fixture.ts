// Starts the offline demo outlets on loopback: `node --import tsx src/demo/serve-fixture.ts [--port N]`.
import { startFixtureServer } from './fixture-server.ts';

function portArg(argv: string[]): number {
  const i = argv.indexOf('--port');
  if (i === -1) return 0;
  const port = Number(argv[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port needs a number between 0 and 65535, got ${argv[i + 1] ?? 'nothing'}`);
    process.exit(2);
  }
  return port;
}

const server = await startFixtureServer({ port: portArg(process.argv.slice(2)) });
console.log(`demo outlets on ${server.origin}/ (${server.articleUrls.length} articles, ${new Set(server.truth.values()).size} events)`);
for (const feed of server.feeds) console.log(`${feed.format.padEnd(4)} ${feed.url}  ${feed.name}`);
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
