import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import type { Dataset } from '../../src/data/validateDataset.js';
import type { Answer } from '../../src/engine/answer.js';
import type { Completable, ListOutcome } from '../../src/engine/engine.js';
import { Engine } from '../../src/engine/engine.js';
import { type RenderedAnswer, renderAnswer } from '../../src/render/answerProse.js';

let dataset: Dataset;
let engine: Engine;

beforeAll(async () => {
	dataset = await loadDataset();
	engine = new Engine(dataset);
});

/** The results of a list that must have succeeded, rendered. */
function listed(outcome: ListOutcome): {
	total: number;
	ids: string[];
	results: RenderedAnswer[];
	suggestions: string[];
} {
	if (!outcome.ok) throw new Error(`expected a list, got the problem ${outcome.problem.reason}`);
	return { ...outcome, ids: outcome.results.map((answer) => answer.id), results: outcome.results.map(renderAnswer) };
}

/** `engine.ask`, its answers rendered. */
function ask(question: string): { query: string; answers: RenderedAnswer[]; suggestions: string[] } {
	const result = engine.ask(question);
	return { ...result, answers: result.answers.map(renderAnswer) };
}

/** `engine.get`, rendered. */
function get(id: string): RenderedAnswer | undefined {
	const answer = engine.get(id);
	return answer && renderAnswer(answer);
}

