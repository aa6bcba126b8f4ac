/*
 * Version profiles: every constant that differs between CPython or glibc versions, in one object.
 * The logic in glibc/, pymalloc/, debug-hooks/ and c-api/ reads these fields and never hard-codes
 * them, so a 2.x or 3.12+ profile is a new object here, not a change there.
 * Main exports: Profile, PROFILES, DEFAULT_PROFILE_ID, getProfile.
 * Verified: cpython-3.11 on glibc-2.36 x86-64 (tests/golden). Others are unverified sketches.
 */

export interface GlibcProfile {
  version: string;
  /** SIZE_SZ: bytes in a size_t / pointer. */
  sizeSz: number;
  /** MALLOC_ALIGNMENT. */
  mallocAlignment: number;
  /** MINSIZE: smallest chunk. */
  minChunkSize: number;
  /** TCACHE_MAX_BINS; 0 before glibc 2.26 (no tcache). */
  tcacheMaxBins: number;
  /** mp_.tcache_count (TCACHE_FILL_COUNT). */
  tcacheFillCount: number;
  /** Safe-linking of tcache and fastbin links (2.32+). */
  safeLinking: boolean;
  /** The tcache double-free check via the key field (2.29+). */
  tcacheKeyCheck: boolean;
  /** DEFAULT_MXFAST: largest fastbin request. */
  defaultMxFast: number;
  /** DEFAULT_MMAP_THRESHOLD (initial), and its dynamic maximum. */
  mmapThreshold: number;
  mmapThresholdMax: number;
  trimThreshold: number;
  /** DEFAULT_TOP_PAD as the platform sets it. */
  topPad: number;
  /** HEAP_MAX_SIZE: alignment of secondary-arena heaps (heap_for_ptr masks with it). */
  heapMaxSize: number;
  /** FASTBIN_CONSOLIDATION_THRESHOLD. */
  fastbinConsolidationThreshold: number;
  /** Size of tcache_perthread_struct as _int_malloc'ed at first use. */
  tcachePerthreadStructSize: number;
  /** How malloc_printerr formats its message: 2.27+ "%s\n"; older "*** Error in `%s': %s: 0x%016lx ***". */
  errorFormat: 'plain' | 'error-in';
  /** Seed for the (in reality random) tcache_key; fixed so runs are reproducible. */
  tcacheKeySeed: bigint;
}

export interface PymallocProfile {
  /** Whether pymalloc exists and is on (2.3+). */
  enabled: boolean;
  /** ALIGNMENT (bytes) and the size-class granularity. */
  alignment: number;
  /** SMALL_REQUEST_THRESHOLD. */
  smallRequestThreshold: number;
  arenaSize: number;
  poolSize: number;
  /** POOL_OVERHEAD: sizeof(struct pool_header) rounded up to ALIGNMENT. */
  poolOverhead: number;
  /** INITIAL_ARENA_OBJECTS. */
  initialArenaObjects: number;
  /** Ownership test: the 3.10+ radix tree, or the older arenaindex read of the pool header. */
  addressInRange: 'radix-tree' | 'arenaindex';
  /** Where arenas come from: mmap (2.7+/3.x) or malloc (2.3-2.6). */
  arenaSource: 'mmap' | 'malloc';
  /** Which domains pymalloc serves by default: 3.6+ both MEM and OBJ, before that OBJ only. */
  servesMemDomain: boolean;
  /** Keep one empty arena instead of releasing it (bpo-37257, 3.9+). */
  keepOneEmptyArena: boolean;
}

