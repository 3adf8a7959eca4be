/**
 * Claims of when a meeting took place ("Tokayev visited Ashgabat on 25 October 2021"). The meeting is the one the
 * claim's other words name (the place, the leaders, the meeting's own words), never the one its date names: a date
 * alone chooses no subject. The dates are compared on the parts the claim states (`compareDate`).
 */
import type { VisitRecord } from '../../data/schema.js';
import { compareDate } from './compare.js';
import type { Clause, CheckData } from './context.js';
import { type StatedDate, statedPrecision } from './dates.js';
import type { Claim, Expected, Verdict } from './verdict.js';
import { meetings, notInSources, subjectNotInSources } from './notInSources.js';

export interface MeetingDateClaim {
	kind: 'date';
	clause: Clause;
	date: StatedDate;
}

/** Words that say a meeting took place. */
const MEETING_CUE =
	/ (?:visit|visits|visited|visiting|met|meet|meets|meeting|talks|held|arrived|arrival|travelled|traveled|trip|summit|hosted|hosts|welcomed|came|went|paid|took place|council) /u;

export class MeetingDates {
	constructor(private readonly data: CheckData) {}

	/** A date is a meeting's date in a clause that speaks of meeting and names the meeting by something else too. */
	read(clause: Clause): MeetingDateClaim[] {
		if (!clause.says(MEETING_CUE)) return [];
		return clause.dates
			.filter((date) => clause.scope({ without: date }).kind !== 'none')
			.map((date) => ({ kind: 'date' as const, clause, date }));
	}

	check(claim: MeetingDateClaim): Verdict {
		const { clause, date } = claim;
		const shown: Claim = { kind: 'date', span: clause.span, focus: { start: date.start, end: date.end } };
		const scope = clause.scope({ without: date });
		const absent = subjectNotInSources(shown, clause, this.data, scope);
		if (absent) return absent;
		const candidates = (scope.kind === 'meetings' ? scope.visits : []).flatMap((id) => this.data.visit(id) ?? []);
		if (candidates.length === 0) return notInSources(shown, 'no-record');
		const compared = candidates.map((visit) => ({
			visit,
			comparison: compareDate(date, visit.startDate, visit.endDate),
		}));
		const matched = compared.find(({ comparison }) => comparison === 'match')?.visit;
		if (matched)
			return {
				kind: 'supported',
				claim: shown,
				expected: this.expected(matched),
				citations: this.citations(matched, date),
			};
		const lessPrecise = compared.find(({ comparison }) => comparison === 'less-precise')?.visit;
		if (lessPrecise)
			return notInSources(shown, 'less-precise', this.expected(lessPrecise), this.citations(lessPrecise, date));
		const [only] = candidates;
		// One meeting named, at another date: the claim is wrong about it. Several, none at that date: the sources hold
		// no such meeting, which is not to say it did not happen.
		if (candidates.length > 1 || !only)
			return notInSources(
				shown,
				'other-period',
				meetings(
					this.data,
					candidates.map((visit) => visit.id),
				),
			);
		return {
			kind: 'contradicted',
			claim: shown,
			expected: this.expected(only),
			differs: 'date',
			claimed: { start: date.start, end: date.end },
			citations: this.citations(only, date),
		};
	}

	private expected(visit: VisitRecord): Expected {
		return {
			of: 'date',
			what: 'visit',
			title: visit.title,
			start: visit.startDate,
			...(visit.endDate ? { end: visit.endDate } : {}),
			visit,
		};
	}

	/** The quotes that date the meeting: those of an inferred date, or the visit's quotes that hold its year or day. */
	private citations(visit: VisitRecord, date: StatedDate) {
		const inferred = visit.startDate.inferred?.evidence ?? [];
		if (inferred.length > 0) return this.data.cite(inferred.slice(0, 2));
		const [year = '', month = '', day = ''] = visit.startDate.iso.split('-');
		const dated = visit.evidence.filter(
			(evidence) =>
				evidence.quote.includes(year) ||
				(statedPrecision(date) !== 'year' &&
					day !== '' &&
					month !== '' &&
					evidence.quote.includes(String(Number(day)))),
		);
		return this.data.cite((dated.length > 0 ? dated : visit.evidence).slice(0, 1));
	}
}
