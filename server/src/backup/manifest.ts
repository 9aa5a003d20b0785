import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { InstantSchema } from '@hcc/shared/schemas/common';
import { Sha256Schema } from '@hcc/shared/schemas/media';
import * as z from 'zod/mini';

/** Written last into a backup directory: a directory without it is an unfinished backup. */
export const MANIFEST_FILE = 'manifest.json';
export const SQLITE_FILE = 'hcc.sqlite';
export const PG_DUMP_FILE = 'hcc.pgdump';

const Count = z.int().check(z.minimum(0));

/**
 * What a backup holds and how to know it is whole: the database file's hash, every media file by its
 * hash, and the proof-of-play log as it stood in the snapshot (rows and the last chain hash), so a
 * restored log can be shown to be the one that was saved.
 */
export const ManifestSchema = z.object({
  format: z.literal(1),
  createdAt: InstantSchema,
  store: z.enum(['sqlite', 'postgres']),
  database: z.object({ file: z.enum([SQLITE_FILE, PG_DUMP_FILE]), sha256: Sha256Schema, bytes: Count, schemaVersion: Count }),
  /** The last row of the hash chain in the snapshot (its hash is null only for rows older than the chain). */
  impressions: z.object({ count: Count, chainHead: z.nullable(z.object({ seq: Count, hash: z.nullable(z.string()) })) }),
  /** Content-addressed: the name is the file's sha256. */
  media: z.array(z.object({ sha256: Sha256Schema, bytes: Count })),
  /** Records in the snapshot whose file was gone from DATA_DIR (deleted while the backup ran). */
  missingMedia: z.array(Sha256Schema),
  /** Files whose bytes no longer match their name: damaged on the server's disk, left out. */
  damagedMedia: z.array(Sha256Schema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** What the database snapshot says about itself, read from the copy, not from the live database. */
export interface SnapshotFacts {
  schemaVersion: number;
  impressions: Manifest['impressions'];
  mediaIds: string[];
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