/** Written here rather than imported, so the quote check does not rest on the engine's own helper. */
function collapse(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

const sourceTexts = new Map<string, string>();
function sourceText(file: string): string {
	let text = sourceTexts.get(file);
	if (text === undefined) {
		text = collapse(readFileSync(new URL(`../../data/sources/${file}`, import.meta.url), 'utf8'));
		sourceTexts.set(file, text);
	}
	return text;
}

function hasVerbatimCitation(answer: Answer): boolean {
	return answer.citations.some((citation) => sourceText(citation.source).includes(collapse(citation.quote)));
}

/** Everything that has an autocomplete table. */
const COMPLETABLE: Completable[] = ['document', 'visit', 'figure', 'person', 'proposal', 'country', 'kind', 'sector'];

/** The engine cuts no names (the front end does, to its own limits): it keeps to the count asked for. */
function expectWithinLimit(choices: readonly { name: string; value: string }[], limit = 25): void {
	expect(choices.length).toBeLessThanOrEqual(limit);
	for (const choice of choices) {
		expect(choice.name.length).toBeGreaterThan(0);
		expect(choice.value.length).toBeGreaterThan(0);
		expect(choice.value.length).toBeLessThanOrEqual(100);
	}
}

describe('Engine.agreements', () => {
	it('ranks the border regime agreement first for "border regime"', () => {
		expect(listed(engine.agreements('border regime')).ids[0]).toBe('doc-2021-border-regime');
	});

	it('lists every document when there is neither query nor filter', () => {
		expect(listed(engine.agreements()).total).toBe(dataset.documents.length);
	});

	it('lists by year alone every document signed that year, and only those', () => {
		const expected = dataset.documents
			.filter((document) => document.signedDate?.iso.startsWith('2021'))
			.map((document) => document.id);
		const result = listed(engine.agreements(undefined, { year: 2021 }));
		expect([result.total, [...result.ids].sort()]).toEqual([20, [...expected].sort()]);
	});

	it('lists a year in date order, with the heads-of-state document first', () => {
		expect(listed(engine.agreements(undefined, { year: 2021 })).ids.slice(0, 3)).toEqual([
			'doc-2021-joint-statement',
			'doc-2021-border-delimitation',
			'doc-2021-border-regime',
		]);
	});

	it('combines the memorandum kind, the Turkmenistan country and the transport sector', () => {
		const expected = dataset.documents
			.filter(
				(document) =>
					document.kind.startsWith('memorandum') &&
					document.sectors.includes('transport') &&
					document.parties.some((party) => party.country === 'Turkmenistan'),
			)
			.map((document) => document.id);
		const result = listed(
			engine.agreements(undefined, { kind: 'memorandum', country: 'Turkmenistan', sector: 'transport' }),
		);
		expect(result.ids).toEqual([
			'doc-2021-international-road-transport',
			'doc-2021-transport-transit',
			'doc-2021-railway-container-transport',
		]);
		expect([...result.ids].sort()).toEqual([...expected].sort());
	});

	it('narrows to the documents of a visit, including those mentioned at it', () => {
		const expected = dataset.documents
			.filter((document) => document.visit === 'visit-2021-ashgabat' || document.mentionedAt === 'visit-2021-ashgabat')
			.map((document) => document.id);
		const result = listed(engine.agreements(undefined, { visit: 'visit-2021-ashgabat' }));
		expect([...result.ids].sort()).toEqual([...expected].sort());
	});

	it('reports an unknown country as a problem, not as an empty list', () => {
		expect(engine.agreements(undefined, { country: 'Atlantis' })).toEqual({
			ok: false,
			problem: { reason: 'unknownCountry', value: 'Atlantis' },
		});
	});

	it('reports the year 3000 as a bad year', () => {
		expect(engine.agreements('border', { year: 3000 })).toEqual({
			ok: false,
			problem: { reason: 'badYear', value: '3000' },
		});
	});

	it('returns nothing but suggestions for a query that matches nothing', () => {
		const result = listed(engine.agreements('zzzzqqq'));
		expect([result.total, result.results]).toEqual([0, []]);
		expect(result.suggestions.length).toBeGreaterThan(0);
	});

	it('returns exactly the document whose id is the query', () => {
		const result = listed(engine.agreements('doc-2021-border-regime'));
		expect([result.total, result.ids, result.suggestions]).toEqual([1, ['doc-2021-border-regime'], []]);
	});

	it('gives every document answer at least one citation', () => {
		expect(listed(engine.agreements()).results.filter((answer) => answer.citations.length === 0)).toEqual([]);
	});
});

describe('Engine.visits', () => {
	it('lists the four visits in date order', () => {
		expect(listed(engine.visits()).ids).toEqual([
			'visit-2021-ashgabat',
			'visit-2022-kazakhstan',
			'visit-2025-ankara-hlscc',
			'visit-2025-astana',
		]);
	});

	it('finds the Ankara meeting by the host typed without ğ', () => {
		expect(listed(engine.visits('Erdogan')).ids).toEqual(['visit-2025-ankara-hlscc']);
	});

	it('narrows to Türkiye by the alias turkey', () => {
		expect(listed(engine.visits(undefined, { country: 'turkey' })).ids).toEqual(['visit-2025-ankara-hlscc']);
	});

	it('narrows to one year', () => {
		expect(listed(engine.visits(undefined, { year: '2022' })).ids).toEqual(['visit-2022-kazakhstan']);
	});
});

describe('Engine.figures', () => {
	it('lists the trade-turnover figures of different visits together', () => {
		const expected = dataset.figures.filter((figure) => figure.metric === 'trade-turnover').map((figure) => figure.id);
		const result = listed(engine.figures(undefined, { metric: 'trade-turnover' }));
		expect(result.ids).toEqual(['fig-2025-tr-trade-turnover-2024', 'fig-2025-trade-turnover']);
		expect([...result.ids].sort()).toEqual([...expected].sort());
		expect(result.results.map((answer) => answer.fields['visit'])).toEqual([
			'visit-2025-ankara-hlscc',
			'visit-2025-astana',
		]);
	});

	it('accepts the metric written in words', () => {
		expect(listed(engine.figures(undefined, { metric: 'Documents signed' })).ids).toEqual([
			'fig-2025-tr-documents-signed',
			'fig-2025-documents-signed',
		]);
	});

	it('ranks a turnover figure first for "turnover"', () => {
		expect(listed(engine.figures('turnover')).results[0]?.fields['metric']).toBe('trade-turnover');
	});

	it('reports an unknown metric as a problem', () => {
		expect(engine.figures(undefined, { metric: 'gdp' })).toEqual({
			ok: false,
			problem: { reason: 'unknownMetric', value: 'gdp' },
		});
	});
});

describe('Engine.relatedFigures', () => {
	it('puts figures of the same metric first', () => {
		expect(engine.relatedFigures('fig-2025-trade-turnover')[0]?.id).toBe('fig-2025-tr-trade-turnover-2024');
	});

	it('returns nothing for an unknown figure', () => {
		expect(engine.relatedFigures('fig-none')).toEqual([]);
	});
});

describe('Engine.visitDocuments', () => {
	it('lists the documents of a visit in list order', () => {
		const documents = engine.visitDocuments('visit-2021-ashgabat');
		expect(documents.length).toBe(
			dataset.documents.filter((document) => document.visit === 'visit-2021-ashgabat').length,
		);
		expect(documents.slice(0, 2).map((answer) => answer.id)).toEqual([
			'doc-2021-joint-statement',
			'doc-2021-border-delimitation',
		]);
	});

	it('starts with what the heads of state signed, then what was exchanged, then the sidelines', () => {
		const signings = engine
			.visitDocuments('visit-2025-astana')
			.map((answer) => (answer.kind === 'document' ? answer.record.signing : answer.kind));
		expect(signings[0]).toBe('heads-of-state');
		expect(engine.visitDocuments('visit-2025-astana')[0]?.id).toBe('doc-2025-joint-statement');
		expect(signings.indexOf('sidelines')).toBeGreaterThan(signings.lastIndexOf('exchanged-in-presence'));
		expect(new Set(signings)).toEqual(new Set(['heads-of-state', 'exchanged-in-presence', 'sidelines']));
	});
});

describe('Engine.whichVisit', () => {
	const ids = (which: string) => engine.whichVisit(which).visits.map((answer) => answer.id);

	it('names the visit of an id, as autocomplete sends it', () => {
		expect(ids('visit-2025-astana')).toEqual(['visit-2025-astana']);
	});

	it('names both visits of a year with two, in date order, for the front end to ask which', () => {
		expect(ids('2025')).toEqual(['visit-2025-ankara-hlscc', 'visit-2025-astana']);
	});

	it('names the one visit a place or the words of its own name', () => {
		expect(ids('Ashgabat')).toEqual(['visit-2021-ashgabat']);
		expect(ids('fifth HLSCC')).toEqual(['visit-2025-ankara-hlscc']);
	});

	it('names none for a value nothing matches, with titles to try', () => {
		const { visits, suggestions } = engine.whichVisit('Paris 1850');
		expect(visits).toEqual([]);
		expect(suggestions.length).toBeGreaterThan(0);
	});
});

describe('Engine.visitDetails', () => {
	it('gathers the count, awards, figures and events of a visit', () => {
		const details = engine.visitDetails('visit-2021-ashgabat');
		expect((details && renderAnswer(details.count))?.fields['listed']).toBe(20);
		expect(details?.awards.map((answer) => answer.id)).toEqual(['award-2021-bitaraplyk']);
		expect(details?.figures.length).toBe(
			dataset.figures.filter((figure) => figure.visit === 'visit-2021-ashgabat').length,
		);
		expect(details?.events.length).toBe(dataset.events.filter((event) => event.visit === 'visit-2021-ashgabat').length);
	});

	it('returns undefined for an unknown visit', () => {
		expect(engine.visitDetails('visit-1999-nowhere')).toBeUndefined();
	});
});

describe('Engine.timeline', () => {
	it('lists visits and dated documents signed outside visits in ascending date order', () => {
		const result = listed(engine.timeline());
		const dates = result.results.map((answer) => String(answer.fields['date']));
		expect(dates).toEqual([...dates].sort());
		expect(result.ids).toEqual([
			'doc-2015-nuclear-weapon-free-world-declaration',
			'doc-2017-strategic-partnership-treaty',
			'doc-2020-neutrality-resolution',
			'visit-2021-ashgabat',
			'visit-2022-kazakhstan',
			'doc-2024-gas-industry-cooperation',
			'visit-2025-ankara-hlscc',
			'visit-2025-astana',
		]);
	});

	it('gives only the Ankara meeting for Türkiye', () => {
		expect(listed(engine.timeline({ country: 'Türkiye' })).ids).toEqual(['visit-2025-ankara-hlscc']);
	});

	it('adds the number of documents named as signed to each visit', () => {
		const visits = listed(engine.timeline()).results.filter((answer) => answer.kind === 'visit');
		expect(visits.map((answer) => [answer.id, answer.fields['documentsListed']])).toEqual([
			['visit-2021-ashgabat', 20],
			['visit-2022-kazakhstan', 0],
			['visit-2025-ankara-hlscc', 1],
			['visit-2025-astana', 16],
		]);
	});

	it('reports a bad year as a problem', () => {
		expect(engine.timeline({ year: '1900' })).toEqual({ ok: false, problem: { reason: 'badYear', value: '1900' } });
	});
});

describe('Engine.sources', () => {
	it('lists the five sources in catalogue order', () => {
		expect(engine.sources().map((answer) => answer.id)).toEqual(dataset.sources.map((source) => source.id));
		expect(engine.sources().length).toBe(5);
	});

	it('cites each source with a quote that stands in it', () => {
		for (const answer of engine.sources()) {
			expect(answer.citations.length).toBeGreaterThan(0);
			expect(answer.citations.every((citation) => citation.source === answer.id)).toBe(true);
			expect(hasVerbatimCitation(answer)).toBe(true);
		}
	});
});

describe('Engine.sourceCatalogue', () => {
	it("holds every source's catalogue entry by file name", () => {
		expect([...engine.sourceCatalogue.keys()]).toEqual(dataset.sources.map((source) => source.id));
		expect(engine.sourceCatalogue.get('002_bb1a33c2bc12b1c8.txt')?.outlet).toBe('nCa');
	});
});

describe('Engine.quoteParagraph', () => {
	it('finds the paragraph of every citation of every record, with the quote where the offsets say', () => {
		for (const entry of engine.index.entries) {
			for (const citation of entry.answer.citations) {
				const paragraph = engine.quoteParagraph(citation);
				if (!paragraph) throw new Error(`no paragraph for ${entry.id}: ${citation.quote.slice(0, 60)}`);
				expect(paragraph.source).toBe(citation.source);
				expect(paragraph.text.slice(paragraph.start, paragraph.end)).toBe(citation.quote.replace(/\s+/gu, ' ').trim());
				expect(dataset.sourceTexts.get(citation.source)?.replace(/\s+/gu, ' ')).toContain(
					paragraph.text.replace(/\n/gu, ' '),
				);
			}
		}
	});

	it('returns the whole paragraph around a sentence quoted from its middle', () => {
		const citation = engine.get('visit-2022-kazakhstan')?.citations.find((cited) => {
			const found = engine.quoteParagraph(cited);
			return found !== undefined && found.start > 0;
		});
		const paragraph = citation && engine.quoteParagraph(citation);

		expect(paragraph?.text.length).toBeGreaterThan(citation?.quote.length ?? Infinity);
		expect(paragraph?.text).not.toContain('\n');
		expect(paragraph?.text.slice(0, paragraph.start)).toMatch(/[.!?”] $/u);
	});

	it('returns undefined for a source it does not hold', () => {
		expect(engine.quoteParagraph({ source: 'missing.txt', quote: 'It was signed.' })).toBeUndefined();
	});
});

describe('Engine.get', () => {
	it('returns the answer for a record id', () => {
		expect(get('doc-2021-border-regime')?.title).toBe(
			'Agreement between the Government of the Republic of Kazakhstan and the Government of Turkmenistan on the regime of the Kazakh-Turkmen state border',
		);
	});

	it('returns the count answer for a count id', () => {
		expect(get('count-visit-2021-ashgabat')?.fields['listed']).toBe(20);
	});

	it('returns undefined for an unknown id', () => {
		expect([engine.get('doc-none'), engine.get('count-visit-none')]).toEqual([undefined, undefined]);
	});
});

describe('Engine.ask', () => {
	it('answers a count question about Ashgabat 2021 with the count first', () => {
		const [first] = ask('How many documents were signed in Ashgabat in 2021?').answers;
		expect([first?.kind, first?.id, first?.fields['listed']]).toEqual(['count', 'count-visit-2021-ashgabat', 20]);
	});

	it('gives both the 16 named and the 15 stated for the 2025 Astana visit', () => {
		const [first] = ask('How many documents were signed in Astana in 2025?').answers;
		expect([first?.id, first?.fields['listed'], first?.fields['stated'], first?.fields['agrees']]).toEqual([
			'count-visit-2025-astana',
			16,
			15,
			false,
		]);
		expect(first?.text).toContain('16 documents');
		expect(first?.text).toContain('15 documents');
	});

	it('answers an award question with the award', () => {
		expect(
			engine
				.ask('What award did Tokayev receive in Ankara?')
				.answers.slice(0, 2)
				.map((answer) => answer.id),
		).toContain('award-2025-devlet-nisani');
	});

	it('returns the $5 billion Türkiye turnover among the first three', () => {
		const top = ask('What was the trade turnover with Türkiye?').answers.slice(0, 3);
		expect(top.map((answer) => answer.id)).toContain('fig-2025-tr-trade-turnover-2024');
		expect(top.find((answer) => answer.id === 'fig-2025-tr-trade-turnover-2024')?.fields['valueText']).toBe(
			'$5 billion',
		);
	});

	it('gives 25 October 2021 among the first three for when the 2021 Joint Statement was signed', () => {
		const top = ask('When was the Joint Statement of the 2021 visit signed').answers.slice(0, 3);
		expect(
			top.some((answer) => answer.fields['dateText'] === '25 October 2021' || answer.text.includes('25 October 2021')),
		).toBe(true);
		expect(top[0]?.id).toBe('doc-2021-joint-statement');
	});

	it('narrows an award question about Gurbanguly to the Bitaraplyk order', () => {
		const [first] = engine.ask('Which award did Gurbanguly Berdimuhamedov give?').answers;
		expect([first?.kind, first?.id]).toEqual(['award', 'award-2021-bitaraplyk']);
	});

	it('narrows "Serdar Berdimuhamedov award" to the Golden Eagle', () => {
		const [first] = engine.ask('Serdar Berdimuhamedov award').answers;
		expect([first?.kind, first?.id]).toEqual(['award', 'award-2025-golden-eagle']);
	});

	it('finds a sport memorandum despite typos in both country names', () => {
		const [first] = ask('Kazakhstn Turkmenstan memorandum on sport').answers;
		expect(first?.kind).toBe('document');
		expect(String(first?.fields['kind'])).toMatch(/^memorandum/);
		expect(first?.fields['sectors']).toContain('sport');
	});

	it('finds a fact stated only in a source sentence, past records that share the common words', () => {
		const answers = ask('Did Kazakhstan propose opening a university branch in Turkmenistan?').answers;
		expect(answers.slice(0, 3).some((answer) => answer.kind === 'passage' && /\bbranch\b/.test(answer.text))).toBe(
			true,
		);
	});

	it('answers "who said" with the quotation and its speaker, citing the sentence that names the speaker', () => {
		const answers = ask(
			'Who said Kazakhstan and Türkiye share a common stance on the need to reform the United Nations?',
		).answers.slice(0, 3);
		const quotation = answers.find((answer) => answer.kind === 'passage' && /United Nations/.test(answer.text));

		expect(quotation?.text).toMatch(/ — said Tokayev$/);
		expect(quotation?.fields['speaker']).toBe('said Tokayev');
		expect(quotation?.citations.map((citation) => citation.quote)).toEqual([
			expect.stringContaining('share a common stance'),
			expect.stringMatching(/,” said Tokayev\.$/),
		]);
		const source = dataset.sourceTexts.get(quotation?.citations[1]?.source ?? '') ?? '';
		expect(source).toContain(quotation?.citations[1]?.quote);
	});

	it('names the leader a quotation attributes by office, from the visit its article reports', () => {
		const answers = ask('Who accompanied Tokayev on his 2021 state visit to Turkmenistan?').answers;
		const quotation = answers.slice(0, 3).find((answer) => /heads of key ministries/.test(answer.text));

		expect(quotation?.text).toMatch(/ — the leader of Kazakhstan said \(Kassym-Jomart Tokayev\)$/);
		expect(quotation?.fields['speakerName']).toBe('Kassym-Jomart Tokayev');
		expect(quotation?.fields['speakerPerson']).toBe('person-kassym-jomart-tokayev');
	});

	it('answers what someone said on a topic with the sentence on it, not the one naming the visit', () => {
		const answers = ask('What did Tokayev say about Afghanistan after the 2021 Ashgabat talks?').answers;

		expect(answers.slice(0, 3).some((answer) => /long-suffering country/.test(answer.text))).toBe(true);
	});

	it('brings a far better match from outside the scope to the front, when the place named is the topic, not the venue', () => {
		// Astana narrows to the visits held there; the schools were announced at the Ankara meeting. The sentence holds
		// the question's telling word ("Maarif"), so it leads.
		const [first] = ask('how many new maarif schools for astana and almaty').answers;

		expect(first?.text).toMatch(/Maarif/);
	});

	it('names the issue of the magazine an article appeared in', () => {
		const answers = ask('Which issue of Turkmenistan Analytic magazine reported the 2022 visit?').answers;

		expect(
			answers.slice(0, 3).some((answer) => answer.kind === 'source' && /N11-12\(212-213\)/.test(answer.text)),
		).toBe(true);
	});

	it('titles a sentence with its article and the visit the article reports', () => {
		const [sentence] = ask('I am accompanied with the heads of key ministries').answers.filter(
			(answer) => answer.kind === 'passage',
		);

		expect(sentence?.title).toBe(
			'From a report on the State visit of Kassym-Jomart Tokayev to Turkmenistan (25 October 2021, Ashgabat)',
		);
	});

	it('answers "which … documents" with the documents that match, listed first', () => {
		const [first] = ask('Which transport documents were signed in Ashgabat in 2021?').answers;
		expect(first?.kind).toBe('count');
		expect(first?.text).toContain('Turkmenautoulaglary');
		expect(first?.text).toContain('container transportation');
	});

	it("keeps a document proposed at a visit in the scope of that visit's year", () => {
		const answers = engine.ask('Which agreement were the governments asked to accelerate signing in 2021?').answers;
		expect(answers[0]?.id).toBe('prop-2021-investment-promotion-protection-agreement');
	});

	it('returns suggestions for a question it cannot answer', () => {
		const result = engine.ask('qwxz plmk');
		expect(result.answers).toEqual([]);
		expect(result.suggestions.length).toBeGreaterThan(0);
	});

	it('trims the question it echoes', () => {
		expect(engine.ask('  border regime  ').query).toBe('border regime');
	});

	it('never returns more than five answers', () => {
		expect(engine.ask('agreement memorandum Kazakhstan Turkmenistan').answers.length).toBe(5);
	});

	it('never returns both no answers and no suggestions', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 })),
				(question) => {
					const result = engine.ask(question);
					expect(result.answers.length + result.suggestions.length).toBeGreaterThan(0);
				},
			),
			{ numRuns: 60 },
		);
	});

	it('backs every answer with a quote that stands verbatim in its source', () => {
		const questions = [
			'How many documents were signed in Ashgabat in 2021?',
			'How many documents were signed in Astana in 2025?',
			'What award did Tokayev receive in Ankara?',
			'What was the trade turnover with Türkiye?',
			'When was the Joint Statement of the 2021 visit signed',
			'Serdar Berdimuhamedov award',
			'Kazakhstn Turkmenstan memorandum on sport',
			'railway freight through Iran',
		];
		const unbacked = questions.flatMap((question) =>
			engine
				.ask(question)
				.answers.filter((answer) => !hasVerbatimCitation(answer))
				.map((answer) => `${question} → ${answer.id}`),
		);
		expect(unbacked).toEqual([]);
	});
});

