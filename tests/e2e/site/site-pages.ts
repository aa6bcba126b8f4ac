// The site's pages as the browser tests expect them: route, title, what each must show, and
// where Previous / Up / Next lead. Kept by hand on purpose: the tests check the generated
// navigation against it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SitePage {
  path: string;
  title: string;
  /** Sentences (or parts) the page must show. */
  texts: string[];
  /** C definitions the page must carry (`#c.NAME`). */
  definitions?: string[];
  /** C sample ids the page must carry. */
  samples?: string[];
  prev: string | null;
  up: string | null;
  next: string | null;
}

export const SITE_PAGES: SitePage[] = [
  {
    path: '/', title: '9. Memory Management',
    texts: ['9.1 Overview', '9.2 Memory Interface', '9.3 Examples'],
    prev: null, up: '/contents/', next: '/overview/',
  },
  {
    path: '/overview/', title: '9.1 Overview',
    texts: [
      'Memory management in Python involves a private heap containing all Python objects and data structures.',
      'with fatal consequences, because they implement different algorithms and operate on different heaps.',
      'the allocated memory for the I/O buffer escapes completely the Python memory manager.',
    ],
    samples: ['overview-1'],
    prev: '/', up: '/', next: '/memory-interface/',
  },
  {
    path: '/memory-interface/', title: '9.2 Memory Interface',
    texts: [
      'but specifying behavior when requesting zero bytes',
      'as if PyMem_Malloc(1) had been called instead.',
      'is therefore deprecated in extension modules.',
    ],
    definitions: ['PyMem_Malloc', 'PyMem_Realloc', 'PyMem_Free', 'PyMem_New', 'PyMem_Resize', 'PyMem_Del'],
    prev: '/overview/', up: '/', next: '/examples/',
  },
  {
    path: '/examples/', title: '9.3 Examples',
    texts: [
      'Here is the example from section 9.1, rewritten so that the I/O buffer is allocated from the Python heap',
      'one of which is labeled as fatal because it mixes two different allocators operating on different heaps.',
      'These will be explained in the next chapter on defining and implementing new object types in C.',
    ],
    samples: ['examples-1', 'examples-2', 'examples-3'],
    prev: '/memory-interface/', up: '/', next: '/python-1.5.2/memory-interface/',
  },
  {
    path: '/python-1.5.2/memory-interface/', title: '9.2 Memory Interface (Python 1.5.2)',
    texts: [
      'Used to represent arbitrary blocks of memory. Values of this type should be cast to the specific type that is needed.',
      'Requesting zero bytes returns a non-NULL pointer.',
      'but calls PyErr_NoMemory() on failure.',
    ],
    definitions: ['ANY', 'PyMem_Malloc', 'PyMem_Realloc', 'PyMem_Free', 'Py_Malloc', 'Py_Realloc', 'Py_Free', 'PyMem_NEW', 'PyMem_RESIZE', 'PyMem_DEL'],
    prev: '/examples/', up: '/memory-interface/', next: '/whatsnew23-pymalloc/',
  },
  {
    path: '/whatsnew23-pymalloc/', title: 'Pymalloc: A Specialized Object Allocator',
    texts: [
      'Pymalloc, a specialized object allocator written by Vladimir Marangozov, was a feature added to Python 2.1.',
      'consolidated down into two API families.',
      'a header file Misc/pymemcompat.h is distributed with the source to Python 2.3',
    ],
    prev: '/python-1.5.2/memory-interface/', up: '/', next: '/contents/',
  },
  {
    path: '/contents/', title: 'Contents',
    texts: ['9.1 Overview', 'Pymalloc (What’s New in 2.3)', 'PyMem_Malloc'],
    prev: '/whatsnew23-pymalloc/', up: '/', next: '/genindex/',
  },
  {
    path: '/genindex/', title: 'Index',
    texts: ['PyMem_Malloc', 'PyErr_NoMemory', 'malloc'],
    prev: '/contents/', up: '/', next: '/about/',
  },
  {
    path: '/about/', title: 'About this text',
    texts: ['© Python Software Foundation', 'PSF License', 'Doc/api/memory.tex', 'Python 2.5', '562d1ccf077427d1bdcde77eeb1eaddaba2a60b2'],
    prev: '/genindex/', up: '/', next: null,
  },
];

/** Every ```c fence of a content file, in order (what the page's samples must hold). */
export function fencesOf(contentFile: string): string[] {
  return samplesOf(contentFile).map((f) => f.code);
}

/** The C samples of a content file: fence meta and code (`elision="…"` fences are not samples). */
export function samplesOf(contentFile: string): { meta: string; code: string }[] {
  const text = readFileSync(fileURLToPath(new URL(`../../../content/${contentFile}`, import.meta.url)), 'utf8');
  return [...text.matchAll(/^```c(?: ([^\n]*))?\n([\s\S]*?)\n```$/gm)]
    .map((m) => ({ meta: m[1] ?? '', code: m[2]! }))
    .filter((f) => !/(?:^|\s)elision=/.test(f.meta));
}
