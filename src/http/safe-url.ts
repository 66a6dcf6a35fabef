// Links and images come from fetched pages: only http(s) URLs may reach an href or src.

export function safeExternalUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Images: http(s) only; data: is allowed by the CSP but never needed from a feed. */
export function safeImageUrl(value: string | null | undefined): string | null {
  return safeExternalUrl(value);
}
