/**
 * `node --import tsx bench/writeSynthetic.ts <records> <dir>`: writes the seeded synthetic dataset of that many records
 * under `dir` (which must exist), in the layout of `data/`, and flushes it to disk. bench/main.ts runs it as a process
 * of its own, so that its own heap never holds a synthetic dataset while it times fresh processes' cold starts.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { syntheticDataset } from './synthetic.js';

const [records, dir] = process.argv.slice(2);
if (!records || !dir || !(Number(records) > 0)) throw new Error('usage: writeSynthetic.ts <records> <dir>');

const raw = syntheticDataset(Number(records));
await mkdir(join(dir, 'sources'), { recursive: true });
await mkdir(join(dir, 'records'), { recursive: true });
await writeFile(join(dir, raw.catalogue.file), JSON.stringify(raw.catalogue.json));
await Promise.all([
	...[...raw.sourceTexts].map(([name, text]) => writeFile(join(dir, 'sources', name), text)),
	...Array.from(raw.bundles, (bundle) => writeFile(join(dir, bundle.file), JSON.stringify(bundle.json))),
]);
// The cold starts that follow must not share the machine with the kernel writing back a hundred megabytes.
await promisify(execFile)('sync');
