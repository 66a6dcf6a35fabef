// Request validation shared by pages and API: the same limits wherever a value comes in.
import { z } from 'zod';
import { HttpProblem } from './http-problem.ts';

export const idParam = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/)
  .transform((s) => Number(s));

const cursor = z.string().min(1).max(512);

const isoTime = z
  .string()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'expected an ISO 8601 date or time' })
  .transform((s) => new Date(s).toISOString());

export const storyListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursor.optional(),
  since: isoTime.optional(),
  min_articles: z.coerce.number().int().min(1).max(10000).optional(),
  order: z.enum(['rank', 'recent']).default('rank'),
});

export const frontPageQuery = z.object({
  cursor: cursor.optional(),
});

export const searchQuery = z.object({
  q: z.string().trim().min(1, { message: 'q is required' }).max(500, { message: 'q is longer than 500 characters' }),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: cursor.optional(),
});

export const searchPageQuery = z.object({
  q: z.string().max(2000).optional(),
  cursor: cursor.optional(),
});

/** Parses or throws a 400 naming the first offending field. */
export function parseRequest<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new HttpProblem(400, 'bad_request', `${where}${issue?.message ?? 'invalid request'}`);
}

export function parseId(raw: string | undefined, what: string): number {
  const r = idParam.safeParse(raw ?? '');
  if (!r.success) throw new HttpProblem(404, 'not_found', `${what} not found`);
  return r.data;
}
