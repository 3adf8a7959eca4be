import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import type { Dataset } from '../../../src/data/validateDataset.js';
import { fitNamesOf, topicTerm } from '../../../src/engine/ask/answerFit.js';
import { termsOf } from '../../../src/engine/ask/tellingWord.js';
import { Engine } from '../../../src/engine/engine.js';

let dataset: Dataset;
let engine: Engine;

beforeAll(async () => {
	dataset = await loadDataset();
	engine = new Engine(dataset);
});

/** Whether `ask` withholds an answer for want of a measure, and which. */
function missing(question: string): readonly string[] {
	const result = engine.ask(question);
	return result.notice?.kind === 'no-measure' && !result.answered ? result.notice.measures : [];
}

describe('topicTerm', () => {
	it('is the rarest word a match holds, leaving out the words that ask for a measure', () => {
		const entry = (text: string) => ({ entry: { title: '', names: '', text, terms: termsOf(text) } });
		const counts: Record<string, number> = { wheat: 1, ship: 5, tonn: 3 };
		const hits = [entry('wheat supplies'), entry('tonnes shipped')] as unknown as Parameters<typeof topicTerm>[1];
		expect(topicTerm('tonnes wheat ship', hits, (term) => counts[term] ?? 0)).toBe('wheat');
	});

	it('counts a word held in another form of its family, as rare as that form', () => {
		const entry = (text: string) => ({ entry: { title: '', names: '', text, terms: termsOf(text) } });
		const counts: Record<string, number> = { invest: 2, put: 3 };
		const hits = [entry('investments exceeded'), entry('put forward')] as unknown as Parameters<typeof topicTerm>[1];
		const families = new Map([['investor', new Set(['investor', 'invest'])]]);
		expect(topicTerm('investors put', hits, (term) => counts[term] ?? 0)).toBe('put');
		expect(topicTerm('investors put', hits, (term) => counts[term] ?? 0, families)).toBe('investor');
	});

	it('is never a verb of reporting: "cited" says how a fact was told, not what it is about', () => {
		const entry = (text: string) => ({ entry: { title: '', names: '', text, terms: termsOf(text) } });
		const counts: Record<string, number> = { cite: 1, partner: 4 };
		const hits = [entry('cited as partner')] as unknown as Parameters<typeof topicTerm>[1];
		expect(topicTerm('cited partner', hits, (term) => counts[term] ?? 0)).toBe('partner');
	});

	it('is never a comparative or a period: "more" says how the sides relate, "each year" over what time', () => {
		const entry = (text: string) => ({ entry: { title: '', names: '', text, terms: termsOf(text) } });
		const counts: Record<string, number> = { more: 1, invest: 3 };
		const hits = [entry('more than 60 treaties'), entry('investments exceeded')] as unknown as Parameters<
			typeof topicTerm
		>[1];
		expect(topicTerm('invested more', hits, (term) => counts[term] ?? 0)).toBe('invest');
		// Nor is a period: "each year" says over what time.
		const yearly = [entry('each year wheat')] as unknown as Parameters<typeof topicTerm>[1];
		const rare: Record<string, number> = { each: 1, year: 1, wheat: 5 };
		expect(topicTerm('wheat each year', yearly, (term) => rare[term] ?? 0)).toBe('wheat');
	});
});

describe('a comparison of amounts, through ask', () => {
	it('is answered by the amounts of what it compares, whatever comparative it uses', () => {
		const result = engine.ask('Where has Kazakhstan invested more money, Turkmenistan or Türkiye?');
		expect(result.answered).toBe(true);
		const [first] = result.answers;
		expect(first?.kind).toBe('comparison');
		const sides = first?.kind === 'comparison' ? first.sides.map((side) => side.record.label) : [];
		expect(sides).toEqual([expect.stringMatching(/invest/iu), expect.stringMatching(/invest/iu)]);
	});
});

