// English Snowball stemmer for Latin tokens (the package ships no types; its surface is two functions).
import { createRequire } from 'node:module';

interface SnowballStemmer { stem(word: string): string }
interface SnowballFactory { newStemmer(language: string): SnowballStemmer; algorithms(): string[] }

const snowball = createRequire(import.meta.url)('snowball-stemmers') as SnowballFactory;
const english = snowball.newStemmer('english');

const CACHE_LIMIT = 50_000;
let cache = new Map<string, string>();

/** Snowball (Porter 2) stem of a lowercased English word. */
export function stemEnglish(word: string): string {
  let r = cache.get(word);
  if (r !== undefined) return r;
  r = english.stem(word);
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(word, r);
  return r;
}
