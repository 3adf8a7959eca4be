/**
 * What a reader sees, over the whole real dataset: every record's answer of every kind (and the counts, document sets,
 * comparisons and notices questions give) as text, embed, list row and /visit reply holds no record id, no curation
 * note, no doubled punctuation and no empty parentheses. (Not a mirror of one module: a rule over every renderer.)
 */
import { readFileSync } from 'node:fs';
import type { APIEmbed } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import type { CommandInput } from '../../src/bot/command.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import type { Dataset } from '../../src/data/validateDataset.js';
import type { Answer } from '../../src/engine/answer.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { answerEmbed } from '../../src/render/answerEmbed.js';
import { renderAnswerText } from '../../src/render/answerText.js';
import { listEmbed } from '../../src/render/listEmbed.js';
import { noticeText } from '../../src/render/noticeText.js';
import { packagePath } from '../../src/packageRoot.js';

/** How a record id is shaped ("visit-2021-ashgabat", "disc-2025-document-count"). */
const ID_LIKE = /\b[a-z]+-\d{4}-[a-z0-9-]+/u;

/** Punctuation that doubles where two sentences were joined badly, and parentheses that hold nothing. */
const BAD_PUNCTUATION: readonly [string, RegExp][] = [
	['a doubled full stop', /(?<!\.)\.\.(?!\.)/u],
	['a full stop after a full stop', /\.\s+\.(?!\.)/u],
	['a full stop after a comma, semicolon or colon', /[,;:]\./u],
	['a comma after a full stop', /(?<!\.)\.,/u],
	['empty parentheses', /\(\s*\)|\[\s*\]/u],
	['parentheses side by side', /\)[ \t]*\(/u],
];

let engine: Engine;
let dataset: Dataset;
let answers: Answer[];
let seen: { answer: Answer; texts: string[] }[];
let notices: string[];

/** Every `curation` text in the dataset, at any depth of any record. */
function curationTexts(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(curationTexts);
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) =>
		key === 'curation' && typeof inner === 'string' ? [inner] : curationTexts(inner),
	);
}

/** Every record id in the dataset. */
function recordIds(): string[] {
	const records = [
		dataset.visits,
		dataset.documents,
		dataset.figures,
		dataset.awards,
		dataset.events,
		dataset.discrepancies,
		dataset.people,
		dataset.organisations,
		dataset.places,
		dataset.proposals,
		dataset.followUps,
	];
	return records.flatMap((kind: readonly { id: string }[]) => kind.map((record) => record.id));
}

function embedTexts(embed: APIEmbed): string[] {
	return [
		embed.title ?? '',
		embed.description ?? '',
		embed.footer?.text ?? '',
		...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
	];
}

/** What a reader sees of an answer: its text output, its embed and its row in a list. */
function shown(answer: Answer): string[] {
	return [
		renderAnswerText(answer, engine.sourceCatalogue, { citations: 0 }),
		...embedTexts(answerEmbed(answer, engine.sourceCatalogue)),
		...embedTexts(listEmbed('Results', { total: 1, offset: 0, results: [answer] }, engine.sourceCatalogue)),
	];
}

function input(options: Record<string, string>): CommandInput {
	return { options: new Map(Object.entries(options)), userId: '1', guildId: '2', canManageGuild: false };
}

/** The reader's text with the sources' own words taken out: a verbatim quote keeps the punctuation it has. */
function withoutQuotes(text: string, answer: Answer | undefined): string {
	const quotes = [...(answer?.citations ?? []), ...dataset.sources.flatMap((source) => source.evidence)].map(
		(citation) => citation.quote,
	);
	const passage = answer?.kind === 'passage' ? [answer.record.text] : [];
	return [...quotes, ...passage].reduce((rest, quote) => rest.split(quote).join('“…”'), text);
}

beforeAll(async () => {
	dataset = await loadDataset();
	engine = new Engine(dataset);
	// The project's questions and the development set (which holds questions the sources cannot answer, so notices).
	const questions = ['questions.json', 'dev/round3.json'].flatMap(
		(file): { q: string }[] => JSON.parse(readFileSync(packagePath('tests', 'eval', file), 'utf8')).questions,
	);
	const asked = questions.map((question) => engine.ask(question.q));
	const counts = dataset.visits.flatMap((visit) => engine.get(`count-${visit.id}`) ?? []);
	const all = [
		...engine.index.entries.map((entry) => entry.answer),
		...counts,
		...asked.flatMap((result) => result.answers),
	];
	// One of each: questions give the same answers many times over.
	answers = [...new Map(all.map((answer) => [answer.id, answer])).values()];
	seen = answers.map((answer) => ({ answer, texts: shown(answer) }));
	notices = [...new Set(asked.flatMap((result) => (result.notice ? [noticeText(result.notice)] : [])))];
});

