/**
 * One cold start in a fresh process: `node --import tsx bench/coldStart.ts [dataDir]` reads, validates and indexes
 * the dataset (the real one without a directory) and prints `{"coldStartMs": …}`. bench/main.ts runs it several
 * times and reports the median: a start-up is the first build in a process (cold code, a heap still growing), which
 * a second build in the same process no longer measures, and one run on a shared machine is noisy.
 */
import { performance } from 'node:perf_hooks';
import { loadDataset } from '../src/data/loadDataset.js';
import { Engine } from '../src/engine/engine.js';

const dataDir = process.argv[2];
const start = performance.now();
new Engine(await loadDataset(dataDir));
process.stdout.write(`${JSON.stringify({ coldStartMs: performance.now() - start })}\n`);
