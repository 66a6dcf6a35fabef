// Opaque pagination cursors: base64url JSON, so callers cannot depend on what is inside and backends may change it.

export class InvalidCursorError extends Error {
  constructor(message = 'Invalid or expired cursor: start again from the first page.') {
    super(message);
    this.name = 'InvalidCursorError';
  }
}

export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** Decodes a cursor and checks that every key has the expected type; throws InvalidCursorError otherwise. */
export function decodeCursor<T extends Record<string, 'string' | 'number'>>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'string' ? string : number } {
  let parsed: unknown;
  try {
    if (cursor.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('shape');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!parsed || typeof parsed !== 'object') throw new InvalidCursorError();
  const obj = parsed as Record<string, unknown>;
  for (const [key, type] of Object.entries(shape)) {
    const v = obj[key];
    if (typeof v !== type || (type === 'number' && !Number.isFinite(v as number))) throw new InvalidCursorError();
  }
  return obj as { [K in keyof T]: T[K] extends 'string' ? string : number };
}
