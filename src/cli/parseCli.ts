/**
 * Command-line arguments → a typed CLI command, or a one-line usage error.
 * Pure, so the exit codes can be tested without spawning a process.
 *
 * node:util's `parseArgs` splits the arguments into tokens (it knows `--name value`, `--name=value`, `-q value`, `--`);
 * the rules are checked here, one token at a time, because its own strict mode says too little and too much: it lets
 * a repeated option silently win, takes `--query --json` as a query of "--json", and words an unknown option as a
 * paragraph about positionals. Each mistake gets one line that names the option.
 */
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { completableOptions, completableCommands } from './cliCompletions.js';

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
	date?: string;
	exclude: string[];
	/** `--csv`: the whole list as CSV (set only when given). */
	csv?: true;
	/** `--chart FILE`: where to write the list's chart as PNG (set only when given). */
	chart?: string;
}

export type ParseOutcome = { ok: true; command: CliCommand } | { ok: false; error: string };

interface CliOptionDefinition {
	type: 'string' | 'boolean';
	short?: string;
	multiple?: boolean;
	/** What the usage calls its value. */
	value?: string;
}

/** Every option the CLI knows, as `parseArgs` reads it, with what its value is called in the usage. */
const OPTIONS = {
	json: { type: 'boolean' },
	batch: { type: 'boolean' },
	query: { type: 'string', short: 'q', value: 'Q' },
	country: { type: 'string', value: 'C' },
	year: { type: 'string', value: 'Y' },
	kind: { type: 'string', value: 'K' },
	sector: { type: 'string', value: 'S' },
	date: { type: 'string', value: 'YYYY-MM-DD' },
	exclude: { type: 'string', multiple: true, value: 'ID' },
	help: { type: 'boolean', short: 'h' },
	csv: { type: 'boolean' },
	chart: { type: 'string', value: 'FILE.png' },
} as const satisfies Record<string, CliOptionDefinition>;

export type CliOptionName = keyof typeof OPTIONS;

/** What one command takes: the options, besides `--json` which every command takes, and its words. */
export interface CliCommandSpec {
	/** The options, in the order the usage shows them. */
	options: readonly CliOptionName[];
	/**
	 * The slash command's name for each option whose name differs (`/visit which:` is `visit --query`). Every other
	 * option is named as in the slash command, except those in `cliOnly`.
	 */
	slashNames?: Partial<Record<CliOptionName, string>>;
	/** Options that only the CLI has, for what a terminal needs (`fact --date`: the fact of another day). */
	cliOnly?: readonly CliOptionName[];
	/**
	 * The slash command's options that only make sense in Discord, and that the CLI leaves out (`/ask private:`: a
	 * reply only the caller sees, with a Share button; a terminal's output is the caller's alone).
	 */
	discordOnly?: readonly string[];
	/** Positional arguments, as the usage shows them. */
	args?: string;
	/** The slash command's option the positional arguments stand for (`ask "…"` is `/ask question:…`). */
	argsOption?: string;
	/** What it does, when the options alone do not say. */
	summary?: string;
}

/**
 * By command, what it takes. The options of a command that is also a slash command are that command's options
 * (`tests/cli/parseCli.test.ts` compares them), so the CLI offers nothing the bot lacks, and leaves out only what
 * `discordOnly` names.
 */
