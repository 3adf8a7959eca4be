import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../src/cli/parseCli.js';
import { loadCommands } from '../../commands/index.js';
import { CLI_COMMANDS, CLI_SPECS, USAGE, parseCli } from '../../src/cli/parseCli.js';

/** A parsed command with every default, overridden where the test says. */
function command(overrides: Partial<CliCommand> & Pick<CliCommand, 'name'>): CliCommand {
	return { json: false, batch: false, positionals: [], exclude: [], ...overrides };
}

describe('parseCli', () => {
	it('asks for the usage on --help', () => {
		expect([parseCli(['--help']), parseCli(['-h'])]).toEqual([
			{ ok: false, error: 'help' },
			{ ok: false, error: 'help' },
		]);
	});

	it('reports a missing command', () => {
		expect(parseCli([])).toEqual({ ok: false, error: 'no command given' });
	});

	it('reports an unknown command', () => {
		expect(parseCli(['frobnicate'])).toEqual({
			ok: false,
			error:
				'unknown command "frobnicate"; the commands are ask, agreement, visit, figure, person, proposal, timeline, sources, fact, autocomplete, check',
		});
	});

	it('reports an unknown option in one line that names it', () => {
		expect([parseCli(['agreement', '--bogus', '1']), parseCli(['agreement', '-z'])]).toEqual([
			{ ok: false, error: 'unknown option --bogus' },
			{ ok: false, error: 'unknown option -z' },
		]);
	});

	it('reports an option that does not apply to the command, with those it takes', () => {
		expect(parseCli(['visit', '--kind', 'treaty'])).toEqual({
			ok: false,
			error: '--kind does not apply to visit, which takes --query, --csv, --json',
		});
	});

	it('reports a string option given without its value', () => {
		expect([parseCli(['agreement', '--year']), parseCli(['agreement', '--query', '  '])]).toEqual([
			{ ok: false, error: '--year needs a value' },
			{ ok: false, error: '--query needs a value' },
		]);
	});

	it('reports a string option followed by another option instead of its value', () => {
		expect(parseCli(['agreement', '--query', '--json'])).toEqual({
			ok: false,
			error: '--query needs a value (it is followed by --json)',
		});
	});

	it('takes a value that starts with a dash when it is written --option=value', () => {
		expect(parseCli(['agreement', '--query=-border'])).toMatchObject({ ok: true, command: { query: '-border' } });
	});

	it('reports a value given to a flag', () => {
		expect(parseCli(['agreement', '--json=false'])).toEqual({ ok: false, error: '--json takes no value' });
	});

	it('refuses an option given twice instead of letting the last one win', () => {
		expect([
			parseCli(['agreement', '--year', '2021', '--year', '2025']),
			parseCli(['agreement', '-q', 'border', '--query', 'transport']),
			parseCli(['ask', 'x', '--json', '--json']),
		]).toEqual([
			{ ok: false, error: '--year is given twice: give it once' },
			{ ok: false, error: '--query is given twice: give it once' },
			{ ok: false, error: '--json is given twice: give it once' },
		]);
	});

	it('reports ask without a question', () => {
		expect([parseCli(['ask']), parseCli(['ask', '   '])]).toEqual([
			{ ok: false, error: 'ask needs a question (or --batch)' },
			{ ok: false, error: 'ask needs a question (or --batch)' },
		]);
	});

	it('reports ask --batch given a question too', () => {
		expect(parseCli(['ask', '--batch', 'hello'])).toEqual({
			ok: false,
			error: 'ask --batch reads its questions from stdin, one a line: give no question with it',
		});
	});

	it('reports autocomplete of a command without choices', () => {
		expect(parseCli(['autocomplete', 'nope', 'query', 'x'])).toEqual({
			ok: false,
			error:
				'autocomplete: "nope" is not a command with choices; those are agreement, visit, figure, person, proposal, timeline, daily',
		});
	});

	it('reports autocomplete of an option without choices', () => {
		expect(parseCli(['autocomplete', 'agreement', 'title', '20'])).toEqual({
			ok: false,
			error: 'autocomplete: agreement has no option "title" with choices; it has query, country, year, kind, sector',
		});
	});

	it('reports autocomplete without a command and an option', () => {
		expect(parseCli(['autocomplete', 'agreement'])).toEqual({
			ok: false,
			error: 'autocomplete needs <command> <option> ["<partial>"]',
		});
	});

	it('reports free text given to a command that takes --query', () => {
		expect(parseCli(['agreement', 'border'])).toEqual({
			ok: false,
			error: 'unexpected argument "border" (use --query for text)',
		});
	});

	it('reports a year that is not four digits', () => {
		expect(parseCli(['agreement', '--year', '21'])).toEqual({
			ok: false,
			error: '--year must be a four-digit year, not "21"',
		});
	});

	it('reports a date that is not YYYY-MM-DD', () => {
		expect(parseCli(['fact', '--date', '2026-1-1'])).toEqual({
			ok: false,
			error: '--date must be YYYY-MM-DD, not "2026-1-1"',
		});
	});

	it('reports a date that is not a day of the calendar', () => {
		expect(
			['2026-13-45', '2026-02-30', '2025-02-29', '2026-04-31'].map((date) => parseCli(['fact', '--date', date])),
		).toEqual(
			['2026-13-45', '2026-02-30', '2025-02-29', '2026-04-31'].map((date) => ({
				ok: false,
				error: `--date ${date} is not a day of the calendar`,
			})),
		);
	});

	it('takes the 29th of February of a leap year', () => {
		expect(parseCli(['fact', '--date', '2024-02-29'])).toMatchObject({ ok: true, command: { date: '2024-02-29' } });
	});

	it('parses a question of several words with --json', () => {
		expect(parseCli(['ask', 'How', 'many?', '--json'])).toEqual({
			ok: true,
			command: command({ name: 'ask', json: true, positionals: ['How', 'many?'] }),
		});
	});

	it('parses ask --batch without a question', () => {
		expect(parseCli(['ask', '--batch', '--json'])).toEqual({
			ok: true,
			command: command({ name: 'ask', json: true, batch: true }),
		});
	});

	it('parses agreement with every filter and the short -q', () => {
		expect(
			parseCli([
				'agreement',
				'-q',
				'border',
				'--country',
				'TR',
				'--year',
				'2021',
				'--kind',
				'memorandum',
				'--sector',
				'transport',
			]),
		).toEqual({
			ok: true,
			command: command({
				name: 'agreement',
				query: 'border',
				country: 'TR',
				year: '2021',
				kind: 'memorandum',
				sector: 'transport',
			}),
		});
	});

	it('parses fact with a date and repeated --exclude', () => {
		expect(parseCli(['fact', '--date', '2026-10-25', '--exclude', 'a', '--exclude', 'b'])).toEqual({
			ok: true,
			command: command({ name: 'fact', date: '2026-10-25', exclude: ['a', 'b'] }),
		});
	});

	it('parses autocomplete with its command, option and partial as positionals', () => {
		expect(parseCli(['autocomplete', 'agreement', 'query', 'bord', '--json'])).toEqual({
			ok: true,
			command: command({ name: 'autocomplete', json: true, positionals: ['agreement', 'query', 'bord'] }),
		});
	});

	it('parses check with its text as positionals, or none to read stdin', () => {
		expect(parseCli(['check', '20 documents', '--json'])).toEqual({
			ok: true,
			command: command({ name: 'check', json: true, positionals: ['20 documents'] }),
		});
		expect(parseCli(['check'])).toEqual({ ok: true, command: command({ name: 'check' }) });
		expect(parseCli(['check', '--query', 'x'])).toEqual({
			ok: false,
			error: '--query does not apply to check, which takes --json',
		});
	});

	it('accepts every command it lists', () => {
		const argv: Record<(typeof CLI_COMMANDS)[number], string[]> = {
			ask: ['ask', 'question'],
			agreement: ['agreement'],
			visit: ['visit'],
			figure: ['figure'],
			person: ['person', '--query', 'Tokaev'],
			proposal: ['proposal', '--query', 'Garabogaz bridge'],
			timeline: ['timeline'],
			sources: ['sources'],
			fact: ['fact'],
			autocomplete: ['autocomplete', 'agreement', 'query'],
			check: ['check'],
		};
		expect(CLI_COMMANDS.map((name) => parseCli(argv[name]).ok)).toEqual(CLI_COMMANDS.map(() => true));
	});

	it('names every command in the usage', () => {
		expect(CLI_COMMANDS.filter((name) => !USAGE.includes(`  ${name}`))).toEqual([]);
	});

	// BUG: --help is allowed after any command (the ALLOWED check skips it) but then ignored, so
	// `agreement --help` lists every agreement instead of printing the usage.
	it('asks for the usage on --help after a command', () => {
		expect(parseCli(['agreement', '--help'])).toEqual({ ok: false, error: 'help' });
	});
});

