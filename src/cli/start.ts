#!/usr/bin/env node
/**
 * `dist/cli.js`, the package's `ca-diplomacy` bin: runs the CLI's bundle (`dist/cli-main.cjs`, built from `main.ts`)
 * with V8's code cache, one cache per command in `dist/cli-cache/` (see `codeCache.ts`). `--chart` runs the same
 * program bundled as an ES module (`dist/cli-esm.js`), uncached, because drawing imports ES modules. Nothing else is
 * here, so that this file is cheap to load.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheKey, runWithCodeCache } from './codeCache.js';

const dist = dirname(fileURLToPath(import.meta.url));
const key = cacheKey(process.argv.slice(2));
if (key === undefined) await import(pathToFileURL(join(dist, 'cli-esm.js')).href);
else runWithCodeCache(join(dist, 'cli-main.cjs'), join(dist, 'cli-cache'), key);