export const CLI_SPECS: Readonly<Record<CliCommandName, CliCommandSpec>> = {
	ask: {
		options: ['batch', 'csv'],
		cliOnly: ['batch', 'csv'],
		args: '"<question>"',
		argsOption: 'question',
		discordOnly: ['private'],
		summary: 'answers a question; --batch: one question a line on stdin, one answer a line (or block), in order',
	},
	agreement: { options: ['query', 'country', 'year', 'kind', 'sector', 'csv'], cliOnly: ['csv'] },
	visit: { options: ['query', 'csv'], slashNames: { query: 'which' }, cliOnly: ['csv'] },
	figure: { options: ['query', 'country', 'csv', 'chart'], cliOnly: ['csv', 'chart'] },
	person: { options: ['query'], slashNames: { query: 'name' } },
	proposal: { options: ['query'], slashNames: { query: 'which' } },
	timeline: { options: ['country', 'csv', 'chart'], cliOnly: ['csv', 'chart'] },
	sources: { options: [] },
	fact: {
		options: ['date', 'exclude'],
		cliOnly: ['date', 'exclude'],
		summary: "a fact, preferring an anniversary of the day (today's by default), none of the ids excluded",
	},
	autocomplete: {
		options: [],
		args: '<command> <option> "<partial>"',
		summary: "the choices a slash command's option offers for what has been typed",
	},
	check: {
		options: [],
		args: '["<text>"]',
		argsOption: 'text',
		summary: 'checks a text against the sources, claim by claim (no text: reads stdin)',
	},
};

function usageLine(name: CliCommandName): string {
	const spec = CLI_SPECS[name];
	const options = spec.options.map((option) => {
		const definition: CliOptionDefinition = OPTIONS[option];
		const value = definition.value ? ` ${definition.value}` : '';
		return `[--${option}${value}${definition.multiple ? ' ...' : ''}]`;
	});
	const synopsis = [name, spec.args, ...options].filter(Boolean).join(' ');
	return spec.summary ? `  ${synopsis}\n      ${spec.summary}` : `  ${synopsis}`;
}

export const USAGE = [
	'usage: npm run --silent cli -- <command> [options] [--json]',
	'commands:',
	...CLI_COMMANDS.map(usageLine),
	"Each option is given once (--exclude as often as needed). --query is the slash command's text: which: of /visit and /proposal, name: of /person.",
].join('\n');

/** A real calendar day (zod's ISO date knows month lengths and leap years: 2024-02-29, not 2026-02-30). */
const CALENDAR_DAY = z.iso.date();

/**
 * @param argv - the arguments after the script name
 * @returns the command, or an error line (the caller prints it with the usage hint and exits 2)
 * @example
 * parseCli(['agreement', '--year', '2021', '--json']); // { ok: true, command: { name: 'agreement', year: '2021', json: true, … } }
 * parseCli(['agreement', '--year', '2021', '--year', '2025']); // { ok: false, error: '--year is given twice: give it once' }
 */
export function parseCli(argv: readonly string[]): ParseOutcome {
	const { tokens } = parseArgs({
		args: [...argv],
		options: OPTIONS,
		allowPositionals: true,
		strict: false,
		tokens: true,
	});
	if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { ok: false, error: 'help' };
	const positionals = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []));
	const [name, ...rest] = positionals;
	if (name === undefined) return { ok: false, error: 'no command given' };
	if (!isCommandName(name))
		return { ok: false, error: `unknown command "${name}"; the commands are ${CLI_COMMANDS.join(', ')}` };

	const allowed: readonly string[] = [...CLI_SPECS[name].options, 'json'];
	const values = new Map<CliOptionName, string[]>();
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		const problem = optionProblem(name, allowed, token, values);
		if (problem) return { ok: false, error: problem };
	}
	const one = (option: CliOptionName): string | undefined => values.get(option)?.[0];
	const batch = values.has('batch');

	if (name === 'ask' && !batch && rest.join(' ').trim() === '')
		return { ok: false, error: 'ask needs a question (or --batch)' };
	if (name === 'ask' && batch && rest.length > 0)
		return { ok: false, error: 'ask --batch reads its questions from stdin, one a line: give no question with it' };
	if (name === 'autocomplete') {
		const problem = autocompleteProblem(rest);
		if (problem) return { ok: false, error: problem };
	}
	if (name !== 'ask' && name !== 'autocomplete' && name !== 'check' && rest[0] !== undefined) {
		const hint = CLI_SPECS[name].options.includes('query') ? ' (use --query for text)' : '';
		return { ok: false, error: `unexpected argument "${rest[0]}"${hint}` };
	}
	const year = one('year');
	if (year !== undefined && !/^\d{4}$/.test(year))
		return { ok: false, error: `--year must be a four-digit year, not "${year}"` };
	const date = one('date');
	if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
		return { ok: false, error: `--date must be YYYY-MM-DD, not "${date}"` };
	if (date !== undefined && !CALENDAR_DAY.safeParse(date).success)
		return { ok: false, error: `--date ${date} is not a day of the calendar` };
	const chart = one('chart');
	const outputProblem = outputConflict({ json: values.has('json'), csv: values.has('csv'), batch, chart });
	if (outputProblem) return { ok: false, error: outputProblem };
	return {
		ok: true,
		command: {
			name,
			json: values.has('json'),
			batch,
			positionals: rest,
			query: one('query'),
			country: one('country'),
			year,
			kind: one('kind'),
			sector: one('sector'),
			date,
			exclude: values.get('exclude') ?? [],
			...(values.has('csv') ? { csv: true as const } : {}),
			...(chart !== undefined ? { chart } : {}),
		},
	};
}

