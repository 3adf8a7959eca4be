import { performance } from 'node:perf_hooks';
import SearchableMap from 'minisearch/SearchableMap';
const { loadDataset } = await import('/work/main/src/data/loadDataset.js');
const { buildEntries } = await import('/work/main/src/engine/entries.js');
const { tokenize, processTerm } = await import('/work/main/src/engine/normalise.js');
const ds = await loadDataset();
const entries = buildEntries(ds);
const terms = new Set<string>();
for (const e of entries) for (const f of [e.title, e.names, e.text]) for (const t of tokenize(f)) { const p = processTerm(t); if (typeof p === 'string') terms.add(p); }
let t = performance.now();
const m = new SearchableMap<number>(); let i = 0; for (const term of terms) m.set(term, i++);
const arr = [...m].reverse();
console.log('terms', terms.size, 'searchablemap+iterate', (performance.now() - t).toFixed(1));
t = performance.now(); const s = [...terms].sort(); console.log('sort', (performance.now() - t).toFixed(1));
