// How many b-trees (segments) an FTS5 index is split into, read from its structure record (row 10 of its _data table).
// A query term is looked up in every segment, so an index left with dozens of them by many small write transactions
// costs each search that much more; `marsad search optimize` merges them. The layout is FTS5's own
// (fts5StructureDecode in SQLite's fts5_index.c): a 4-byte cookie, an optional 4-byte version-2 marker, then varints
// for the number of levels and of segments.
import type BetterSqlite3 from 'better-sqlite3';

const STRUCTURE_ROWID = 10;
const STRUCTURE_V2 = [0xff, 0x00, 0x00, 0x01];

/** SQLite's varint (big-endian 7-bit groups, the 9th byte whole); returns [value, next offset]. */
function varint(buf: Uint8Array, at: number): [number, number] {
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const b = buf[at + i];
    if (b === undefined) throw new Error('truncated FTS5 structure record');
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80)) return [v, at + i + 1];
  }
  const last = buf[at + 8];
  if (last === undefined) throw new Error('truncated FTS5 structure record');
  return [v * 256 + last, at + 9];
}

/** Segments of the FTS5 table `table` (0 for an empty index). */
export function ftsSegmentCount(raw: BetterSqlite3.Database, table: string): number {
  const row = raw.prepare(`SELECT block FROM "${table}_data" WHERE id = ?`).get(STRUCTURE_ROWID) as { block: Uint8Array } | undefined;
  if (!row) return 0;
  const buf = row.block;
  let at = 4;
  if (STRUCTURE_V2.every((b, i) => buf[at + i] === b)) at += 4;
  const [, afterLevels] = varint(buf, at);
  return varint(buf, afterLevels)[0];
}
