// A lease in Redis naming the one process allowed to make story decisions. The story engine lives in memory, so
// decisions must come from one engine at a time; the lease holder keeps its engine in step with the store, and when
// it dies the lease expires and another worker takes over after reloading its engine from the store.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export interface WriterLease {
  readonly token: string;
  /** True while this process holds the lease (as of the last acquire/renew). */
  held(): boolean;
  /** Takes the lease if free (or renews it if ours); true when held afterwards. */
  tryAcquire(): Promise<boolean>;
  release(): Promise<void>;
}

export function writerLease(redis: Redis, key: string, ttlMs: number): WriterLease {
  const token = `${process.pid}-${randomBytes(6).toString('hex')}`;
  let isHeld = false;
  return {
    token,
    held: () => isHeld,
    async tryAcquire() {
      if (isHeld) {
        isHeld = Number(await redis.eval(RENEW, 1, key, token, String(ttlMs))) === 1;
        if (isHeld) return true;
      }
      isHeld = (await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK';
      return isHeld;
    },
    async release() {
      isHeld = false;
      await redis.eval(RELEASE, 1, key, token);
    },
  };
}