export interface DebugHooksProfile {
  /** PYTHONMALLOC exists (3.6+). */
  pythonmallocVariable: boolean;
  /** Bytes added around each block: 3*SST in 3.8+, 4*SST with the serial number. */
  extraBytes: number;
  /** Whether the serial number word follows the tail pad (PYMEM_DEBUG_SERIALNO). */
  serialNumber: boolean;
  /** Leading forbidden bytes after the API id. */
  leadingPadBytes: number;
  cleanByte: number;
  deadByte: number;
  forbiddenByte: number;
  /** API ids by domain. */
  apiId: { raw: string; mem: string; obj: string };
  /** "Fatal Python error: <func>: <msg>" (3.9+) or without the function name. */
  fatalErrorWithFunction: boolean;
  /** Extra line printed after the dump when tracemalloc is off. */
  tracemallocHint: boolean;
}

export interface PythonProfile {
  version: string;
  /** PY_SSIZE_T_MAX. */
  ssizeTMax: bigint;
  /** BUFSIZ of the platform's stdio.h (glibc 8192; MSVC 512). */
  bufsiz: number;
  /** How the fatal-error trailer names the runtime state once initialised. */
  runtimeStateInitialized: string;
  /** PyMem_Del/PyMem_DEL/PyMem_FREE target: 3.x PyMem_Free; 2.3-2.4 PyObject_Free. */
  pymemDelIs: 'PyMem_Free' | 'PyObject_Free' | 'free';
  /** Whether PyMem_RawMalloc and friends exist (3.4+). */
  hasRawDomain: boolean;
}

export interface Profile {
  id: string;
  label: string;
  verified: boolean;
  glibc: GlibcProfile;
  pymalloc: PymallocProfile;
  debugHooks: DebugHooksProfile;
  python: PythonProfile;
}

export const GLIBC_2_36_X86_64: GlibcProfile = {
  version: '2.36',
  sizeSz: 8,
  mallocAlignment: 16,
  minChunkSize: 0x20,
  tcacheMaxBins: 64,
  tcacheFillCount: 7,
  safeLinking: true,
  tcacheKeyCheck: true,
  defaultMxFast: 128,
  mmapThreshold: 0x20000,
  mmapThresholdMax: 0x2000000,
  trimThreshold: 0x20000,
  topPad: 0x20000,
  heapMaxSize: 0x4000000,
  fastbinConsolidationThreshold: 65536,
  tcachePerthreadStructSize: 640,
  errorFormat: 'plain',
  tcacheKeySeed: 0x3e461bd2fd6231a7n,
};

export const CPYTHON_3_11: Profile = {
  id: 'cpython-3.11',
  label: 'CPython 3.11 on glibc 2.36, x86-64',
  verified: true,
  glibc: GLIBC_2_36_X86_64,
  pymalloc: {
    enabled: true,
    alignment: 16,
    smallRequestThreshold: 512,
    arenaSize: 1 << 20,
    poolSize: 1 << 14,
    poolOverhead: 48,
    initialArenaObjects: 16,
    addressInRange: 'radix-tree',
    arenaSource: 'mmap',
    servesMemDomain: true,
    keepOneEmptyArena: true,
  },
  debugHooks: {
    pythonmallocVariable: true,
    extraBytes: 24,
    serialNumber: false,
    leadingPadBytes: 7,
    cleanByte: 0xcd,
    deadByte: 0xdd,
    forbiddenByte: 0xfd,
    apiId: { raw: 'r', mem: 'm', obj: 'o' },
    fatalErrorWithFunction: true,
    tracemallocHint: true,
  },
  python: {
    version: '3.11',
    ssizeTMax: 0x7fff_ffff_ffff_ffffn,
    bufsiz: 8192,
    runtimeStateInitialized: 'initialized',
    pymemDelIs: 'PyMem_Free',
    hasRawDomain: true,
  },
};

export const PROFILES: Readonly<Record<string, Profile>> = {
  [CPYTHON_3_11.id]: CPYTHON_3_11,
};

export const DEFAULT_PROFILE_ID = CPYTHON_3_11.id;

/** Looks a profile up by id or by bare version ("3.11"). */
export function getProfile(idOrVersion: string = DEFAULT_PROFILE_ID): Profile | undefined {
  return PROFILES[idOrVersion] ?? PROFILES[`cpython-${idOrVersion}`];
}
