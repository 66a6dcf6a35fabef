// One typed configuration object, read once (defaults < config file < environment < flags) and passed down.
// No other module reads process.env.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const FileSchema = z
  .object({
    db: z.string().optional(),
    databaseUrl: z.string().optional(),
    redisUrl: z.string().optional(),
    queuePrefix: z.string().optional(),
    jobLockMs: z.number().int().min(1000).optional(),
    port: z.number().int().min(0).max(65535).optional(),
    host: z.string().optional(),
    demo: z.boolean().optional(),
    demoPort: z.number().int().min(0).max(65535).optional(),
    adminToken: z.string().optional(),
    publicUrl: z.string().url().optional(),
    timeZone: z.string().optional(),
    allowHosts: z.array(z.string()).optional(),
    hostDelayMs: z.number().int().min(0).optional(),
    hostConcurrency: z.number().int().min(1).optional(),
    maxBytes: z.number().int().min(1024).optional(),
    timeoutMs: z.number().int().min(100).optional(),
    pollConcurrency: z.number().int().min(1).optional(),
    minIntervalSec: z.number().int().min(10).optional(),
    maxIntervalSec: z.number().int().min(60).optional(),
    // Longer than the story window, so the live engine never points a new article at a pruned one.
    retentionDays: z.number().int().min(7).nullable().optional(),
  })
  .strict();

export type ConfigFile = z.infer<typeof FileSchema>;

export interface MarsadConfig {
  /** SQLite path (the embedded default). */
  db: string;
  /** postgres://… when scaling out; null for SQLite. */
  databaseUrl: string | null;
  /** redis://… to distribute polling and grouping over `marsad worker` processes; null keeps everything in-process. */
  redisUrl: string | null;
  /** Key prefix of the job queues in Redis (several installations can share one server). */
  queuePrefix: string;
  /** How long a dead worker's jobs and story-writer lease wait before other workers take them over, ms. */
  jobLockMs: number;
  /** pino level of the structured logs (fatal … trace). */
  logLevel: string;
  port: number;
  host: string;
  demo: boolean;
  /** Loopback port of the demo outlets' fixture server (stable, so stored demo URLs stay valid across restarts). */
  demoPort: number;
  /** Admin pages and actions are off without it. */
  adminToken: string | null;
  /** Absolute origin the reader is reached at (behind a proxy); used in feeds and the admin origin check. */
  publicUrl: string | null;
  /** IANA time zone for dates shown to readers. */
  timeZone: string;
  fetch: {
    /** Exact host:port pairs allowed past the SSRF guard (the demo fixture server adds its own). */
    allowHosts: string[];
    hostDelayMs: number;
    hostConcurrency: number;
    maxBytes: number;
    timeoutMs: number;
  };
  poll: { concurrency: number; minIntervalSec: number; maxIntervalSec: number };
  retentionDays: number | null;
  /** Where the configuration file was read from, if any. */
  configFile: string | null;
}

export interface ConfigFlags {
  db?: string;
  port?: string | number;
  host?: string;
  demo?: boolean;
  demoPort?: string | number;
  config?: string;
}

const DEFAULTS: Omit<MarsadConfig, 'configFile'> = {
  db: './data/marsad.db',
  databaseUrl: null,
  redisUrl: null,
  queuePrefix: 'marsad',
  jobLockMs: 30000,
  logLevel: 'info',
  port: 8080,
  host: '127.0.0.1',
  demo: true,
  demoPort: 8089,
  adminToken: null,
  publicUrl: null,
  timeZone: 'UTC',
  fetch: { allowHosts: [], hostDelayMs: 1000, hostConcurrency: 2, maxBytes: 10 * 1024 * 1024, timeoutMs: 20000 },
  poll: { concurrency: 4, minIntervalSec: 300, maxIntervalSec: 86400 },
  retentionDays: null,
};

export class ConfigError extends Error {}

