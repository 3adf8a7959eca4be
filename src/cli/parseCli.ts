/**
 * Command-line arguments → a typed CLI command, or a one-line usage error.
 * Pure, so the exit codes can be tested without spawning a process.
 */
import { parseArgs } from 'node:util';

export const CLI_COMMANDS = [
	'ask',
	'agreement',
	'visit',
	'figure',
	'person',
	'proposal',
	'timeline',
	'sources',
	'fact',
	'autocomplete',
	'check',
] as const;
export type CliCommandName = (typeof CLI_COMMANDS)[number];

export interface CliCommand {
	name: CliCommandName;
	json: boolean;
	batch: boolean;
	positionals: string[];
	query?: string;
	country?: string;
	year?: string;
	kind?: string;
	sector?: string;
	visit?: string;
	metric?: string;
	date?: string;
	exclude: string[];
}

export type ParseOutcome = { ok: true; command: CliCommand } | { ok: false; error: string };

export const USAGE = `usage: npm run --silent cli -- <command> [options] [--json]
commands:
  ask "<question>"            answer a free-text question (--batch: one question per line on stdin)
  agreement [--query Q] [--country C] [--year Y] [--kind K] [--sector S] [--visit V]
  visit [--query Q] [--country C] [--year Y]
  figure [--query Q] [--country C] [--year Y] [--metric M]
  person --query NAME
  proposal --query Q
  timeline [--country C] [--year Y]
  sources
  fact [--date YYYY-MM-DD] [--exclude ID ...]
  autocomplete <command> <option> "<partial>"
  check ["<text>"]             check a text against the sources, claim by claim (no text: reads stdin)`;

const OPTIONS = {
	json: { type: 'boolean' },
	batch: { type: 'boolean' },
	query: { type: 'string', short: 'q' },
	country: { type: 'string' },
	year: { type: 'string' },
	kind: { type: 'string' },
	sector: { type: 'string' },
	visit: { type: 'string' },
	metric: { type: 'string' },
	date: { type: 'string' },
	exclude: { type: 'string', multiple: true },
	help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command accepts; anything else is a mistake worth telling. */
const ALLOWED: Readonly<Record<CliCommandName, readonly string[]>> = {
	ask: ['json', 'batch'],
	agreement: ['json', 'query', 'country', 'year', 'kind', 'sector', 'visit'],
	visit: ['json', 'query', 'country', 'year'],
	figure: ['json', 'query', 'country', 'year', 'metric', 'visit'],
	person: ['json', 'query'],
	proposal: ['json', 'query'],
	timeline: ['json', 'country', 'year'],
	sources: ['json'],
	fact: ['json', 'date', 'exclude'],
	autocomplete: ['json'],
	check: ['json'],
};

/**
 * @param argv - the arguments after the script name
 * @returns the command, or an error line (the caller prints it with the usage hint and exits 2)
 * @example
 * parseCli(['agreement', '--year', '2021', '--json']); // { ok: true, command: { name: 'agreement', year: '2021', json: true, … } }
 */
export function parseCli(argv: readonly string[]): ParseOutcome {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
	} catch (error) {
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	}
	const { values, positionals } = parsed;
	const [name, ...rest] = positionals;
	if (name === undefined) return { ok: false, error: values.help ? 'help' : 'no command given' };
	if (!isCommandName(name)) return { ok: false, error: `unknown command "${name}"` };
	if (values.help) return { ok: false, error: 'help' };
	for (const option of Object.keys(values)) {
		if (option !== 'help' && !ALLOWED[name].includes(option))
			return { ok: false, error: `option --${option} does not apply to "${name}"` };
	}
	if (name === 'ask' && !values.batch && rest.join(' ').trim() === '')
		return { ok: false, error: 'ask needs a question (or --batch)' };
	if (name === 'autocomplete' && rest.length < 2)
		return { ok: false, error: 'autocomplete needs <command> <option> ["<partial>"]' };
	if (name !== 'ask' && name !== 'autocomplete' && name !== 'check' && rest.length > 0) {
		return { ok: false, error: `unexpected argument "${rest[0]}" (use --query for text)` };
	}
	if (values.year !== undefined && !/^\d{4}$/.test(values.year))
		return { ok: false, error: `--year must be a four-digit year, not "${values.year}"` };
	if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
		return { ok: false, error: `--date must be YYYY-MM-DD, not "${values.date}"` };
	return {
		ok: true,
		command: {
			name,
			json: values.json ?? false,
			batch: values.batch ?? false,
			positionals: rest,
			query: values.query,
			country: values.country,
			year: values.year,
			kind: values.kind,
			sector: values.sector,
			visit: values.visit,
			metric: values.metric,
			date: values.date,
			exclude: values.exclude ?? [],
		},
	};
}

function isCommandName(name: string): name is CliCommandName {
	return (CLI_COMMANDS as readonly string[]).includes(name);
}
