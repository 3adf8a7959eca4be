/**
 * Runs a CommonJS bundle with V8's code cache, so that a process that answers one question does not spend a tenth of
 * its life parsing and compiling the same functions as the process before it. The first run of a command compiles as
 * usual and, as it exits, saves the bytecode of every function it ran; the next runs of that command load that
 * instead of compiling. Node 22's `module.enableCompileCache()` does this for any module; Node 20, which this package
 * supports, has only `vm.Script`'s `cachedData`, which needs a script rather than an ES module.
 *
 * The bundle must not call `import()` on the way a cached command takes (see `cacheKey`).
 *
 * The cache is a pure speed-up: the file is named by a hash of the bundle's text and Node's version (V8 itself only
 * checks the text's length), a cache V8 rejects is compiled past and written again, and a folder that cannot be
 * written to only means no cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What the run did with the cache: loaded it, will write it at exit, or found none it could use. */
export type CacheUse = 'loaded' | 'writing';

/** The module wrapper Node puts around a CommonJS file, on the bundle's first line so that line numbers stay. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_END = '\n})';

/**
 * @param argv - the CLI's arguments
 * @returns the cache a run of them uses: its command's name, or `other` for `--help` and the like; undefined for
 *   `--chart`, which runs without one: the chart libraries are ES modules loaded with `import()`, and on Node 20 code
 *   compiled from a cache cannot call `import()` (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING)
 * @example
 * cacheKey(['ask', 'How many documents were signed?']); // 'ask'
 * cacheKey(['figure', '--chart', 'out.png']); // undefined
 */
export function cacheKey(argv: readonly string[]): string | undefined {
	if (argv.some((arg) => arg === '--chart' || arg.startsWith('--chart='))) return undefined;
	const [first = ''] = argv;
	return /^[a-z]{1,20}$/u.test(first) ? first : 'other';
}

/**
 * @param bundle - absolute path of a CommonJS bundle
 * @param cacheDir - where the caches live (made when first written)
 * @param key - which cache: each command runs functions of its own, so each gets its own cache
 * @returns whether the cache was loaded or will be written as the process exits (only if it exits with code 0)
 * @example
 * runWithCodeCache('/srv/bot/dist/cli-main.cjs', '/srv/bot/dist/cli-cache', 'ask'); // 'loaded' from the second run on
 */
export function runWithCodeCache(bundle: string, cacheDir: string, key: string): CacheUse {
	const source = readFileSync(bundle, 'utf8');
	const hash = createHash('sha256').update(process.version).update(process.arch).update(source).digest('hex');
	const cacheFile = join(cacheDir, `${key}-${hash.slice(0, 16)}.bin`);
	const cachedData = readIfThere(cacheFile);
	const script = new Script(`${WRAPPER_START}${source}${WRAPPER_END}`, {
		filename: bundle,
		cachedData,
	});
	const use: CacheUse = cachedData && !script.cachedDataRejected ? 'loaded' : 'writing';
	// At exit, not now: the cache then holds every function the command ran, not only the bundle's top level.
	if (use === 'writing') process.once('exit', (code) => code === 0 && writeCache(script, cacheFile));
	const wrapped: unknown = script.runInThisContext();
	if (typeof wrapped !== 'function') throw new Error(`codeCache: ${bundle} did not compile to a module function`);
	const module = { exports: {} };
	wrapped.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
	return use;
}

function readIfThere(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

/** Writes beside the cache and renames it into place, so that a process starting meanwhile never reads half a file. */
function writeCache(script: Script, cacheFile: string): void {
	const partial = `${cacheFile}.${process.pid}`;
	try {
		mkdirSync(dirname(cacheFile), { recursive: true });
		writeFileSync(partial, script.createCachedData());
		renameSync(partial, cacheFile);
	} catch {
		// A read-only install runs without a cache: slower to start, the same answers.
		try {
			rmSync(partial, { force: true });
		} catch {
			// Nothing was written where nothing can be.
		}
	}
}
