// Redis connections for the job queues. BullMQ workers block on Redis, so they need maxRetriesPerRequest: null;
// every connection is opened lazily and closed by whoever made it.
import { Redis, type RedisOptions } from 'ioredis';

export function redisOptionsFromUrl(url: string): RedisOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`Invalid Redis URL ${JSON.stringify(url)}: expected redis://host:port[/db]`);
  }
  if (u.protocol !== 'redis:') throw new Error(`Unsupported Redis URL scheme ${u.protocol} (expected redis://)`);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: db ? Number(db) : 0,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
  };
}

export function connectRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis({ ...redisOptionsFromUrl(url), ...extra });
}

/** Null when Redis answers PING within the timeout, else why not. */
export async function redisProblem(url: string, timeoutMs = 2000): Promise<string | null> {
  let client: Redis | null = null;
  try {
    client = connectRedis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null, connectTimeout: timeoutMs });
    client.on('error', () => undefined);
    await client.connect();
    const pong = await Promise.race([
      client.ping(),
      new Promise<string>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return pong === 'PONG' ? null : `unexpected PING answer ${pong}`;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    client?.disconnect();
  }
}