describe('Engine.suggest', () => {
	it('offers at most three titles for nonsense', () => {
		const suggestions = engine.suggest('qqqqqqqq');
		expect(suggestions.length).toBeGreaterThan(0);
		expect(suggestions.length).toBeLessThanOrEqual(3);
	});

	it('offers titles of the requested kind only', () => {
		const visitTitles = dataset.visits.map((visit) => visit.title);
		expect(engine.suggest('zzzz', ['visit']).every((title) => visitTitles.includes(title))).toBe(true);
	});
});

describe('Engine.autocomplete', () => {
	it('offers 25 document choices for an empty partial', () => {
		const choices = engine.autocomplete('document', '', 25);
		expect(choices.length).toBe(25);
		expectWithinLimit(choices);
	});

	it.each(['a', 'm', 't'])('offers choices from the single letter %s', (letter) => {
		const choices = engine.autocomplete('document', letter, 25);
		expect(choices.length).toBeGreaterThan(0);
		expectWithinLimit(choices);
	});

	it('offers every visit for an empty partial, newest first', () => {
		expect(engine.autocomplete('visit', '', 25).map((choice) => choice.value)).toEqual([
			'visit-2025-astana',
			'visit-2025-ankara-hlscc',
			'visit-2022-kazakhstan',
			'visit-2021-ashgabat',
		]);
	});

	it('offers figures for an empty partial', () => {
		expect(engine.autocomplete('figure', '', 25).length).toBe(25);
	});

	it('offers the border regime agreement for "bord"', () => {
		expect(engine.autocomplete('document', 'bord', 25).map((choice) => choice.value)).toContain(
			'doc-2021-border-regime',
		);
	});

	it('offers Türkiye and Turkmenistan for the country "tur"', () => {
		expect(
			engine
				.autocomplete('country', 'tur', 25)
				.map((choice) => choice.value)
				.sort(),
		).toEqual(['Turkmenistan', 'Türkiye']);
	});

	it('offers the defence sector for "def"', () => {
		expect(engine.autocomplete('sector', 'def', 25)).toEqual([{ name: 'defence', value: 'defence' }]);
	});

	// BUG: the kind table is built from [...DocumentKind.options, 'memorandum'], but DocumentKind already
	// holds 'memorandum', so "mem" offers the same choice twice.
	it('offers each document kind only once', () => {
		const values = engine.autocomplete('kind', 'mem', 25).map((choice) => choice.value);
		expect(values).toEqual([...new Set(values)]);
	});

	it('falls back to fuzzy search for a typo of four letters or more', () => {
		const choices = engine.autocomplete('document', 'memorandm on cultre', 25);
		expect(choices.length).toBeGreaterThan(0);
		expect(choices[0]?.value).toBe('doc-2021-culture');
		expectWithinLimit(choices);
	});

	it.each([1, 5, 25, 40])('returns the first %i choices of the best ones, whatever the limit', (limit) => {
		for (const partial of ['', 'm', 'mem', 'memorandum', 'memorandm on cultre']) {
			const choices = engine.autocomplete('document', partial, limit);
			expectWithinLimit(choices, limit);
			expect(choices).toEqual(engine.autocomplete('document', partial, 100).slice(0, limit));
		}
	});

	it("leaves long names whole without a length, and fits them to the front end's length when given one", () => {
		const whole = engine.autocomplete('document', '', 100).map((choice) => choice.name);
		expect(Math.max(...whole.map((name) => name.length))).toBeGreaterThan(100);
		const fitted = engine.autocomplete('document', '', 100, 100).map((choice) => choice.name);
		expect(Math.max(...fitted.map((name) => name.length))).toBeLessThanOrEqual(100);
		expect(fitted.length).toBe(whole.length);
	});

	it.each([
		['6,000 characters', 'memorandum '.repeat(546)],
		['emoji', '😀🇰🇿👨‍👩‍👧 border'],
		['right-to-left text', 'مذكرة تفاهم ‏עברית‎'],
		['control characters', '\u0000\u0007\u001b[31m\r\n\t\u202e'],
		['lone surrogates', '\uD800bord\uDFFF'],
	])('stays within the limit for %s', (_label, partial) => {
		for (const what of COMPLETABLE) expectWithinLimit(engine.autocomplete(what, partial, 25));
	});

	it('never throws and stays within the limit for any partial', () => {
		const partial = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 300 }),
			fc.string({ unit: 'grapheme', maxLength: 300 }),
			fc.string({ maxLength: 6000 }),
		);
		fc.assert(
			fc.property(fc.constantFrom(...COMPLETABLE), partial, (what, text) => {
				expectWithinLimit(engine.autocomplete(what, text, 25));
			}),
			{ numRuns: 300 },
		);
	});
});

