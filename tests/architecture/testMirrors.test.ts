/**
 * Tests mirror modules: every module under src/ has its test at tests/<same path>.test.ts (src/X.ts → tests/X.test.ts,
 * commands/X.ts → tests/commands/X.test.ts; an end-to-end test, `.e2e.test.ts`, counts). Only a module with no code
 * at run time may go without, and only when it is named below. (Not a mirror of one module: a rule over the layout.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Modules that hold only types, so there is nothing to run a test against. Each is checked below to compile to no
 * code; one that gains code must get its test and leave this list.
 */
const TYPE_ONLY: ReadonlyMap<string, string> = new Map<string, string>([]);

function modules(directory: string): string[] {
	return readdirSync(join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return modules(path);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/** Where a module's test lives: src/ is dropped, commands/ kept. */
function testPaths(module: string): string[] {
	const mirrored = join('tests', relative('src', module).startsWith('..') ? module : relative('src', module));
	const stem = mirrored.replace(/\.ts$/u, '');
	return [`${stem}.test.ts`, `${stem}.e2e.test.ts`];
}

/** Whether a module compiles to nothing but an empty export: types and interfaces only. */
function typeOnly(module: string): boolean {
	return typeOnlySource(readFileSync(join(ROOT, module), 'utf8'));
}

function typeOnlySource(source: string): boolean {
	const output = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
	}).outputText;
	const code = output
		.replace(/\/\*[\s\S]*?\*\//gu, '')
		.replace(/\/\/.*$/gmu, '')
		.replace(/export \{\s*\};?/gu, '')
		.replace(/export type \{[^}]*\} from '[^']+';?/gu, '');
	return code.trim() === '';
}

const ALL = [...modules('src'), ...modules('commands')].sort();

describe('the test layout', () => {
	it('finds the modules of src/ and commands/', () => {
		expect(ALL).toContain('src/engine/engine.ts');
		expect(ALL).toContain('commands/ask.ts');
	});

	it('gives every module that runs code its own test file at the mirrored path', () => {
		const missing = ALL.filter(
			(module) => !TYPE_ONLY.has(module) && !testPaths(module).some((path) => existsSync(join(ROOT, path))),
		).map((module) => `${module} → ${testPaths(module)[0]}`);

		expect(missing).toEqual([]);
	});

	it('lets only modules with no code at run time go without a test', () => {
		const wrong = [...TYPE_ONLY.keys()].filter((module) => !ALL.includes(module) || !typeOnly(module));

		expect(wrong).toEqual([]);
	});

	it('lists no type-only module that has a test after all', () => {
		const tested = [...TYPE_ONLY.keys()].filter((module) =>
			testPaths(module).some((path) => existsSync(join(ROOT, path))),
		);

		expect(tested).toEqual([]);
	});

	it('tells a type-only module from one with code', () => {
		expect(typeOnlySource("import type { A } from './a.js';\n/** A kind. */\nexport type B = A | 'b';\n")).toBe(true);
		expect(typeOnly('src/engine/answer.ts')).toBe(false);
		expect(typeOnly('src/discord/limits.ts')).toBe(false);
	});
});
