import { performance } from 'node:perf_hooks';
import { loadDataset } from '../src/data/loadDataset.js';
import { Engine } from '../src/engine/engine.js';
const t = performance.now();
const ds = await loadDataset();
const t1 = performance.now();
new Engine(ds);
console.log('load', (t1 - t).toFixed(1), 'engine', (performance.now() - t1).toFixed(1));
