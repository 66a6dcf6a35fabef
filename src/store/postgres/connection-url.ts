// Reads a postgres:// URL: the pool settings, and the schema its `options=-c search_path=…` parameter names (so several
// marsad instances can share one database, each in its own schema).
export interface PostgresTarget {
  connectionString: string;
  /** First schema of the search_path set through `options`, or null for the server's default (public). */
  schema: string | null;
  /** host:port/database with no credentials, for messages. */
  display: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Invalid PostgreSQL URL: expected postgres://user@host:port/database`);
  }
  if (!/^postgres(ql)?:$/i.test(parsed.protocol)) throw new Error(`Not a PostgreSQL URL (postgres://…): ${parsed.protocol}`);
  const options = parsed.searchParams.get('options') ?? '';
  const m = /(?:^|\s)(?:-c\s*|--)search_path=("[^"]*"|[^\s,]+)/.exec(options);
  let schema: string | null = null;
  if (m) {
    schema = m[1]!.replace(/^"|"$/g, '');
    if (schema === '$user' || schema === '') schema = null;
  }
  const db = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
  return {
    connectionString: url,
    schema,
    display: `${parsed.hostname || 'localhost'}${parsed.port ? `:${parsed.port}` : ''}/${db}${schema ? ` (schema ${schema})` : ''}`,
  };
}
