// Graceful shutdown on SIGTERM/SIGINT: the first signal runs the close steps in order (stop taking work, finish or
// hand back running work, close connections); a second signal, or a close that hangs past the deadline, exits hard.
export function onShutdownSignal(close: (signal: string) => Promise<void>, options: { deadlineMs?: number; log?: (line: string) => void } = {}): Promise<void> {
  return new Promise<void>((resolve) => {
    let started = false;
    const handler = (signal: NodeJS.Signals) => {
      if (started) {
        options.log?.(`${signal} again: exiting now`);
        process.exit(130);
      }
      started = true;
      options.log?.(`${signal}: shutting down`);
      const deadline = setTimeout(() => {
        options.log?.(`shutdown took longer than ${options.deadlineMs ?? 30000} ms: exiting`);
        process.exit(1);
      }, options.deadlineMs ?? 30000);
      deadline.unref();
      close(signal)
        .catch((e: Error) => options.log?.(`shutdown: ${e.message}`))
        .finally(() => {
          clearTimeout(deadline);
          resolve();
        });
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}
