/*
 * Share links: the state of one sample (its code, PYTHONMALLOC mode, varied macro values) in the
 * URL hash, `#run=<sample id>:<payload>`. The payload is `z` + base64url(deflate-raw(JSON)) when
 * the browser has CompressionStream, else `j` + base64url(JSON). Main exports: encodeShare,
 * decodeShare. Decoding treats the hash as hostile: bounded sizes, bounded inflation, and only
 * known fields of known types are kept; anything else decodes to null.
 */
import { isMode, type Mode } from './protocol';

export interface SharedState {
  code: string;
  mode: Mode;
  /** Values for the macros a sample lets the reader vary, e.g. { BUFSIZ: '512' }. */
  vary?: Record<string, string>;
}

export interface SharedLink {
  sampleId: string;
  state: SharedState;
}

export const MAX_CODE_CHARS = 100_000;
const MAX_HASH_CHARS = 200_000;
const MAX_JSON_BYTES = 4 * MAX_CODE_CHARS;
const PREFIX = '#run=';

function bytesToBase64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64urlToBytes(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  try {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

const hasStreams = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates at most `cap` bytes; a payload that inflates further (a zip bomb) gives null. */
async function inflateBounded(bytes: Uint8Array, cap: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel().catch(() => {});
        return null;
      }
      parts.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Keeps only the fields we know, with the types we expect. */
export function sanitizeState(x: unknown): SharedState | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const o = x as Record<string, unknown>;
  if (typeof o.code !== 'string' || o.code.length > MAX_CODE_CHARS) return null;
  const state: SharedState = { code: o.code, mode: isMode(o.mode) ? o.mode : 'default' };
  if (typeof o.vary === 'object' && o.vary !== null && !Array.isArray(o.vary)) {
    const vary: Record<string, string> = {};
    for (const [k, v] of Object.entries(o.vary as Record<string, unknown>)) {
      // A C identifier and a short integer-ish value: nothing else reaches the preprocessor.
      if (/^[A-Za-z_]\w{0,63}$/.test(k) && (typeof v === 'string' || typeof v === 'number') && /^-?\w{1,24}$/.test(String(v))) {
        vary[k] = String(v);
      }
    }
    if (Object.keys(vary).length) state.vary = vary;
  }
  return state;
}

export async function encodeShare(sampleId: string, state: SharedState): Promise<string> {
  const json = JSON.stringify({ code: state.code, mode: state.mode, ...(state.vary ? { vary: state.vary } : {}) });
  const utf8 = new TextEncoder().encode(json);
  const payload = hasStreams() ? 'z' + bytesToBase64url(await deflate(utf8)) : 'j' + bytesToBase64url(utf8);
  return `${PREFIX}${encodeURIComponent(sampleId)}:${payload}`;
}

/** Decodes a location.hash; null for anything that is not a well-formed share link. */
export async function decodeShare(hash: string): Promise<SharedLink | null> {
  if (typeof hash !== 'string' || !hash.startsWith(PREFIX) || hash.length > MAX_HASH_CHARS) return null;
  const body = hash.slice(PREFIX.length);
  const colon = body.lastIndexOf(':');
  if (colon <= 0) return null;
  let sampleId: string;
  try {
    sampleId = decodeURIComponent(body.slice(0, colon));
  } catch {
    return null;
  }
  if (sampleId.length > 200) return null;
  const payload = body.slice(colon + 1);
  const kind = payload[0];
  const bytes = base64urlToBytes(payload.slice(1));
  if (!bytes) return null;
  let utf8: Uint8Array | null;
  if (kind === 'z') {
    if (!hasStreams()) return null;
    utf8 = await inflateBounded(bytes, MAX_JSON_BYTES);
  } else if (kind === 'j') {
    utf8 = bytes.length <= MAX_JSON_BYTES ? bytes : null;
  } else {
    return null;
  }
  if (!utf8) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(utf8));
  } catch {
    return null;
  }
  const state = sanitizeState(parsed);
  return state ? { sampleId, state } : null;
}
