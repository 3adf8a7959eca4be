/**
 * `npm run --silent cli -- <command> [options]` (or the package's `ca-diplomacy` bin): the engine from the command
 * line. Prints answers as text, or as JSON with `--json` and nothing else on stdout.
 *
 * Production runs it bundled into one file, `dist/cli-main.cjs` (`npm run build:cli`), because a process answers one
 * question and is gone: resolving, reading and compiling zod's ninety-odd modules one by one took about a third of
 * its whole run. `dist/cli.js` (`start.ts`) runs that bundle with V8's code cache (`codeCache.ts`); the bundle is
 * CommonJS for that, so this module has no top-level `await`.
 */
import { writeFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { DatasetError } from '../data/DatasetError.js';
import { loadDataset } from '../data/loadDataset.js';
import { Engine } from '../engine/engine.js';
import { packagePath } from '../packageRoot.js';
import { batchLines } from './batchLines.js';
import { type CliCommand, USAGE, parseCli } from './parseCli.js';
import { type CliOutput, runCli } from './runCli.js';

/** Parses the arguments, runs the command and writes its output; sets the exit code (2: bad usage, 1: bad data). */
async function main(): Promise<void> {
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
			const stdinLines = readsStdin ? batchLines(await text(process.stdin)) : [];
			const output =
				parsed.command.chart !== undefined
					? await writeChart(parsed.command, engine)
					: await runCli(parsed.command, engine, stdinLines);
			if (output.stdout) process.stdout.write(output.exact ? output.stdout : `${output.stdout}\n`);
			if (output.stderr) process.stderr.write(`${output.stderr}\n`);
			process.exitCode = output.exitCode;
		} catch (error) {
			if (!(error instanceof DatasetError)) throw error;
			process.stderr.write(`${error.message}\n`);
			process.exitCode = 1;
		}
	}
}

// A failure that is not the dataset's rejects, and Node prints it and exits 1, as it did for a top-level await.
void main();

/** `--chart FILE`: draws the list's chart and writes it; a file that cannot be written is one line on stderr. */
async function writeChart(command: CliCommand, engine: Engine): Promise<CliOutput> {
	// Loaded only here: the drawing libraries are heavy, and no other command needs them.
	const { chartOutput } = await import('./chartOutput.js');
	const chart = await chartOutput(command, engine);
	if (!chart.file) return chart.output;
	try {
		writeFileSync(chart.file.path, chart.file.data);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { stdout: '', stderr: `error: cannot write the chart to ${chart.file.path}: ${reason}`, exitCode: 1 };
	}
	return chart.output;
}