describe('fitNamesOf', () => {
	it('reads the names of people (with last names), places and organisations from the dataset', () => {
		const names = fitNamesOf(dataset);
		const tokayev = names.people.find(({ names: forms }) => forms.includes('tokayev'));
		expect(tokayev?.names).toContain('kassym-jomart tokayev'.replace('-', ' '));
		expect(names.places).toContain('ashgabat');
		// A country answers no "which city …".
		expect(names.places).not.toContain('turkmenistan');
		expect(names.organisations.length).toBeGreaterThan(0);
	});
});

describe('missingMeasures, through ask', () => {
	it('withholds a tonnage the best matches give only for something else', () => {
		expect(missing('How many tonnes of wheat did Kazakhstan ship to Turkmenistan?')).toEqual(['mass']);
		expect(
			engine.ask('How many tonnes of freight moved along the Kazakhstan–Turkmenistan–Iran railway?').answered,
		).toBe(true);
	});

	it('withholds a date still to come that the matches give only for the past', () => {
		// The five-year growth "before November 2025" is no year by which the billion is to be reached.
		expect(
			missing('By what year do Kazakhstan and Turkmenistan intend to bring mutual trade up to $1 billion?'),
		).toEqual(['date']);
		expect(engine.ask('For which years is the transport roadmap signed in 2025 planned?').answered).toBe(true);
	});

	it('withholds a signatory the sources do not name, and gives one they do', () => {
		expect(missing('Who signed the 2025 migration agreement for the Kazakh government?')).toEqual(['person']);
		expect(engine.ask('Who signed the 2021 Joint Statement?').answered).toBe(true);
	});

	it('withholds the moment something opened when the matches only give a visit to it', () => {
		expect(missing('When was the Alem.AI centre opened?')).toEqual(['date']);
		expect(engine.ask('When did Serdar Berdimuhamedov visit the Alem.AI centre?').answered).toBe(true);
	});

	it('withholds the year a target is to be met when the matches only date the meeting that set it', () => {
		expect(missing('By what year do KZ and TM aim to reach $1 billion in mutual trade?')).toEqual(['date']);
		expect(engine.ask('When did Kazakhstan and Turkmenistan agree to raise mutual trade to $1 billion?').answered).toBe(
			true,
		);
	});

	it('withholds a value of trade when the only money the matches give is an export offer', () => {
		expect(missing('What was the dollar value of Kazakh-Turkmen trade turnover in 2021?')).toEqual(['money']);
		expect(engine.ask('What value of Kazakh products is Kazakhstan prepared to supply to Türkiye?').answered).toBe(
			true,
		);
	});

	it('gives the body a sentence names when the question calls its partner by an abbreviation', () => {
		const result = engine.ask("Which Turkish oil & gas company was cited as KMG's partner at the Ankara council?");
		expect(result.answered).toBe(true);
		expect(JSON.stringify(result.answers[0])).toMatch(/Turkish Petroleum/u);
	});

	it("withholds who held a post when the matches name only the meeting's leaders", () => {
		expect(missing("Who was Kazakhstan's ambassador in Ashgabat during the November 2025 state visit?")).toEqual([
			'person',
		]);
		expect(missing('How big is the joint mining fund Tokayev asked Turkish investors to set up?')).toEqual(['number']);
		expect(engine.ask('Who hosted the November 2025 state visit?').answered).toBe(true);
	});

	it('withholds a count of things no source names, and counts things the sources name in other words', () => {
		expect(missing('How many Maarif Foundation students will the new Astana and Almaty schools enrol?')).toEqual([
			'number',
		]);
		// The sources count companies, and use "firms" elsewhere.
		expect(engine.ask('How many Turkish firms operate in Kazakhstan?').answered).toBe(true);
	});

	it('withholds the people honoured when the matches name only the leaders who honour them', () => {
		expect(
			missing('Which outstanding figures were the monuments opened in Kazakhstan and Turkmenistan dedicated to?'),
		).toEqual(['person']);
	});

	it('withholds a body the sources leave unnamed, and gives one a document names', () => {
		expect(missing('Which Kazakh university will open a branch in Turkmenistan?')).toEqual(['organisation']);
		// A body proposed under its own name is the body asked for.
		expect(missing('Which international agency on biological threats did Kazakhstan propose in 2021?')).toEqual([]);
		expect(engine.ask('Which Turkmen agency signed the 2021 railway container memorandum?').answered).toBe(true);
	});

	it('withholds the cities of flights the sources give only between the two countries', () => {
		expect(
			missing('Which cities will the planned direct flights between Kazakhstan and Turkmenistan connect?'),
		).toEqual(['place']);
	});

	it('withholds an amount the matches do not give, even when a figure is only "so far"', () => {
		expect(missing('How much Kazakh oil went through the Baku-Tbilisi-Ceyhan pipeline in 2024?')).toEqual(['number']);
		const invested = engine.ask('How much money have Kazakh investors put into Turkmenistan so far?');
		expect(invested.answered).toBe(true);
		expect(invested.answers.slice(0, 3).map(({ id }) => id)).toContain('fig-2025-investment-kz-in-tm');
	});

	it('answers first with the match that gives the measure asked for', () => {
		// The 2022 visit is dated only by its year; the 2025 one by its days.
		const [first] = engine.ask("When exactly was Serdar Berdimuhamedov's state visit to Kazakhstan?").answers;
		expect(first?.kind === 'visit' && first.record.startDate.precision).toBe('day');
	});

	it("withholds a place or date of a thing discussed at a meeting, which the meeting's own city and days do not give", () => {
		expect(missing('In which cities will the reciprocal Kazakh and Turkmen trade houses be opened?')).toEqual([
			'place',
		]);
		expect(missing('Who runs the Alem.AI centre in Astana and when was it opened?')).toContain('date');
		// A question that names the meeting asks where or when it was.
		expect(engine.ask('In which city were the 2021 summit talks held?').answered).toBe(true);
	});

	it('gives the city a document was signed in', () => {
		expect(engine.ask('In which city was the 2021 Joint Statement signed?').answered).toBe(true);
	});

	it('takes no place or date of signing from the meeting that only mentions a document signed earlier', () => {
		expect(
			missing(
				'In which city was the Agreement on Strategic Cooperation in the Development of the Gas Industry signed?',
			),
		).toEqual(['place']);
		expect(missing('When was the Treaty on a Nuclear-Weapon-Free Zone in Central Asia signed?')).toEqual(['date']);
		// The declaration the same sentence recalls is dated.
		expect(
			engine.ask('When was the Universal Declaration on Building a Nuclear-Weapon-Free World adopted?').answered,
		).toBe(true);
	});

	it('takes no date from the meeting that recalls an earlier event', () => {
		expect(missing('On what date was the consultative meeting of Central Asian leaders in Avaza held?')).toEqual([
			'day',
		]);
	});

	it('withholds who heads a body when the matches only name someone who visited it', () => {
		expect(missing('Who runs the International Artificial Intelligence Centre Alem.AI?')).toEqual(['person']);
		// Nor who was appointed to a post, by those who proposed it.
		expect(missing('Who is appointed to head the regional drug-trafficking information centre from 2022?')).toEqual([
			'person',
		]);
		// Who led a side at a meeting is the meeting's own leader.
		expect(engine.ask('Who led Turkmenistan at the 2025 state visit to Kazakhstan?').answered).toBe(true);
	});

	it('reads a word in any form of its family, and "how much money" as asking for an amount', () => {
		const result = engine.ask('How much money have Kazakh investors put into Turkmenistan so far?');
		expect(result.answered).toBe(true);
		expect(result.answers[0]?.id).toBe('fig-2025-investment-kz-in-tm');
	});
});
