/**
 * Runs a parsed CLI command against the engine and returns what to print.
 * No I/O here: `main.ts` reads stdin and writes the result. What only one command needs (`check`'s checker, `--csv`'s
 * export) is imported when that command runs: a process answers one command, and compiling and initialising the
 * others' code was part of every start-up.
 */
import type { Answer, AskResult } from '../engine/answer.js';
import { type FieldValue, type RenderedAnswer, renderAnswer } from '../render/answerProse.js';
import type { Engine, ListOutcome } from '../engine/engine.js';
import { describeFilterProblem } from '../engine/filters.js';
import { renderAnswerListText, renderAnswerText } from '../render/answerText.js';
import type { SourceCatalogue } from '../render/citations.js';
import { noticeText } from '../render/noticeText.js';
import { completeCliOption } from './cliCompletions.js';
import type { CliCommand } from './parseCli.js';

export interface CliOutput {
	stdout: string;
	stderr: string;
	exitCode: number;
	/** Print stdout as it is, without a line break after it (a CSV ends its last record itself). */
	exact?: boolean;
}

/** The JSON shape of one agreement in `agreement --json`. */
export interface AgreementJson {
	id: string;
	title: string;
	kind: FieldValue;
	date: FieldValue;
	visit: FieldValue;
	parties: FieldValue;
	sectors: FieldValue;
	citations: Answer['citations'];
}

/** Between the text answers of `ask --batch`: a line `---` with a blank line on each side. */
export const BATCH_TEXT_SEPARATOR = '\n\n---\n\n';

/** What `ask --batch --json` prints for a blank line: nothing was asked, so nothing is answered. */
const BLANK_LINE_JSON: AskJson = { query: '', answered: false, answers: [], suggestions: [] };

/**
 * @param command - a parsed command
 * @param engine - the engine
 * @param stdinLines - the lines of stdin (`batchLines`, blank ones included): questions for `ask --batch`; the text
 *   for `check` without one
 * @returns text for stdout and stderr, and the exit code (0, or 2 for a bad filter value)
 * @example
 * (await runCli(parsed.command, engine)).stdout;
 */
export async function runCli(
	command: CliCommand,
	engine: Engine,
	stdinLines: readonly string[] = [],
): Promise<CliOutput> {
	const filters = {
		country: command.country,
		year: command.year,
		kind: command.kind,
		sector: command.sector,
	};
	if (command.csv) return (await import('./csvOutput.js')).csvOutput(command, engine);
	const list = listIn(engine.sourceCatalogue);
	switch (command.name) {
		case 'ask': {
			if (command.batch) {
				// One answer per line, blank lines included, so that output line (or block) N answers input line N.
				const results = stdinLines.map((line) => (line.trim() === '' ? undefined : engine.ask(line)));
				return ok(
					command.json
						? results.map((result) => JSON.stringify(result ? askJson(result) : BLANK_LINE_JSON)).join('\n')
						: results
								.map((result) => (result ? askText(result, engine.sourceCatalogue) : ''))
								.join(BATCH_TEXT_SEPARATOR),
				);
			}
			const result = engine.ask(command.positionals.join(' '));
			return ok(command.json ? JSON.stringify(askJson(result), null, 2) : askText(result, engine.sourceCatalogue));
		}
		case 'agreement':
			return list(engine.agreements(command.query, filters), command.json, agreementJson, 'No agreement matches.');
		case 'visit':
			return list(engine.visits(command.query, filters), command.json, renderAnswer, 'No visit matches.');
		case 'figure':
			return list(engine.figures(command.query, filters), command.json, renderAnswer, 'No figure matches.');
		case 'person':
			return list(engine.people(command.query), command.json, renderAnswer, 'No person matches.');
		case 'proposal':
			return list(engine.proposals(command.query), command.json, renderAnswer, 'No proposal matches.');
		case 'timeline':
			return list(engine.timeline(filters), command.json, renderAnswer, 'Nothing in the timeline matches.');
		case 'sources': {
			const sources = engine.sources();
			return list(
				{ ok: true, total: sources.length, offset: 0, results: sources, suggestions: [] },
				command.json,
				renderAnswer,
				'',
			);
		}
		case 'fact': {
			const fact = engine.fact({ exclude: command.exclude, date: command.date });
			return ok(
				command.json
					? JSON.stringify({ ...fact, answer: renderAnswer(fact.answer) }, null, 2)
					: renderAnswerText(fact.answer, engine.sourceCatalogue),
			);
		}
		case 'check': {
			const text = command.positionals.length > 0 ? command.positionals.join(' ') : stdinLines.join('\n');
			return (await import('./checkOutput.js')).checkOutput(text, engine, command.json);
		}
		case 'autocomplete': {
			const [commandName = '', option = '', ...partial] = command.positionals;
			const choices = completeCliOption(engine, commandName, option, partial.join(' '));
			return ok(
				command.json
					? JSON.stringify({ choices }, null, 2)
					: choices.map((choice) => `${choice.name}  [${choice.value}]`).join('\n'),
			);
		}
	}
}

function ok(stdout: string): CliOutput {
	return { stdout, stderr: '', exitCode: 0 };
}

/** A list's output, its citations named from `sources`. */
function listIn(sources: SourceCatalogue) {
	return <T>(outcome: ListOutcome, json: boolean, project: (answer: Answer) => T, emptyMessage: string): CliOutput =>
		list(outcome, json, project, emptyMessage, sources);
}

function list<T>(
	outcome: ListOutcome,
	json: boolean,
	project: (answer: Answer) => T,
	emptyMessage: string,
	sources: SourceCatalogue,
): CliOutput {
	if (!outcome.ok) return { stdout: '', stderr: `error: ${describeFilterProblem(outcome.problem)}`, exitCode: 2 };
	if (json) {
		return ok(
			JSON.stringify(
				{ total: outcome.total, results: outcome.results.map(project), suggestions: outcome.suggestions },
				null,
				2,
			),
		);
	}
	const header = outcome.total > 0 ? `${outcome.total} result${outcome.total === 1 ? '' : 's'}\n\n` : '';
	return ok(`${header}${renderAnswerListText(outcome.results, sources, outcome.suggestions, emptyMessage)}`);
}

function agreementJson(answer: Answer): AgreementJson {
	const { title, fields } = renderAnswer(answer);
	return {
		id: answer.id,
		title,
		kind: fields['kind'] ?? null,
		date: fields['date'] ?? null,
		visit: fields['visit'] ?? null,
		parties: fields['parties'] ?? [],
		sectors: fields['sectors'] ?? [],
		citations: answer.citations,
	};
}

/**
 * What `ask --json` prints: the question, whether the sources answer it and why not when they do not, the answers (or
 * closest matches) in the stable format (see the README), the suggestions.
 */
export interface AskJson {
	query: string;
	answered: boolean;
	notice?: string;
	answers: RenderedAnswer[];
	suggestions: string[];
}

function askJson(result: AskResult): AskJson {
	return {
		query: result.query,
		answered: result.answered,
		...(result.notice ? { notice: noticeText(result.notice) } : {}),
		answers: result.answers.map(renderAnswer),
		suggestions: result.suggestions,
	};
}

function askText(result: AskResult, sources: SourceCatalogue): string {
	const notice = result.notice ? `${noticeText(result.notice)}\n\n` : '';
	const heading = !result.answered && result.answers.length > 0 ? 'Closest matches:\n\n' : '';
	return `Q: ${result.query}\n\n${notice}${heading}${renderAnswerListText(result.answers, sources, result.suggestions, 'No answer found in the dataset.')}`;
}
