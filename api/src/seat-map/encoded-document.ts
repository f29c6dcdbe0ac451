import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Encodings a document is kept in, in the order they are preferred. */
export const ENCODINGS = ['br', 'gzip', 'identity'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * A JSON document encoded once and kept in every encoding, so that serving it many times costs
 * a memory copy each, not a serialisation and a compression. Compression runs on libuv's thread
 * pool, off the event loop. The ETag is the document's revision, a hash of its content.
 */
export interface EncodedDocument {
  etag: string;
  bodies: Record<Encoding, Buffer>;
}

export async function encodeDocument(revision: string, document: unknown): Promise<EncodedDocument> {
  const identity = Buffer.from(JSON.stringify(document));
  const [br, gz] = await Promise.all([
    // Quality 5: within a few per cent of the best ratio on these arrays, at a fraction of its time.
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipAsync(identity, { level: 6 }),
  ]);
  return { etag: `"${revision}"`, bodies: { br, gzip: gz, identity } };
}
