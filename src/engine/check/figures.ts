/**
 * Claims of a figure: an amount, a share, a growth, a count of companies or projects, an anniversary ("Kazakh
 * investments in Türkiye exceeded $2.5 billion"). The figure a claim is about is found by its subject, never by its
 * number: the unit must agree, the clause must share words with the figure's label, and the meeting, the countries
 * and the year the clause names must be the figure's. Only then is the value compared (`compareValues`).
 */
import type { FigureRecord } from '../../data/schema.js';
import { statedByName } from '../names.js';
import { type Comparison, compareValues } from './compare.js';
import type { Clause, CheckData } from './context.js';
import type { MeetingScope } from './scope.js';
import { type Quantity, readQualifier } from './quantities.js';
import { speakerOf } from './speakers.js';
import type { Claim, Expected, Verdict } from './verdict.js';
import { meetings, notInSources, subjectNotInSources } from './notInSources.js';
import { stemmedWords } from './words.js';

export interface FigureClaim {
	kind: 'figure';
	clause: Clause;
	quantity: Quantity;
}

type UnitClass = Quantity['unit']['class'];

interface FigureEntry {
	figure: FigureRecord;
	unit: UnitClass;
	/** For counts and ordinals: the words of the unit ("company", "product category"). */
	unitTerms: ReadonlySet<string>;
	/** The label's words, countries left out (every figure names its countries). */
	labelTerms: ReadonlySet<string>;
	year: number | null;
}

/** Claims that set a goal: a figure's target, not its value. */
const TARGET_CUE =
	/ (?:target|targets|goal|aim|aims|aimed|aiming|raise|raising|boost|boosting|bring|bringing) | increase (?:\S+ ){0,6}to /u;
/** Claims of growth: a figure's growth, not its level. */
const GROWTH_CUE =
	/ (?:grew|grow|grows|growing|growth|rose|risen|rise|rises|jumped|doubled|tripled|fold|increase|increases|increased|increasing|up by) /u;

/** A cue that agrees with the figure's kind outweighs a shared word; one that disagrees outweighs two. */
const CUE_AGREES = 1;
const CUE_DISAGREES = -2;

export class Figures {
	private readonly entries: readonly FigureEntry[];
	/** Every word a figure's unit or label uses, for where a figure claim's words end. */
	private readonly knownNouns: ReadonlySet<string>;
	/** Every word a figure's unit uses: a count in words of anything else ("the two leaders") is not a figure claim. */
	private readonly unitNouns: ReadonlySet<string>;

	constructor(private readonly data: CheckData) {
		this.entries = data.dataset.figures.map((figure) => {
			const visit = data.visit(figure.visit);
			return {
				figure,
				unit: unitClass(figure),
				unitTerms: new Set(stemmedWords(figure.unit).filter((term) => term !== 'number')),
				labelTerms: new Set(data.tellingTerms(figure.label)),
				year: visit ? Number(visit.startDate.iso.slice(0, 4)) : null,
			};
		});
		this.knownNouns = new Set(this.entries.flatMap((entry) => [...entry.unitTerms, ...entry.labelTerms]));
		this.unitNouns = new Set(this.entries.flatMap((entry) => (entry.unit === 'count' ? [...entry.unitTerms] : [])));
	}

	/**
	 * @param clause - a clause of the text
	 * @param taken - quantities other readers took (counts of documents)
	 * @returns a claim per quantity that can be a figure's
	 */
	read(clause: Clause, taken: ReadonlySet<Quantity>): FigureClaim[] {
		return clause.quantities
			.filter((quantity) => !taken.has(quantity) && this.claimable(clause, quantity))
			.map((quantity) => ({ kind: 'figure', clause, quantity }));
	}

	/** A count is a claim when digits state it or it counts what a figure counts; "the two leaders" is not. */
	private claimable(clause: Clause, quantity: Quantity): boolean {
		if (quantity.unit.class !== 'count') return true;
		const written = clause.text.slice(quantity.number.start, quantity.number.end);
		if (quantity.unit.noun.length === 0) return false;
		return /\d/u.test(written) || quantity.unit.noun.some((term) => this.unitNouns.has(term));
	}

	check(claim: FigureClaim): Verdict {
		const { clause, quantity } = claim;
		const shown: Claim = {
			kind: 'figure',
			span: clause.span,
			focus: clause.focusOf(quantity, (term) => this.knownNouns.has(term)),
		};
		// A country no meeting was held with is what the figure is about ("freight to Iran"), checked below.
		const scope = clause.scope({ years: false, topics: true });
		const absent = subjectNotInSources(shown, clause, this.data, scope);
		if (absent) return absent;
		// A city can be the topic too ("schools in Astana and Almaty"): without a figure at its meeting, it is one.
		let best = this.best(clause, quantity, scope);
		if (best.length === 0 && clause.facets.cities.length > 0)
			best = this.best(clause, quantity, clause.scope({ years: false, topics: true, cities: false }));
		if (best.length === 0) return notInSources(shown, 'no-record');
		const years = clause.years();
		if (years.length > 0) {
			const fitting = best.filter((entry) => years.some((year) => yearFits(entry, year)));
			const other = best[0]?.figure;
			if (fitting.length === 0)
				return notInSources(shown, 'other-period', other && this.expected(other), other ? this.citations(other) : []);
			best = fitting;
		}
		const visits = new Set(best.map((entry) => entry.figure.visit));
		if (visits.size > 1)
			return notInSources(
				shown,
				'several-meetings',
				meetings(
					this.data,
					[...visits].flatMap((id) => id ?? []),
				),
			);
		const compared = best.map((entry) => ({
			entry,
			comparison: compareValues(quantity, {
				value: entry.figure.value,
				qualifier: readQualifier(entry.figure.qualifier),
			}),
		}));
		const first = (wanted: Comparison) => compared.find(({ comparison }) => comparison === wanted)?.entry.figure;
		const matched = first('match');
		if (matched) return this.attributed(shown, clause, matched, quantity);
		const lessPrecise = first('less-precise');
		if (lessPrecise)
			return notInSources(shown, 'less-precise', this.expected(lessPrecise), this.citations(lessPrecise));
		const differing = best[0]?.figure;
		if (!differing) return notInSources(shown, 'no-record');
		return {
			kind: 'contradicted',
			claim: shown,
			expected: this.expected(differing),
			differs: 'value',
			claimed: { start: quantity.start, end: quantity.number.end },
			citations: this.citations(differing),
		};
	}

