/**
 * Scores the frozen held-out sets (`tests/eval/heldout/*.json`), written from the sources by people who had not seen
 * the engine: top-1 and top-3 on the questions the sources answer, refusals among them, and honest abstentions on the
 * questions they do not answer or whose scope matches nothing. Reported apart from the tuned set and never tuned on.
 */
import { z } from 'zod';
import type { Engine } from '../engine/engine.js';
import { renderAnswer } from '../render/answerProse.js';
import { TOP_ANSWERS } from './evaluate.js';

export const HeldOutQuestion = z.object({
	q: z.string().min(1),
	type: z.enum(['answerable', 'unanswerable', 'scope-conflict']),
	/** Case-insensitive patterns a correct answer's text must all match (answerable questions). */
	first: z.array(z.string()),
	tag: z.string().optional(),
});
export const HeldOutFile = z.object({ questions: z.array(HeldOutQuestion).min(1) });
export type HeldOutQuestion = z.infer<typeof HeldOutQuestion>;

export interface HeldOutReport {
	name: string;
	answerable: number;
	top1: number;
	top3: number;
	/** Answerable questions the engine said the sources do not answer. */
	refused: number;
	/** Questions the sources do not answer, or whose scope matches nothing. */
	unanswerable: number;
	/** Of those, the ones answered false or given a notice. */
	honest: number;
	/** Every question scored wrong, with what came first: printed for development sets, never for held-out ones. */
	misses: HeldOutMiss[];
}

export interface HeldOutMiss {
	question: HeldOutQuestion;
	/** Why it is wrong: refused, not first, not in the first three, or answered though the sources do not answer. */
	problem: 'refused' | 'not-first' | 'not-top-3' | 'answered';
	/** The first answers as rendered (title and text), best first. */
	got: readonly string[];
}

/**
 * @example
 * scoreHeldOut(engine, 'round1-a', questions).top1; // 62
 */
export function scoreHeldOut(engine: Engine, name: string, questions: readonly HeldOutQuestion[]): HeldOutReport {
	const report: HeldOutReport = {
		name,
		answerable: 0,
		top1: 0,
		top3: 0,
		refused: 0,
		unanswerable: 0,
		honest: 0,
		misses: [],
	};
	for (const question of questions) {
		const result = engine.ask(question.q);
		const texts = result.answers.map(renderAnswer).map((answer) => `${answer.title}\n${answer.text}`);
		const miss = (problem: HeldOutMiss['problem']): void => {
			report.misses.push({ question, problem, got: texts.slice(0, TOP_ANSWERS) });
		};
		if (question.type === 'answerable') {
			report.answerable += 1;
			if (!result.answered) {
				report.refused += 1;
				miss('refused');
				continue;
			}
			const matches = (text: string): boolean => question.first.every((pattern) => new RegExp(pattern, 'i').test(text));
			const first = texts[0] !== undefined && matches(texts[0]);
			const inTop3 = matches(texts.slice(0, TOP_ANSWERS).join('\n'));
			if (first) report.top1 += 1;
			if (inTop3) report.top3 += 1;
			if (!inTop3) miss('not-top-3');
			else if (!first) miss('not-first');
		} else {
			report.unanswerable += 1;
			if (!result.answered || result.notice) report.honest += 1;
			else miss('answered');
		}
	}
	return report;
}

/**
 * A question's words, folded (lower case, no accents, letters and digits only), so that a question two writers
 * happened to write alike is recognised however they punctuated it.
 *
 * @example
 * questionKey('How many documents were signed?'); // 'how many documents were signed'
 */
export function questionKey(question: string): string {
	return question
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * @param questions - a held-out set's questions
 * @param tuned - the keys (`questionKey`) of every question of the sets the ranking was tuned on
 * @returns the questions no tuned set holds word for word: a repeat scores what tuning taught, not what a new
 *   question would get
 */
export function newQuestions(
	questions: readonly HeldOutQuestion[],
	tuned: ReadonlySet<string>,
): readonly HeldOutQuestion[] {
	return questions.filter((question) => !tuned.has(questionKey(question.q)));
}

/** A development set's misses, for the team to read (held-out sets never print theirs). */
export function formatMisses(report: HeldOutReport): string {
	return report.misses
		.map(({ question, problem, got }) =>
			[
				`${problem.toUpperCase()} [${question.type}${question.tag ? ` ${question.tag}` : ''}] ${question.q}`,
				...(question.first.length > 0 ? [`  wants ${question.first.map((pattern) => `/${pattern}/`).join(' ')}`] : []),
				...got.map((text) => `    ${text.replace(/\s+/gu, ' ').slice(0, 150)}`),
			].join('\n'),
		)
		.join('\n');
}

/** One line per set: what the judge of held-out questions reads. */
export function formatHeldOut(report: HeldOutReport): string {
	const share = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
	return (
		`held-out ${report.name}: answerable ${report.answerable}: top-1 ${report.top1} (${share(report.top1, report.answerable)}), ` +
		`top-3 ${report.top3} (${share(report.top3, report.answerable)}), refused ${report.refused} (${share(report.refused, report.answerable)}); ` +
		`not answerable ${report.unanswerable}: honest ${report.honest} (${share(report.honest, report.unanswerable)})`
	);
}
