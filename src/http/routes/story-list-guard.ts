// Cursors are opaque strings from the store; one the store cannot read is the client's mistake, not a 500.
import { HttpProblem } from '../http-problem.ts';

// Matched by name so the web layer does not depend on one backend's error class.
function isCursorError(err: unknown): boolean {
  return err instanceof Error && err.name === 'InvalidCursorError';
}

export async function listStoriesOrBadCursor<T>(cursor: string | undefined | null, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (cursor && isCursorError(err)) {
      throw new HttpProblem(400, 'bad_request', `cursor: ${(err as Error).message}`);
    }
    throw err;
  }
}