describe('CLI_SPECS', () => {
	const slashCommands = loadCommands();

	it("gives each command that is also a slash command that command's options, and no other but the CLI's own, leaving out only Discord's own", () => {
		let compared = 0;
		for (const name of CLI_COMMANDS) {
			const slash = slashCommands.get(name);
			if (!slash) continue;
			const spec = CLI_SPECS[name];
			const shared = spec.options
				.filter((option) => !spec.cliOnly?.includes(option))
				.map((option) => spec.slashNames?.[option] ?? option);
			const own = (slash.data.toJSON().options ?? []).map((option) => option.name);
			const accounted = [...shared, ...(spec.argsOption ? [spec.argsOption] : []), ...(spec.discordOnly ?? [])];
			expect(accounted.sort(), name).toEqual(own.sort());
			compared += 1;
		}
		expect(compared).toBe(CLI_COMMANDS.length - 1);
	});

	it('leaves out of the CLI only options the slash command has, and says nothing of them in the usage', () => {
		for (const name of CLI_COMMANDS) {
			const own = (slashCommands.get(name)?.data.toJSON().options ?? []).map((option) => option.name);
			for (const option of CLI_SPECS[name].discordOnly ?? []) {
				expect(own, name).toContain(option);
				expect(USAGE).not.toContain(`--${option}`);
			}
		}
		expect(CLI_SPECS.ask.discordOnly).toEqual(['private']);
		expect(parseCli(['ask', '--private', 'x'])).toEqual({ ok: false, error: 'unknown option --private' });
	});

	it('offers in the usage exactly the options each command takes, and each is accepted', () => {
		/** The arguments each command needs besides the option tried. */
		const needs: Partial<Record<(typeof CLI_COMMANDS)[number], string[]>> = {
			ask: ['a question'],
			autocomplete: ['agreement', 'query'],
		};
		const sample: Record<string, string[]> = {
			batch: ['--batch'],
			year: ['--year', '2021'],
			date: ['--date', '2026-10-25'],
			csv: ['--csv'],
			chart: ['--chart', 'out.png'],
		};
		for (const name of CLI_COMMANDS) {
			const line = USAGE.split('\n').find((entry) => entry === `  ${name}` || entry.startsWith(`  ${name} `)) ?? '';
			const offered = [...line.matchAll(/\[--([a-z]+)/gu)].map((match) => match[1] ?? '');
			expect(offered, name).toEqual(CLI_SPECS[name].options);
			for (const option of offered) {
				const argv = [
					name,
					...(option === 'batch' ? [] : (needs[name] ?? [])),
					...(sample[option] ?? [`--${option}`, 'x']),
				];
				expect(parseCli(argv).ok, argv.join(' ')).toBe(true);
			}
		}
	});
});

describe('parseCli output options', () => {
	it('takes --csv on the list commands and --chart FILE on figure and timeline', () => {
		expect(parseCli(['agreement', '--year', '2021', '--csv'])).toEqual({
			ok: true,
			command: command({ name: 'agreement', year: '2021', csv: true }),
		});
		expect(parseCli(['timeline', '--chart', 'out.png'])).toEqual({
			ok: true,
			command: command({ name: 'timeline', chart: 'out.png' }),
		});
	});

	it('refuses --csv and --chart where they do not apply', () => {
		expect(parseCli(['person', '--query', 'Tokaev', '--csv'])).toEqual({
			ok: false,
			error: '--csv does not apply to person, which takes --query, --json',
		});
		expect(parseCli(['agreement', '--chart', 'a.png'])).toEqual({
			ok: false,
			error:
				'--chart does not apply to agreement, which takes --query, --country, --year, --kind, --sector, --csv, --json',
		});
	});

	it('refuses two outputs at once, --csv with --batch, and a chart file that is not a .png', () => {
		expect([
			parseCli(['figure', '--json', '--csv']),
			parseCli(['figure', '--csv', '--chart', 'a.png']),
			parseCli(['ask', '--batch', '--csv']),
			parseCli(['figure', '--chart', 'a.svg']),
		]).toEqual([
			{ ok: false, error: '--json and --csv cannot be combined: choose one output' },
			{ ok: false, error: '--csv and --chart cannot be combined: choose one output' },
			{ ok: false, error: '--csv answers one question: it cannot be combined with --batch' },
			{ ok: false, error: '--chart needs a file name ending in .png, not "a.svg"' },
		]);
	});
});
