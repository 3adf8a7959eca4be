import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticDataset } from '../bench/synthetic.js';
import { loadDataset } from '../src/data/loadDataset.js';
import { Engine } from '../src/engine/engine.js';
import { buildEntries } from '../src/engine/entries.js';
import { SearchIndex } from '../src/engine/searchIndex.js';
const raw = syntheticDataset(100000);
const dir = process.argv[2] ?? await mkdtemp(join(tmpdir(), 'cold-'));
if (!process.argv[2]) {
  await mkdir(join(dir, 'sources')); await mkdir(join(dir, 'records'));
  await writeFile(join(dir, raw.catalogue.file), JSON.stringify(raw.catalogue.json));
  for (const [n, t] of raw.sourceTexts) await writeFile(join(dir, 'sources', n), t);
  for (const b of Array.from(raw.bundles)) await writeFile(join(dir, b.file), JSON.stringify(b.json));
  console.log(dir);
}
globalThis.gc?.();
let t = performance.now();
const ds = await loadDataset(dir);
let t2 = performance.now(); console.log('load', (t2 - t).toFixed(0));
t = t2; const entries = buildEntries(ds); t2 = performance.now(); console.log('entries', (t2 - t).toFixed(0));
t = t2; new SearchIndex(entries); t2 = performance.now(); console.log('index', (t2 - t).toFixed(0));
