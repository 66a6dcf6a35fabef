// The `marsad` command line. Commands are thin: they parse flags, call a stage or job, and print.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.ts';
import { UsageError } from './common.ts';
import { registerServe } from './commands/serve.ts';
import { registerSources } from './commands/sources.ts';
import { registerPoll } from './commands/poll.ts';
import { registerImport } from './commands/import.ts';
import { registerExtract } from './commands/extract.ts';
import { registerStories } from './commands/stories.ts';
import { registerSearch } from './commands/search.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerSimilar } from './commands/similar.ts';
import { registerConfig } from './commands/config.ts';
import { registerMigrateStore } from './commands/migrate-store.ts';
import { registerWorker } from './commands/worker.ts';
import { registerDoctor } from './commands/doctor.ts';
import { registerBackup } from './commands/backup.ts';
import { registerRestore } from './commands/restore.ts';
import { registerPrune } from './commands/prune.ts';

export function buildProgram(): Command {
  const program = new Command('marsad')
    .description('marsad (مرصد): an Arabic-first news aggregator')
    .version('0.1.0')
    .showHelpAfterError()
    .enablePositionalOptions()
    .exitOverride();
  registerServe(program);
  registerSources(program);
  registerPoll(program);
  registerImport(program);
  registerExtract(program);
  registerStories(program);
  registerSearch(program);
  registerAnalyze(program);
  registerSimilar(program);
  registerConfig(program);
  registerMigrateStore(program);
  registerWorker(program);
  registerDoctor(program);
  registerBackup(program);
  registerRestore(program);
  registerPrune(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    if (e instanceof ConfigError || e instanceof UsageError) {
      process.stderr.write(`marsad: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`marsad: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  }
}
