/**
 * Scores the engine on question sets: a question passes when every expected
 * pattern matches the text of its top three answers and every citation of
 * those answers quotes its source verbatim.
 */
import { z } from 'zod';
import { normaliseWhitespace } from '../data/normaliseWhitespace.js';
import type { Engine } from '../engine/engine.js';
import { renderAnswer } from '../render/answerProse.js';

export const EvalQuestion = z.object({
	q: z.string().min(1),
	all: z.array(z.string().min(1)).min(1),
	/** What the question exercises (count, amount, date, award, typo, …), for the report. */
	tag: z.string().optional(),
});
export const EvalFile = z.object({ questions: z.array(EvalQuestion).min(1) });
export type EvalQuestion = z.infer<typeof EvalQuestion>;

/** Answers a question may use: the top three, as researchers read them. */
export const TOP_ANSWERS = 3;

export interface EvalMiss {
	question: string;
	set: string;
	reason: string;
	got: string[];
}

export interface EvalReport {
	total: number;
	passed: number;
	misses: EvalMiss[];
}

/**
 * @param engine - the engine to score
 * @param sets - named question sets
 * @returns the score and every miss with the reason
 * @example
 * evaluate(engine, [{ name: 'sample', questions }]).passed;
 */
export function evaluate(
	engine: Engine,
	sets: readonly { name: string; questions: readonly EvalQuestion[] }[],
): EvalReport {
	const normalisedSources = new Map(
		[...engine.dataset.sourceTexts].map(([file, text]) => [file, normaliseWhitespace(text)]),
	);
	const report: EvalReport = { total: 0, passed: 0, misses: [] };
	for (const set of sets) {
		for (const question of set.questions) {
			report.total += 1;
			const answers = engine.ask(question.q).answers.slice(0, TOP_ANSWERS).map(renderAnswer);
			const text = answers.map((answer) => `${answer.title}\n${answer.text}`).join('\n');
			const got = answers.map((answer) => `${answer.id}: ${answer.text.slice(0, 160)}`);
			const unmatched = question.all.filter((pattern) => !new RegExp(pattern, 'i').test(text));
			const badCitation = answers
				.flatMap((answer) => answer.citations)
				.find((citation) => !normalisedSources.get(citation.source)?.includes(normaliseWhitespace(citation.quote)));
			const reason =
				answers.length === 0
					? 'no answer'
					: unmatched.length > 0
						? `top ${TOP_ANSWERS} do not match ${unmatched.map((pattern) => `/${pattern}/`).join(', ')}`
						: badCitation
							? `citation not verbatim in ${badCitation.source}`
							: undefined;
			if (reason) report.misses.push({ question: question.q, set: set.name, reason, got });
			else report.passed += 1;
		}
	}
	return report;
}

/** The report as text: score first, then every miss. */
export function formatReport(report: EvalReport): string {
	const lines = [
		`Score: ${report.passed}/${report.total} (${((100 * report.passed) / Math.max(1, report.total)).toFixed(1)}%)`,
	];
	for (const miss of report.misses) {
		lines.push('', `MISS [${miss.set}] ${miss.question}`, `  ${miss.reason}`, ...miss.got.map((line) => `    ${line}`));
	}
	return lines.join('\n');
}