function parsePort(v: string | number | undefined, where: string): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${where}: invalid port ${JSON.stringify(v)}`);
  return n;
}

function parseBool(v: string | undefined): boolean | undefined {
  if (v === undefined || v === '') return undefined;
  return !/^(0|false|no|off)$/i.test(v.trim());
}

export function loadConfig(flags: ConfigFlags = {}, env: Record<string, string | undefined> = {}): MarsadConfig {
  const file = flags.config ?? env.MARSAD_CONFIG ?? (existsSync('marsad.config.json') ? 'marsad.config.json' : null);
  let fromFile: ConfigFile = {};
  if (file) {
    const path = resolve(file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new ConfigError(`cannot read config file ${path}: ${(e as Error).message}`);
    }
    const parsed = FileSchema.safeParse(raw);
    if (!parsed.success) throw new ConfigError(`config file ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    fromFile = parsed.data;
  }
  const c: MarsadConfig = structuredClone({ ...DEFAULTS, configFile: file ? resolve(file) : null });
  // file
  if (fromFile.db) c.db = fromFile.db;
  if (fromFile.databaseUrl) c.databaseUrl = fromFile.databaseUrl;
  if (fromFile.redisUrl) c.redisUrl = fromFile.redisUrl;
  if (fromFile.queuePrefix) c.queuePrefix = fromFile.queuePrefix;
  if (fromFile.jobLockMs !== undefined) c.jobLockMs = fromFile.jobLockMs;
  if (fromFile.port !== undefined) c.port = fromFile.port;
  if (fromFile.host) c.host = fromFile.host;
  if (fromFile.demo !== undefined) c.demo = fromFile.demo;
  if (fromFile.demoPort !== undefined) c.demoPort = fromFile.demoPort;
  if (fromFile.adminToken) c.adminToken = fromFile.adminToken;
  if (fromFile.publicUrl) c.publicUrl = fromFile.publicUrl;
  if (fromFile.timeZone) c.timeZone = fromFile.timeZone;
  if (fromFile.allowHosts) c.fetch.allowHosts = fromFile.allowHosts;
  if (fromFile.hostDelayMs !== undefined) c.fetch.hostDelayMs = fromFile.hostDelayMs;
  if (fromFile.hostConcurrency !== undefined) c.fetch.hostConcurrency = fromFile.hostConcurrency;
  if (fromFile.maxBytes !== undefined) c.fetch.maxBytes = fromFile.maxBytes;
  if (fromFile.timeoutMs !== undefined) c.fetch.timeoutMs = fromFile.timeoutMs;
  if (fromFile.pollConcurrency !== undefined) c.poll.concurrency = fromFile.pollConcurrency;
  if (fromFile.minIntervalSec !== undefined) c.poll.minIntervalSec = fromFile.minIntervalSec;
  if (fromFile.maxIntervalSec !== undefined) c.poll.maxIntervalSec = fromFile.maxIntervalSec;
  if (fromFile.retentionDays !== undefined) c.retentionDays = fromFile.retentionDays;
  // environment
  if (env.MARSAD_DB) c.db = env.MARSAD_DB;
  if (env.MARSAD_DATABASE_URL) c.databaseUrl = env.MARSAD_DATABASE_URL;
  if (env.MARSAD_LOG_LEVEL) {
    if (!/^(fatal|error|warn|info|debug|trace|silent)$/.test(env.MARSAD_LOG_LEVEL)) throw new ConfigError(`MARSAD_LOG_LEVEL: expected fatal, error, warn, info, debug, trace or silent`);
    c.logLevel = env.MARSAD_LOG_LEVEL;
  }
  if (env.MARSAD_REDIS_URL) c.redisUrl = env.MARSAD_REDIS_URL;
  if (env.MARSAD_QUEUE_PREFIX) {
    if (env.MARSAD_QUEUE_PREFIX.includes(':')) throw new ConfigError('MARSAD_QUEUE_PREFIX: must not contain ":"');
    c.queuePrefix = env.MARSAD_QUEUE_PREFIX;
  }
  if (env.MARSAD_JOB_LOCK_MS) {
    const n = Number(env.MARSAD_JOB_LOCK_MS);
    if (!Number.isInteger(n) || n < 1000) throw new ConfigError(`MARSAD_JOB_LOCK_MS: expected whole milliseconds ≥ 1000, got ${JSON.stringify(env.MARSAD_JOB_LOCK_MS)}`);
    c.jobLockMs = n;
  }
  c.port = parsePort(env.PORT, 'PORT') ?? c.port;
  if (env.HOST) c.host = env.HOST;
  c.demo = parseBool(env.MARSAD_DEMO) ?? c.demo;
  c.demoPort = parsePort(env.MARSAD_DEMO_PORT, 'MARSAD_DEMO_PORT') ?? c.demoPort;
  if (env.MARSAD_ADMIN_TOKEN) c.adminToken = env.MARSAD_ADMIN_TOKEN;
  if (env.MARSAD_PUBLIC_URL) c.publicUrl = env.MARSAD_PUBLIC_URL;
  if (env.MARSAD_TIME_ZONE) c.timeZone = env.MARSAD_TIME_ZONE;
  if (env.MARSAD_ALLOW_HOSTS) c.fetch.allowHosts = env.MARSAD_ALLOW_HOSTS.split(',').map((s) => s.trim()).filter(Boolean);
  if (env.MARSAD_HOST_DELAY_MS) c.fetch.hostDelayMs = Number(env.MARSAD_HOST_DELAY_MS) || 0;
  // flags
  if (flags.db) c.db = flags.db;
  c.port = parsePort(flags.port, '--port') ?? c.port;
  if (flags.host) c.host = flags.host;
  if (flags.demo !== undefined) c.demo = flags.demo;
  c.demoPort = parsePort(flags.demoPort, '--demo-port') ?? c.demoPort;
  try {
    new Intl.DateTimeFormat('en', { timeZone: c.timeZone });
  } catch {
    throw new ConfigError(`unknown time zone ${JSON.stringify(c.timeZone)}`);
  }
  return c;
}

/** The effective configuration with secrets masked, for `marsad config show`. */
export function describeConfig(c: MarsadConfig): Record<string, unknown> {
  const masked = structuredClone(c) as MarsadConfig;
  if (masked.adminToken) masked.adminToken = '***';
  if (masked.redisUrl) masked.redisUrl = masked.redisUrl.replace(/\/\/([^:@/]*):([^@/]+)@/, '//$1:***@');
  if (masked.databaseUrl) masked.databaseUrl = masked.databaseUrl.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
  return masked as unknown as Record<string, unknown>;
}