/** One output at a time: text, `--json`, `--csv` or `--chart`; and a chart needs a file name. */
function outputConflict(values: {
	json: boolean;
	csv: boolean;
	batch: boolean;
	chart: string | undefined;
}): string | undefined {
	const given = [values.json && '--json', values.csv && '--csv', values.chart !== undefined && '--chart'].filter(
		(option): option is string => typeof option === 'string',
	);
	if (given.length > 1) return `${given.join(' and ')} cannot be combined: choose one output`;
	if (values.csv && values.batch) return '--csv answers one question: it cannot be combined with --batch';
	if (values.chart !== undefined && !/\.png$/iu.test(values.chart.trim()))
		return `--chart needs a file name ending in .png, not "${values.chart}"`;
	return undefined;
}

/** The part of an option token of `parseArgs` read here (its value is absent when none was given). */
interface OptionToken {
	name: string;
	rawName: string;
	value?: string | undefined;
	inlineValue?: boolean | undefined;
}

/** What is wrong with one option as given, if anything; records its value otherwise. */
function optionProblem(
	command: CliCommandName,
	allowed: readonly string[],
	token: OptionToken,
	values: Map<CliOptionName, string[]>,
): string | undefined {
	const { name, rawName } = token;
	if (!isOptionName(name)) return `unknown option ${rawName}`;
	if (!allowed.includes(name)) {
		return `${rawName} does not apply to ${command}, which takes ${allowed.map((option) => `--${option}`).join(', ')}`;
	}
	const definition: CliOptionDefinition = OPTIONS[name];
	const earlier = values.get(name);
	if (earlier && !definition.multiple) return `${rawName} is given twice: give it once`;
	if (definition.type === 'boolean') {
		if (token.value !== undefined) return `${rawName} takes no value`;
		values.set(name, []);
		return undefined;
	}
	const value = token.value;
	// `--query --json`: parseArgs takes the next argument as the value; a value that is an option was forgotten.
	if (value !== undefined && !token.inlineValue && value.startsWith('-'))
		return `${rawName} needs a value (it is followed by ${value})`;
	if (value === undefined || value.trim() === '') return `${rawName} needs a value`;
	values.set(name, [...(earlier ?? []), value]);
	return undefined;
}

/** `autocomplete <command> <option> [partial]`: the command and the option must be ones that complete. */
function autocompleteProblem(args: readonly string[]): string | undefined {
	const [command, option] = args;
	if (command === undefined || option === undefined) return 'autocomplete needs <command> <option> ["<partial>"]';
	const options = completableOptions(command);
	if (!options)
		return `autocomplete: "${command}" is not a command with choices; those are ${completableCommands().join(', ')}`;
	if (!options.includes(option))
		return `autocomplete: ${command} has no option "${option}" with choices; it has ${options.join(', ')}`;
	return undefined;
}

function isCommandName(name: string): name is CliCommandName {
	return (CLI_COMMANDS as readonly string[]).includes(name);
}

function isOptionName(name: string): name is CliOptionName {
	return Object.hasOwn(OPTIONS, name);
}
