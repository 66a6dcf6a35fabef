// Pieces every command shares.
import type { Command } from 'commander';
import { loadConfig, type ConfigFlags, type MarsadConfig } from '../config/config.ts';
import { openContext, type CliContext } from './context.ts';

/** Adds the options every command takes. */
export function withCommonOptions(cmd: Command): Command {
  return cmd.option('--db <path>', 'SQLite database file (default ./data/marsad.db; env MARSAD_DB)').option('--config <file>', 'configuration file (JSON; env MARSAD_CONFIG)');
}

export function configFrom(opts: ConfigFlags): MarsadConfig {
  return loadConfig(opts, process.env);
}

/** A user mistake: printed without a stack, exit code 2. */
export class UsageError extends Error {}

export async function withContext<T>(opts: ConfigFlags, fn: (ctx: CliContext) => Promise<T>): Promise<T> {
  const ctx = await openContext(configFrom(opts));
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

export function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return n;
}
