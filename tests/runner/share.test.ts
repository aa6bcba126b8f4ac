// Share links: round trip, and hostile payloads that must decode to null (or to safe values).
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../src/runner/share';

const b64u = (b: Uint8Array | string): string => Buffer.from(b).toString('base64url');

describe('share links', () => {
  it('round-trips code, mode and vary exactly, including non-ASCII and a colon in the id', async () => {
    const code = '#include <stdio.h>\nint main(void) { puts("héllo ☃ </script>"); return 0; }\n\t// tab\r\n';
    const hash = await encodeShare('examples:3', { code, mode: 'pymalloc_debug', vary: { BUFSIZ: '512' } });
    expect(hash.startsWith('#run=examples%3A3:z')).toBe(true);
    expect(await decodeShare(hash)).toEqual({ sampleId: 'examples:3', state: { code, mode: 'pymalloc_debug', vary: { BUFSIZ: '512' } } });
  });

  it('compresses a long program', async () => {
    const code = 'char *p = PyMem_Malloc(16);\n'.repeat(400);
    const hash = await encodeShare('p', { code, mode: 'default' });
    expect(hash.length).toBeLessThan(code.length / 10);
    expect((await decodeShare(hash))?.state.code).toBe(code);
  });

  it('reads the uncompressed j form', async () => {
    const hash = `#run=s:j${b64u(JSON.stringify({ code: 'x', mode: 'malloc' }))}`;
    expect(await decodeShare(hash)).toEqual({ sampleId: 's', state: { code: 'x', mode: 'malloc' } });
  });

  const hostile: [string, string][] = [
    ['empty', ''],
    ['another hash', '#overview'],
    ['no payload', '#run=abc'],
    ['empty id', '#run=:zAAAA'],
    ['unknown kind', `#run=s:q${b64u('{}')}`],
    ['not base64url', '#run=s:z!!!!'],
    ['bad percent-encoding', `#run=%E0%A4%A:j${b64u('{"code":"x"}')}`],
    ['not deflate', `#run=s:z${b64u('hello world, not deflated')}`],
    ['not JSON', `#run=s:j${b64u('{code:')}`],
    ['JSON array', `#run=s:j${b64u('["code"]')}`],
    ['JSON null', `#run=s:j${b64u('null')}`],
    ['code not a string', `#run=s:j${b64u('{"code":{"toString":1}}')}`],
    ['invalid UTF-8', `#run=s:j${b64u(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}`],
    ['huge hash', '#run=s:j' + 'A'.repeat(300_000)],
    ['code too long', `#run=s:z${b64u(deflateRawSync(JSON.stringify({ code: 'x'.repeat(100_001) })))}`],
    ['zip bomb', `#run=s:z${b64u(deflateRawSync(Buffer.alloc(50_000_000, 0x20)))}`],
  ];
  for (const [name, hash] of hostile) {
    it(`rejects ${name}`, async () => {
      expect(await decodeShare(hash)).toBeNull();
    });
  }

  it('keeps only known fields with safe values', async () => {
    const evil = '{"code":"int x;","mode":"<img src=x onerror=alert(1)>","__proto__":{"polluted":1},' +
      '"vary":{"BUFSIZ":"8192\\n#include \\"/etc/passwd\\"","X Y":"1","OK":"512"},"extra":"ignored"}';
    const link = await decodeShare(`#run=s:j${b64u(evil)}`);
    expect(link).toEqual({ sampleId: 's', state: { code: 'int x;', mode: 'default', vary: { OK: '512' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(link!.state)).toBe(Object.prototype);
  });
});
