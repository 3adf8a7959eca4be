/**
 * Where the repository is, for the files the program reads beside its code (`data/`, `tests/eval/`, `../shared/`).
 * The same module runs from `src/` under tsx and from `dist/src/` once compiled, one folder deeper, so a path
 * relative to `import.meta.url` would be right in one and wrong in the other: the root is found instead as the
 * nearest folder up that holds `package.json`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @param start - a folder to search up from
 * @returns the nearest folder at or above `start` that holds a `package.json`
 * @throws Error when no folder up to the file system's root holds one (an install without its package.json)
 * @example
 * findPackageRoot('/srv/bot/dist/src/cli'); // '/srv/bot'
 */
export function findPackageRoot(start: string): string {
	for (let dir = start; ; dir = dirname(dir)) {
		if (existsSync(join(dir, 'package.json'))) return dir;
		if (dirname(dir) === dir) throw new Error(`packageRoot: no package.json in ${start} or above`);
	}
}

let root: string | undefined;

/**
 * @param segments - a path inside the repository
 * @returns that path, absolute, whether the code runs from `src/` or from `dist/src/`
 * @example
 * packagePath('data'); // '/srv/bot/data'
 */
export function packagePath(...segments: string[]): string {
	root ??= findPackageRoot(dirname(fileURLToPath(import.meta.url)));
	return join(root, ...segments);
}