describe('Engine autocomplete tables', () => {
	it('are built on first use or by warmUp, with the same choices either way', async () => {
		const lazy = new Engine(await loadDataset());
		const first = lazy.autocomplete('document', 'bord', 25);
		expect(first.length).toBeGreaterThan(0);
		const warmed = new Engine(await loadDataset());
		warmed.warmUp();
		expect(warmed.autocomplete('document', 'bord', 25)).toEqual(first);
		expect(warmed.autocomplete('sector', 'tra', 25)).toEqual(lazy.autocomplete('sector', 'tra', 25));
	});
});

describe('Engine list pages', () => {
	it('builds only the requested page, counts every match, and moves a page past the end to the last one', () => {
		const all = engine.agreements(undefined, { year: 2021 });
		if (!all.ok) throw new Error('filters refused');
		expect(all.total).toBeGreaterThan(10);
		const second = engine.agreements(undefined, { year: 2021 }, { offset: 5, limit: 5 });
		expect(second).toMatchObject({ ok: true, total: all.total, offset: 5 });
		if (!second.ok) return;
		expect(second.results.map((answer) => answer.id)).toEqual(all.results.slice(5, 10).map((answer) => answer.id));
		const beyond = engine.agreements(undefined, { year: 2021 }, { offset: 500, limit: 5 });
		const lastStart = Math.floor((all.total - 1) / 5) * 5;
		expect(beyond).toMatchObject({ ok: true, offset: lastStart });
		if (beyond.ok)
			expect(beyond.results.map((answer) => answer.id)).toEqual(
				all.results.slice(lastStart).map((answer) => answer.id),
			);
	});

	it('answers a page number typed by hand, however large, with the last page', () => {
		const all = engine.agreements('memorandum');
		const far = engine.agreements('memorandum', {}, { offset: 631_912_549 * 5, limit: 5 });
		if (!all.ok || !far.ok) throw new Error('filters refused');
		const lastStart = Math.floor((all.total - 1) / 5) * 5;
		expect(far.offset).toBe(lastStart);
		expect(far.results.map((answer) => answer.id)).toEqual(all.results.slice(lastStart).map((answer) => answer.id));
	});

	it('ranks a query the same whether the whole list or one page is asked for', () => {
		const all = engine.agreements('memorandum cooperation');
		const page = engine.agreements('memorandum cooperation', {}, { offset: 5, limit: 5 });
		if (!all.ok || !page.ok) throw new Error('filters refused');
		expect(page.total).toBe(all.total);
		expect(page.results.map((answer) => answer.id)).toEqual(all.results.slice(5, 10).map((answer) => answer.id));
	});
});

