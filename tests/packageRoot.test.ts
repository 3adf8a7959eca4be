import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findPackageRoot, packagePath } from '../src/packageRoot.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'package-root-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('findPackageRoot', () => {
	it('GIVEN the compiled layout dist/src/cli THEN finds the folder above dist', () => {
		const root = join(scratch, 'bot');
		mkdirSync(join(root, 'dist', 'src', 'cli'), { recursive: true });
		writeFileSync(join(root, 'package.json'), '{}');
		expect(findPackageRoot(join(root, 'dist', 'src', 'cli'))).toBe(root);
	});

	it('GIVEN no package.json up to the root THEN throws naming the start', () => {
		const lost = join(scratch, 'lost', 'src');
		mkdirSync(lost, { recursive: true });
		// The scratch folder sits in the system's temporary folder, which holds no package.json above it.
		expect(() => findPackageRoot(lost)).toThrow(`packageRoot: no package.json in ${lost} or above`);
	});
});

describe('packagePath', () => {
	it('resolves inside this repository when run from src/', () => {
		expect(packagePath('data', 'sources.json')).toBe(join(REPO, 'data', 'sources.json'));
	});
});
