// Structured logs: one JSON object per line on stderr (pino), with the process role, so lines from many
// processes can be merged and filtered. MARSAD_LOG_LEVEL is read by config callers and passed in.
import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

export function createLogger(options: { role: string; level?: string; destination?: NodeJS.WritableStream } = { role: 'cli' }): Logger {
  return pino(
    { level: options.level ?? 'info', base: { pid: process.pid, role: options.role }, timestamp: pino.stdTimeFunctions.isoTime },
    (options.destination as pino.DestinationStream | undefined) ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** The `(line, fields)` shape the composition roots take, backed by a pino logger. */
export function lineLogger(logger: Logger): (line: string, fields?: Record<string, unknown>) => void {
  return (line, fields) => logger.info(fields ?? {}, line);
}