describe('Engine.ask: when the sources do not answer', () => {
	it('says so for a name no source mentions, and shows the nearest records only as closest matches', () => {
		const result = engine.ask('What agreements did Kazakhstan sign with Uzbekistan?');
		expect(result.answered).toBe(false);
		expect(result.notice).toEqual({ kind: 'not-in-sources', words: ['Uzbekistan'] });
		expect(result.answers.length).toBeGreaterThan(0);
	});

	it('corrects a scope whose parts each exist but match no meeting together, from what the sources hold', () => {
		const result = engine.ask('How many documents were signed in Ashgabat in 2025?');
		expect(result.answered).toBe(false);
		expect(result.notice?.kind).toBe('scope-conflict');
		const parts = result.notice?.kind === 'scope-conflict' ? result.notice.parts : [];
		expect(parts.map((part) => [part.kind, part.visits])).toEqual([
			['year', ['visit-2025-ankara-hlscc', 'visit-2025-astana']],
			['city', ['visit-2021-ashgabat']],
		]);
	});

	it('reads two leaders a question does not compare as both at one meeting', () => {
		const result = engine.ask('What did Gurbanguly Berdimuhamedov tell Tokayev at the Akorda in November 2025?');
		expect([result.answered, result.notice?.kind]).toEqual([false, 'scope-conflict']);
		// A meeting whose source leaves a side unnamed may have been either of that country's leaders'.
		expect(engine.ask('What did Tokayev and Serdar Berdimuhamedov agree on in 2022?').notice?.kind).not.toBe(
			'scope-conflict',
		);
		// Set side by side, either leader's meetings will do.
		expect(engine.ask('Did Gurbanguly or Serdar Berdimuhamedov meet Tokayev in 2025?').notice?.kind).not.toBe(
			'scope-conflict',
		);
	});

	it('does not refuse a question whose scope describes something a source recalls, nor a period of months', () => {
		expect(engine.ask('Which Caspian Summit was held in Ashgabat in June 2022?').answered).toBe(true);
		expect(engine.ask('How many tonnes of cargo moved on the railway between January and October 2025?').answered).toBe(
			true,
		);
		expect(engine.ask('Kazakhstan trade turnover with Turkey vs with Turkmenistan').answered).toBe(true);
	});

	it('says the sources give no measure when none of the best matches gives the one asked for', () => {
		for (const question of [
			'How much did the road bridge across Garabogazköl Bay cost?',
			'At what price does Kazakhstan buy Turkmen gas?',
		]) {
			const result = engine.ask(question);
			expect([question, result.answered, result.notice]).toEqual([
				question,
				false,
				{ kind: 'no-measure', measures: ['money'] },
			]);
			expect(result.answers.length).toBeGreaterThan(0);
		}
		// A measure the records give is answered.
		expect(engine.ask('How many tonnes of cargo moved on the railway between January and October 2025?').notice).toBe(
			undefined,
		);
		expect(engine.ask('What was the value of trade between Kazakhstan and Türkiye in 2024, in dollars?').answered).toBe(
			true,
		);
	});

	it('says the sources give no date when none of the best matches records when it happened', () => {
		const result = engine.ask('When will the reciprocal trade houses open, and in which cities?');
		expect([result.answered, result.notice]).toEqual([false, { kind: 'no-measure', measures: ['date', 'place'] }]);
		// A document, an award or a meeting gives its date from its fields.
		for (const question of [
			'When was the agreement on the regime of the Kazakh-Turkmen state border signed?',
			'When did Tokayev receive the Bitaraplyk order?',
		])
			expect([question, engine.ask(question).answered]).toEqual([question, true]);
	});

	it('says the sources hold another of a series than the one asked about', () => {
		const result = engine.ask('Where was the fourth meeting of the High-Level Strategic Cooperation Council held?');
		expect(result.answered).toBe(false);
		expect(result.notice).toMatchObject({ kind: 'other-ordinal', asked: 4, found: 5 });
		expect(
			engine.ask('Where was the fifth meeting of the High-Level Strategic Cooperation Council held?').answered,
		).toBe(true);
	});

	it('says the best figure is about other countries than the question names', () => {
		const result = engine.ask('How many Turkish companies operate in Turkmenistan?');
		expect(result.answered).toBe(false);
		expect(result.notice).toMatchObject({ kind: 'other-countries', missing: ['Turkmenistan'] });
		expect(engine.ask('How many Turkish companies operate in Kazakhstan?').answered).toBe(true);
		// A question about no figure is not refused for the countries of the figure that matches it best.
		const role = engine.ask("What is Kazakhstan's role in moving Turkmen gas to China?");
		expect(role.answered).toBe(true);
		expect(role.notice?.kind).not.toBe('other-countries');
		expect(
			role.answers
				.slice(0, 3)
				.some((answer) => answer.kind === 'passage' && /transit of Turkmen natural gas/u.test(answer.record.text)),
		).toBe(true);
		expect(engine.ask('What pushed Kazakh–Turkmen trade to $5 billion in 2024?').answered).toBe(false);
	});

	it('says the best figure runs the other way between the two countries the question names', () => {
		const result = engine.ask('How many companies from Kazakhstan are active in Turkmenistan?');
		expect(result.answered).toBe(false);
		expect(result.notice).toMatchObject({ kind: 'other-direction', from: 'Turkmenistan', to: 'Kazakhstan' });
		expect(engine.ask('How many companies with Turkmen capital operate in Kazakhstan?').answered).toBe(true);
	});

	it('tells an award asked of the wrong leader, or with giver and recipient swapped, and names the one recorded', () => {
		for (const question of [
			'Why did Serdar Berdimuhamedov receive the Bitaraplyk order?',
			'When did Serdar Berdimuhamedov award Tokayev the Order of the Golden Eagle?',
		]) {
			const result = engine.ask(question);
			expect([question, result.answered, result.notice?.kind]).toEqual([question, false, 'no-award']);
		}
		expect(engine.ask('When did Tokayev award Serdar Berdimuhamedov the Order of the Golden Eagle?').answered).toBe(
			true,
		);
		expect(engine.ask('Why did Tokayev receive the Bitaraplyk order?').answered).toBe(true);
	});

	it("says beside the answers when a meeting's source states more documents than it names", () => {
		const result = engine.ask('Which agreements were signed in Ankara?');
		expect(result.answered).toBe(true);
		expect(result.notice).toMatchObject({ kind: 'not-listed', stated: 18, listed: 1 });
		// Every document the Ashgabat source counts it also names.
		expect(engine.ask('Which agreements were signed in Ashgabat?').notice?.kind).not.toBe('not-listed');
	});

	it('answers a question that sets two meetings or two leaders side by side, which no one meeting holds', () => {
		for (const question of [
			'Were more agreements signed at the Ankara council or during the 2025 Astana visit?',
			'Which Berdimuhamedov received the Order of the Golden Eagle, Gurbanguly or Serdar?',
		]) {
			const result = engine.ask(question);
			expect([question, result.answered]).toEqual([question, true]);
		}
	});

	it('says the best figure is of another year than the one asked about', () => {
		const result = engine.ask('What was the Kazakhstan–Turkmenistan trade turnover in 2019?');
		expect(result.answered).toBe(false);
		expect(result.notice?.kind).toMatch(/^other-(period|countries)$/u);
		expect(engine.ask('What was the Kazakhstan–Türkiye trade turnover in 2024?').answered).toBe(true);
	});

	it("says when a meeting's source neither lists nor counts its documents", () => {
		const result = engine.ask('How many documents were signed during the 2022 visit to Kazakhstan?');
		expect(result.answered).toBe(false);
		expect(result.notice).toMatchObject({ kind: 'no-documents' });
		// Asked which, likewise; asked about a document its source mentions, that document answers.
		const which = engine.ask(
			"Which documents were signed during Serdar Berdimuhamedov's 2022 state visit to Kazakhstan?",
		);
		expect([which.answered, which.notice?.kind]).toEqual([false, 'no-documents']);
		expect(
			engine.ask(
				'What distinction does the 2022 article give the Treaty on a Nuclear-Weapon-Free Zone in Central Asia?',
			).answered,
		).toBe(true);
	});

	it('corrects the meeting of a record the question places at another, and still answers with it', () => {
		const result = engine.ask('Jusan Mobile memorandum signed in Astana in November 2025');
		expect(result.answered).toBe(true);
		expect(result.notice?.kind).toBe('elsewhere');
		if (result.notice?.kind !== 'elsewhere') return;
		expect([result.notice.meeting.city, result.notice.asked.map(({ city }) => city)]).toEqual(['Ashgabat', ['Astana']]);
		const { meeting } = result.notice;
		const jusan = engine.dataset.documents.find(({ title, visit }) => /Jusan/u.test(title) && visit === meeting.id);
		expect(jusan).toBeDefined();
		expect(result.answers.slice(0, 3).map(({ id }) => id)).toContain(jusan?.id);
		// A year the record's own words name is its topic, not its meeting.
		expect(engine.ask('Whose proposal was it to hold Days of Turkmen Culture in Kazakhstan in 2022?').notice).toBe(
			undefined,
		);
	});

	it('corrects the meeting of a record whose title names years of no meeting', () => {
		const result = engine.ask('What is in the transport plan for 2026-2027 signed in Ashgabat in October 2021?');
		expect(result.notice).toMatchObject({
			kind: 'elsewhere',
			meeting: { city: 'Astana' },
			asked: [{ city: 'Ashgabat' }],
		});
	});

	it('says no award of the sources involves the leaders asked about, in the roles the question gives them', () => {
		for (const question of [
			'Did Erdoğan receive an award?',
			'What award did Erdoğan give Serdar Berdimuhamedov?',
			'Did Serdar Berdimuhamedov give Tokayev an award?',
		]) {
			const result = engine.ask(question);
			expect([question, result.answered, result.notice?.kind]).toEqual([question, false, 'no-award']);
		}
		expect(engine.ask('What award did Tokayev give Serdar?').answered).toBe(true);
		expect(engine.ask('Why was Serdar Berdimuhamedov awarded the Golden Eagle?').answered).toBe(true);
		expect(engine.ask('Who awarded Tokayev the Devlet Nisani?').answered).toBe(true);
	});

	it('answers the questions the sources answer', () => {
		expect(engine.ask('How many documents were signed in Ashgabat in 2021?').answered).toBe(true);
		expect(engine.ask('How many documents were signed in Nur-Sultan in 2025?').answered).toBe(true);
	});
});
