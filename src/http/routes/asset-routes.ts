// Static assets: our one stylesheet and the self-hosted Arabic font straight from node_modules.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { notFound } from '../http-problem.ts';

const CSS_PATH = fileURLToPath(new URL('../../../public/marsad.css', import.meta.url));
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-naskh-arabic')), 'files');
// Only file names we know: the route never touches a path built from arbitrary input.
const FONT_FILE = /^noto-naskh-arabic-(?:arabic|latin|latin-ext)-(?:400|500|600|700)-normal\.woff2?$/;

export function assetRoutes(): Hono {
  const app = new Hono();
  const cache = new Map<string, Buffer>();
  const load = async (path: string): Promise<Buffer> => {
    let buf = cache.get(path);
    if (!buf) {
      buf = await readFile(path);
      cache.set(path, buf);
    }
    return buf;
  };

  app.get('/marsad.css', async (c) => {
    const css = await load(CSS_PATH);
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(new Uint8Array(css));
  });

  app.get('/fonts/:file', async (c) => {
    const file = c.req.param('file');
    if (!FONT_FILE.test(file)) throw notFound('asset not found');
    let font: Buffer;
    try {
      font = await load(join(FONT_DIR, file));
    } catch {
      throw notFound('asset not found');
    }
    c.header('Content-Type', file.endsWith('.woff2') ? 'font/woff2' : 'font/woff');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(new Uint8Array(font));
  });

  return app;
}
