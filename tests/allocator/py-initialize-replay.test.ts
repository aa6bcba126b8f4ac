import { describe, expect, it } from 'vitest';
import { Machine } from '../../allocator/machine';

// Pins what replaying the recorded Py_Initialize (c-api/warmup.ts over py-initialize-warmup.ts)
// leaves behind, so that a change to the data's encoding or to the replay loop that alters the
// resulting heap fails here. The hashes were taken from the replay as it was before the
// encoding became binary; warm-start.test.ts checks the cached copy against this replay.
function imageHash(m: Machine): { mappings: number; fnv1a: string } {
  let h = 0x811c9dc5;
  let mappings = 0;
  for (const r of m.space.mappings()) {
    mappings++;
    for (const ch of `${r.name} ${r.start.toString(16)}-${r.end.toString(16)}\n`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    const bytes = m.space.readBytes(r.start, r.end - r.start);
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 16777619) >>> 0;
  }
  return { mappings, fnv1a: h.toString(16) };
}

describe('replayed Py_Initialize', () => {
  const expected: [string | null, { mappings: number; fnv1a: string }][] = [
    [null, { mappings: 11, fnv1a: '85ad6284' }],
    ['debug', { mappings: 12, fnv1a: 'd919d85e' }],
    ['malloc', { mappings: 5, fnv1a: '25657a21' }],
  ];
  for (const [mode, want] of expected) {
    it(`leaves the pinned memory image under PYTHONMALLOC=${mode ?? 'unset'}`, () => {
      const m = new Machine({ pythonmalloc: mode, warmStart: false });
      m.call('Py_Initialize');
      const w = m.lifecycle.warmup!;
      expect([w.calls, w.live]).toEqual([124922, 36927]);
      expect(imageHash(m)).toEqual(want);
    });
  }
});