	/** The figures whose subject the claim states best, in the meetings in scope, of its unit and countries. */
	private best(clause: Clause, quantity: Quantity, scope: MeetingScope): FigureEntry[] {
		const inScope = new Set(scope.kind === 'meetings' ? scope.visits : []);
		const named = clause.countries;
		const scored = this.entries
			.filter(
				(entry) =>
					unitAgrees(entry, quantity) &&
					(scope.kind !== 'meetings' || (entry.figure.visit !== null && inScope.has(entry.figure.visit))) &&
					named.every((country) => this.involves(entry.figure, country)),
			)
			.map((entry) => ({ entry, score: this.score(entry, clause, quantity) }))
			.filter(({ score }) => score.shared > 0 && score.total > 0);
		const top = Math.max(...scored.map(({ score }) => score.total));
		return scored.filter(({ score }) => score.total === top).map(({ entry }) => entry);
	}

	/** The value matches; a claim that says who stated it is supported only if the source says so too. */
	private attributed(shown: Claim, clause: Clause, figure: FigureRecord, quantity: Quantity): Verdict {
		const speaker = speakerOf(clause, this.data, quantity);
		const expected = this.expected(figure);
		const citations = this.citations(figure);
		if (!speaker) return { kind: 'supported', claim: shown, expected, citations };
		const statedBy = figure.statedBy;
		if (statedBy === null || !this.data.dataset.personById.has(statedBy))
			return notInSources(shown, 'unattributed', expected, citations);
		if (speaker.people.has(statedBy)) return { kind: 'supported', claim: shown, expected, citations };
		return { kind: 'contradicted', claim: shown, expected, differs: 'speaker', claimed: speaker, citations };
	}

	/** Words the label shares with the clause, twice for those said about this quantity in particular, and the cues. */
	private score(entry: FigureEntry, clause: Clause, quantity: Quantity): { shared: number; total: number } {
		const about = clause.wordsAbout(quantity);
		let shared = 0;
		let near = 0;
		for (const term of entry.labelTerms) {
			if (clause.terms.has(term)) shared += 1;
			if (about.has(term)) near += 1;
		}
		const metric = entry.figure.metric;
		const target = clause.says(TARGET_CUE);
		const growth = clause.says(GROWTH_CUE);
		let cue = 0;
		if (metric.endsWith('-target')) cue += target ? CUE_AGREES : CUE_DISAGREES;
		else if (target && quantity.unit.class === 'money') cue += CUE_DISAGREES;
		if (metric.endsWith('-growth')) cue += growth ? CUE_AGREES : CUE_DISAGREES;
		return { shared, total: shared + near + cue };
	}

	/** A figure involves a country it names, or one whose leader hosted or was the guest at its meeting. */
	private involves(figure: FigureRecord, country: string): boolean {
		if ((figure.countries as readonly string[]).includes(country)) return true;
		const visit = this.data.visit(figure.visit);
		return visit !== null && (visit.host.country === country || visit.guest.country === country);
	}

	private expected(figure: FigureRecord): Expected {
		return {
			of: 'figure',
			figure,
			statedBy: statedByName(this.data.dataset, figure.statedBy),
			visit: this.data.visit(figure.visit),
		};
	}

	/** The quote that states the value first. */
	private citations(figure: FigureRecord) {
		const stating = figure.evidence.filter((evidence) => evidence.quote.includes(figure.valueText));
		return this.data.cite([...stating, ...figure.evidence].slice(0, 2));
	}
}

function unitClass(figure: FigureRecord): UnitClass {
	const unit = figure.unit.toLowerCase();
	if (unit === 'usd') return 'money';
	if (unit === 'percent') return 'percent';
	if (unit === 'times') return 'times';
	if (unit.endsWith('number') || figure.metric === 'anniversary') return 'ordinal';
	return 'count';
}

/**
 * The claim's unit is the figure's: the same class and currency, and for a count or an ordinal, the figure's unit among
 * the words after the number; a count of part of something ("18 of which are operational") may name the part by a
 * word of the label instead.
 */
function unitAgrees(entry: FigureEntry, quantity: Quantity): boolean {
	const { unit } = quantity;
	if (unit.class !== entry.unit) return false;
	if (unit.class === 'money') return unit.currency === 'USD';
	if (unit.class === 'ordinal')
		return unit.noun.some((term) => entry.unitTerms.has(term) || entry.labelTerms.has(term));
	if (unit.class === 'count')
		return (
			unit.noun.some((term) => entry.unitTerms.has(term)) ||
			(unit.partitive && unit.noun.some((term) => entry.labelTerms.has(term)))
		);
	return true;
}

/** A year fits a figure that reports it (its period names it) or that was stated at a meeting of that year. */
function yearFits(entry: FigureEntry, year: number): boolean {
	const period = entry.figure.period ?? '';
	if (/\b(?:19|20)\d{2}\b/u.test(period)) return new RegExp(`\\b${year}\\b`, 'u').test(period);
	return entry.year === year;
}
