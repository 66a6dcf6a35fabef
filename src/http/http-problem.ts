// An expected failure (bad input, unknown id) with a stable code; anything else becomes a plain 500.
export type ProblemCode =
  | 'bad_request'
  | 'not_found'
  | 'bad_query'
  | 'search_unavailable'
  | 'forbidden'
  | 'too_large'
  | 'too_many_requests'
  | 'internal';

/** The finer reason behind a problem (a malformed query's code and where it is), for clients that localise it. */
export interface ProblemDetail {
  reason: string;
  position?: number | null;
}

export class HttpProblem extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 413 | 429 | 500 | 503,
    readonly code: ProblemCode,
    message: string,
    readonly detail?: ProblemDetail,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export function notFound(what = 'الصفحة المطلوبة غير موجودة'): HttpProblem {
  return new HttpProblem(404, 'not_found', what);
}

export function problemBody(code: ProblemCode, message: string, detail?: ProblemDetail): { error: { code: ProblemCode; message: string } & Partial<ProblemDetail> } {
  return { error: { code, message, ...detail } };
}
