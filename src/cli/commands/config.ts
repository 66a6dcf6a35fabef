import type { Command } from 'commander';
import { describeConfig } from '../../config/config.ts';
import { configFrom, withCommonOptions } from '../common.ts';
import { printJson } from '../output.ts';

export function registerConfig(program: Command): void {
  const config = program.command('config').description('configuration');
  withCommonOptions(config.command('show').description('print the effective configuration as JSON (secrets masked)'))
    .option('--json', 'JSON output (the default)')
    .action((opts) => {
    printJson(describeConfig(configFrom(opts)));
  });
}
