/**
 * `--csv`: the whole list as CSV on stdout, the same rows and columns as the bot's Export button (see the README's
 * export columns). `visit --query Q --csv` exports the documents of the visit found, as /visit's Export does.
 */
import type { Engine } from '../engine/engine.js';
import { describeFilterProblem } from '../engine/filters.js';
import { type ExportTarget, exportFiles } from '../export/exportFiles.js';
import type { CliCommand } from './parseCli.js';
import type { CliOutput } from './runCli.js';

/**
 * @param command - a parsed list command with `--csv`
 * @param engine - the engine
 * @returns the CSV (byte-order mark, CRLF line ends) to print as it is, or a one-line error and exit code 2
 * @example
 * csvOutput({ name: 'agreement', year: '2021', csv: true, … }, engine).stdout.startsWith('\uFEFFid,title,'); // true
 */
export function csvOutput(command: CliCommand, engine: Engine): CliOutput {
	const target = exportTarget(command, engine);
	if (typeof target === 'string') return { stdout: '', stderr: `error: ${target}`, exitCode: 2 };
	const outcome = exportFiles(engine, target);
	if (outcome.ok) return { stdout: outcome.files.csv, stderr: '', exitCode: 0, exact: true };
	const problem = outcome.problem ? describeFilterProblem(outcome.problem) : `no visit "${outcome.missing}"`;
	return { stdout: '', stderr: `error: ${problem}`, exitCode: 2 };
}

/** What the command exports, or why it cannot. */
function exportTarget(command: CliCommand, engine: Engine): ExportTarget | string {
	const { query, country, year, kind, sector } = command;
	switch (command.name) {
		case 'agreement':
			return { of: 'agreement', filters: { query, country, year, kind, sector } };
		case 'figure':
			return { of: 'figure', filters: { query, country, year } };
		case 'timeline':
			return { of: 'timeline', filters: { country, year } };
		case 'ask':
			return { of: 'ask', question: command.positionals.join(' ') };
		case 'visit': {
			if (!query) return 'visit --csv exports the documents of one visit: name it with --query';
			const found = engine.visits(query, { country, year }, { offset: 0, limit: 1 });
			if (!found.ok) return describeFilterProblem(found.problem);
			const first = found.results[0];
			return first ? { of: 'visit', visit: first.id } : `no visit matches "${query}"`;
		}
		default:
			return `--csv does not apply to "${command.name}"`;
	}
}
