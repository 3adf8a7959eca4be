#!/usr/bin/env node
/**
 * `npm run --silent cli -- <command> [options]` (or the package's `ca-diplomacy` bin): the engine from the command
 * line. Prints answers as text, or as JSON with `--json` and nothing else on stdout.
 *
 * Production runs it bundled into one file, `dist/cli.js` (`npm run build:cli`), because a process answers one
 * question and is gone: resolving, reading and compiling zod's ninety-odd modules one by one took about a third of
 * its whole run.
 */
import { text } from 'node:stream/consumers';
import { DatasetError } from '../data/DatasetError.js';
import { loadDataset } from '../data/loadDataset.js';
import { Engine } from '../engine/engine.js';
import { packagePath } from '../packageRoot.js';
import { USAGE, parseCli } from './parseCli.js';
import { runCli } from './runCli.js';

const parsed = parseCli(process.argv.slice(2));
if (!parsed.ok) {
	if (parsed.error === 'help') {
		process.stdout.write(`${USAGE}\n`);
	} else {
		process.stderr.write(`error: ${parsed.error} (run with --help for usage)\n`);
		process.exitCode = 2;
	}
} else {
	try {
		const engine = new Engine(await loadDataset(packagePath('data')));
		// `check` with no text on the command line checks what is piped in.
		const readsStdin =
			parsed.command.batch || (parsed.command.name === 'check' && parsed.command.positionals.length === 0);
		const stdinLines = readsStdin ? (await text(process.stdin)).split(/\r?\n/) : [];
		const output = runCli(parsed.command, engine, stdinLines);
		if (output.stdout) process.stdout.write(`${output.stdout}\n`);
		if (output.stderr) process.stderr.write(`${output.stderr}\n`);
		process.exitCode = output.exitCode;
	} catch (error) {
		if (!(error instanceof DatasetError)) throw error;
		process.stderr.write(`${error.message}\n`);
		process.exitCode = 1;
	}
}