describe('what a reader sees of every answer', () => {
	it('covers every kind of answer, counts, document sets, comparisons, figure sets and meetings side by side included', () => {
		const kinds = new Set(answers.map((answer) => answer.kind));
		expect([...kinds].sort()).toEqual(
			[
				'award',
				'awards',
				'comparison',
				'count',
				'discrepancy',
				'document',
				'event',
				'figure',
				'figures',
				'follow-up',
				'meetings',
				'organisation',
				'passage',
				'person',
				'proposal',
				'source',
				'visit',
			].sort(),
		);
		expect(answers.some((answer) => answer.kind === 'count' && answer.value.of === 'set')).toBe(true);
		expect(notices.length).toBeGreaterThan(0);
	});

	it('names no record by its id', () => {
		const ids = new Set(recordIds());
		expect(ids.size).toBeGreaterThan(100);
		for (const { answer, texts } of seen) {
			for (const text of texts) {
				const words = text.split(/[\s()[\]“”"'’,;:·]+/u);
				expect(
					words.filter((word) => ids.has(word)),
					`${answer.id}: ${text}`,
				).toEqual([]);
				expect(text, answer.id).not.toMatch(ID_LIKE);
			}
		}
		for (const notice of notices) expect(notice).not.toMatch(ID_LIKE);
	});

	it('names no source by its file: a citation names its outlet and date', () => {
		for (const { answer, texts } of seen)
			for (const text of texts) expect(text, answer.id).not.toMatch(/\b\d{3}_[0-9a-f]{16}\.txt\b/u);
	});

	it('shows no curation note, which is for maintainers', () => {
		const curation = curationTexts(dataset);
		expect(curation.length).toBeGreaterThan(10);
		for (const { answer, texts } of seen) {
			const text = texts.join('\n');
			for (const note of curation) expect(text.includes(note), `${answer.id} shows “${note}”`).toBe(false);
		}
	});

	it('doubles no punctuation and leaves no parentheses empty', () => {
		for (const { answer, texts } of seen) {
			for (const text of texts) {
				const own = withoutQuotes(text, answer);
				for (const [what, pattern] of BAD_PUNCTUATION) {
					expect(pattern.test(own), `${answer.id} has ${what}: ${own}`).toBe(false);
				}
			}
		}
		for (const notice of notices) {
			for (const [what, pattern] of BAD_PUNCTUATION) expect(pattern.test(notice), `${what}: ${notice}`).toBe(false);
		}
	});

	it('gives an award one name in its sentence and its other names only as “Also written”', () => {
		for (const answer of answers) {
			if (answer.kind !== 'award') continue;
			const embed = answerEmbed(answer, engine.sourceCatalogue);
			expect(embed.description, answer.id).not.toMatch(/also given as/u);
			const others = answer.record.names.filter((name) => name !== embed.title);
			const alsoWritten = embed.fields?.find((field) => field.name === 'Also written')?.value ?? '';
			expect(
				alsoWritten.split('\n').filter((name) => name !== ''),
				answer.id,
			).toEqual(others);
		}
	});
});

describe('what a reader sees of every /visit reply', () => {
	it('holds no record id, no curation note and no doubled punctuation', async () => {
		const visit = loadCommands().get('visit');
		if (!visit) throw new Error('no /visit command');
		const context = { engine, logger: createLogger('silent'), now: () => new Date('2026-11-23T09:00:00Z') };
		const curation = curationTexts(dataset);
		for (const record of dataset.visits) {
			const reply = await visit.execute(input({ which: record.id }), context);
			for (const text of reply.embeds.flatMap(embedTexts)) {
				const own = withoutQuotes(text, engine.get(record.id));
				expect(text, record.id).not.toMatch(ID_LIKE);
				for (const note of curation) expect(text.includes(note)).toBe(false);
				for (const [what, pattern] of BAD_PUNCTUATION) expect(pattern.test(own), `${what}: ${own}`).toBe(false);
			}
		}
	});
});
