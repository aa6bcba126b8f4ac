// Declared outcomes (`expect` in the fence meta): the grammar rejects what it should, a bad token
// is a build error naming file, line and token, every sample in content/ declares all six modes,
// and each declaration is what the model computes (runC, same elisions).
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { checkOutcome, parseExpect } from '../../src/components/markdown/expect.ts';
import { remarkCSamples } from '../../src/components/markdown/remark-c-samples.ts';
import { parseMeta } from '../../src/components/runner/sample-source.ts';
import { runC } from '../../src/c/run.ts';
import { MODES } from '../../src/runner/protocol.ts';
import { contentSamples } from './content-samples.ts';

const ALL_OK = 'default:ok debug:ok malloc:ok pymalloc:ok malloc_debug:ok pymalloc_debug:ok';

describe('parseExpect', () => {
  it('reads outcomes, exit statuses and stderr substrings', () => {
    const e = parseExpect('default:SIGABRT("free(): invalid pointer") debug:SIGABRT("_PyMem_DebugRawFree: bad ID") malloc:exit(3) pymalloc:ok malloc_debug:SIGSEGV pymalloc_debug:compile-error');
    expect(e.default).toEqual({ kind: 'SIGABRT', stderr: 'free(): invalid pointer' });
    expect(e.debug!.stderr).toBe('_PyMem_DebugRawFree: bad ID');
    expect(e.malloc).toEqual({ kind: 'exit', status: 3 });
    expect(e.pymalloc_debug).toEqual({ kind: 'compile-error' });
    expect(parseExpect('default:ok("a \\"quoted\\" word") debug:ok malloc:ok pymalloc:ok malloc_debug:ok pymalloc_debug:ok').default!.stderr).toBe('a "quoted" word');
  });
  it('rejects an unknown mode, an unknown outcome, bad syntax, a repeated or a missing mode, naming the token', () => {
    expect(() => parseExpect(ALL_OK.replace('debug:ok', 'debgu:ok'))).toThrow(/"debgu:ok": unknown mode "debgu"/);
    expect(() => parseExpect(ALL_OK.replace('default:ok', 'default:SEGV'))).toThrow(/"default:SEGV": unknown outcome "SEGV"/);
    expect(() => parseExpect(ALL_OK.replace('default:ok', 'default=ok'))).toThrow(/"default=ok": expected MODE:OUTCOME/);
    expect(() => parseExpect(ALL_OK.replace('default:ok', 'default:SIGABRT(free)'))).toThrow(/"default:SIGABRT\(free\)"/);
    expect(() => parseExpect(`${ALL_OK} debug:SIGSEGV`)).toThrow(/"debug:SIGSEGV": mode "debug" is given twice/);
    expect(() => parseExpect('default:ok')).toThrow(/no outcome for debug, malloc/);
  });
  it('compares with a run: kind, status and stderr substring', () => {
    const run = { exitStatus: 134, signal: 'SIGABRT', stderr: 'free(): invalid pointer\n', compileFailed: false };
    expect(checkOutcome({ kind: 'SIGABRT', stderr: 'invalid pointer' }, run)).toBeNull();
    expect(checkOutcome({ kind: 'SIGABRT', stderr: 'double free' }, run)).toMatch(/stderr to contain/);
    expect(checkOutcome({ kind: 'ok' }, run)).toMatch(/expected ok, the model gives SIGABRT/);
    expect(checkOutcome({ kind: 'exit', status: 1 }, { ...run, signal: null, exitStatus: 1 })).toBeNull();
  });
});

describe('remarkCSamples and expect', () => {
  const build = (md: string) => {
    const p = unified().use(remarkParse).use(remarkCSamples, { contentDir: '/virtual/content' });
    const file = new VFile({ path: '/virtual/content/examples.mdx', value: md });
    return p.run(p.parse(file), file);
  };
  it('a misspelt expectation is a build error naming file, line and token', async () => {
    await expect(build(`text\n\n\`\`\`c expect='${ALL_OK.replace('debug:ok', 'debgu:ok')}'\nfree(0);\n\`\`\`\n`))
      .rejects.toThrow(/\/virtual\/content\/examples\.mdx:3: bad expect token "debgu:ok": unknown mode/);
    await expect(build(`\`\`\`c expect='${ALL_OK.replace('default:ok', 'default:SEGV')}'\nfree(0);\n\`\`\`\n`))
      .rejects.toThrow(/examples\.mdx:1: bad expect token "default:SEGV": unknown outcome "SEGV"/);
  });
  it('an elision fence must match a line of the sample above it', async () => {
    await expect(build('```c\nint a;\n/* ...I/O... */\n```\n```c elision="...other..."\nint b;\n```\n')).rejects.toThrow(/elision="...other..." matches no line/);
    await expect(build('text\n\n```c elision="..."\nint b;\n```\n')).rejects.toThrow(/must follow the C sample/);
  });
});

describe('the samples in content/', async () => {
  const samples = await contentSamples();
  it('there are samples, and every one declares its outcome in all six modes', () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const s of samples) {
      const v = parseMeta(s.meta).expect;
      expect(typeof v, `${s.file}:${s.line} (${s.sampleId}) has no expect='…'`).toBe('string');
      expect(Object.keys(parseExpect(v as string)).sort()).toEqual([...MODES].sort());
    }
  });
  it('every `...Do some I/O...` line has code', () => {
    for (const s of samples.filter((x) => x.source.includes('...Do some I/O'))) {
      expect(Object.keys(s.elisions), `${s.file}:${s.line}`).toEqual(['...Do some I/O operation involving buf...']);
    }
  });
  for (const s of samples) {
    it(`${s.file}:${s.line} (${s.sampleId}) does in every mode what it declares`, async () => {
      const declared = parseExpect(parseMeta(s.meta).expect as string);
      for (const mode of MODES) {
        const r = await runC(s.source, { fileName: `${s.sampleId}.c`, pythonmalloc: mode === 'default' ? null : mode, elisions: s.elisions, snapshot: false });
        expect(checkOutcome(declared[mode]!, r), `PYTHONMALLOC=${mode}`).toBeNull();
      }
    }, 120_000);
  }
});
