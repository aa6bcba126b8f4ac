#!/usr/bin/env node
// The `pymem` command: runs src/cli/pymem.ts through tsx's loader API (tsx is a dependency),
// so the CLI is the same TypeScript the site and the tests use.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/pymem.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
