import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import type { Dataset } from '../../../src/data/validateDataset.js';
import { DocumentSets } from '../../../src/engine/ask/documentSets.js';
import { readQuestion } from '../../../src/engine/ask/questionContext.js';
import { buildVocabulary, type Vocabulary } from '../../../src/engine/vocabulary.js';
import { type RenderedAnswer, renderAnswer } from '../../../src/render/answerProse.js';
import { useDatasetNames } from '../../support/datasetNames.js';

// Names and their spellings come from the dataset, as in the engine.
beforeAll(useDatasetNames);

let dataset: Dataset;
let sets: DocumentSets;
let vocabulary: Vocabulary;

beforeAll(async () => {
	dataset = await loadDataset();
	sets = new DocumentSets(dataset);
	vocabulary = buildVocabulary(dataset);
});

function answer(question: string): RenderedAnswer | undefined {
	const set = sets.answer(readQuestion(question, vocabulary));
	return set && renderAnswer(set);
}

/** The ids of the documents whose titles an answer lists, looked up in the dataset. */
function documentIds(set: RenderedAnswer | undefined): string[] {
	const titles = set?.fields['titles'];
	if (!Array.isArray(titles)) return [];
	return titles.map((title) => dataset.documents.find((document) => document.title === title)?.id ?? `?${title}`);
}

describe('DocumentSets.answer', () => {
	it('lists the transport documents of the 2021 visit, and only those', () => {
		const set = answer('Which transport documents were signed in Ashgabat in 2021?');
		const expected = dataset.documents
			.filter((document) => document.visit === 'visit-2021-ashgabat' && document.sectors.includes('transport'))
			.map((document) => document.id);
		expect(expected.length).toBeGreaterThan(1);
		expect(documentIds(set)).toEqual(expected);
		expect(set?.fields['matched']).toBe(expected.length);
		expect(set?.text).toMatch(new RegExp(`^${expected.length} transport documents were signed at the State visit`));
	});

	it('counts the memoranda of a party named in the question, without its country words', () => {
		const set = answer('How many memorandums did Al-Farabi Kazakh National University sign with Turkmen institutions?');
		expect(documentIds(set)).toEqual([
			'doc-2021-kaznu-makhtumkuli-university',
			'doc-2021-kaznu-institute-of-international-relations',
		]);
		expect(set?.title).toContain('2 memoranda with “Al-Farabi Kazakh National University” as a party');
	});

	it('narrows by kind and by how the documents were signed', () => {
		const set = answer('how many plans were among the documents exchanged at the 2025 Kazakh-Turkmen summit');
		expect(documentIds(set)).toEqual(['doc-2025-transport-plan', 'doc-2025-health-plan']);
		expect(set?.text).toContain('exchanged in the presence of the heads of state');
	});

	it('names every visit the matching documents come from', () => {
		const set = answer('Which documents were signed on the sidelines?');
		expect(set?.fields['visits']).toEqual(['visit-2025-astana']);
		const across = answer('Which memoranda on education were signed?');
		expect(across?.fields['visits']).toEqual(['visit-2021-ashgabat', 'visit-2025-astana']);
		expect(across?.title).toContain('at 2 visits (Ashgabat, 25 October 2021; Astana, 24 November 2025)');
	});

	it('lists every document of a visit for "which documents" with a scope alone', () => {
		const set = answer('Which documents were signed in Astana in November 2025?');
		expect(set?.fields['matched']).toBe(
			dataset.documents.filter(
				(document) => document.visit === 'visit-2025-astana' && !['earlier', 'proposed'].includes(document.signing),
			).length,
		);
	});

	it('cites the list line of each document, verbatim from its source', () => {
		const set = answer('Which plans were exchanged in 2025?');
		expect(set?.citations.length).toBeGreaterThan(0);
		for (const citation of set?.citations ?? []) {
			expect(citation.quote).toMatch(/^Plan of/);
			expect(dataset.sourceTexts.get(citation.source)?.replace(/\s+/g, ' ')).toContain(citation.quote);
		}
	});

	it('leaves a bare count to the visit count, and questions about no set of documents alone', () => {
		expect(answer('How many documents were signed in Ashgabat?')).toBeUndefined();
		expect(answer('Which documents were signed?')).toBeUndefined();
		expect(answer('What is the trade turnover with Türkiye?')).toBeUndefined();
		expect(answer('How many Turkish companies operate in Kazakhstan?')).toBeUndefined();
	});

	it('gives no answer rather than an empty set when nothing matches', () => {
		expect(answer('Which treaties were signed on the sidelines in 2021?')).toBeUndefined();
	});

	it('does not take a party from one word of its name', () => {
		expect(answer('How many documents did the university sign?')?.title ?? '').not.toContain('as a party');
	});

	it('lists nothing for a "which" question that asks about something else than the set', () => {
		expect(answer('Which agreement were the governments asked to accelerate signing in 2021?')).toBeUndefined();
		expect(answer('Which former leader did the 2021 joint statement credit?')).toBeUndefined();
		expect(answer('Which memoranda were signed on the sidelines of the visit in Astana?')?.fields['matched']).toBe(4);
	});
});
