/**
 * Claims about awards ("Tokayev received the Order of the Golden Eagle", "Berdimuhamedov awarded Tokayev the
 * Bitaraplyk order in 2021"). The award is the one the claim names by any of its names; who gave and who received it
 * are read from the verbs around the names; each part the claim states (recipient, giver, date, meeting) is checked
 * against the award's record. A claim naming an award the sources do not record is not in the sources.
 */
import type { AwardRecord } from '../../data/schema.js';
import { compareDate } from './compare.js';
import type { Clause, CheckData } from './context.js';
import type { StatedDate } from './dates.js';
import type { Span } from './sentences.js';
import { peopleOf } from './speakers.js';
import type { Claim, Difference, Expected, Verdict } from './verdict.js';
import { notInSources, subjectNotInSources } from './notInSources.js';

interface Named extends Span {
	people: ReadonlySet<string>;
}

export interface AwardClaim {
	kind: 'award';
	clause: Clause;
	/** The awards it names; empty for "an award", "the Order of Friendship" (not in the sources). */
	awards: ReadonlySet<string>;
	focus: Span;
	recipient?: Named;
	giver?: Named;
	/** Named beside the award with no verb telling which side they were on. */
	involved: readonly Named[];
	date?: StatedDate;
}

/** Words that speak of an award. */
const AWARD_WORD = /\b(?:orders?|medals?|award\w*|honou?r(?:s|ed)?|decorat\w*|prize)\b/iu;
/** A name given to an award, whether or not the sources record it: "Order of Friendship", "Dostyk Order". */
const AWARD_NAME =
	/\b(?:Order|Medal)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*|\b\p{Lu}[\p{L}’'-]+\s+(?:Order|Medal)\b/u;
/** The person before these verbs received the award. */
const RECEIVED =
	/\b(?:received|receives|receive|accepted|accepts|got|gets|(?:was|were|has been|had been|is) (?:awarded|presented|given|decorated|honou?red|conferred))\b/iu;
/** The person before these verbs gave it, the one after received it. */
const GAVE =
	/\b(?:awarded|awards|award|presented|presents|conferred|confers|bestowed|bestows|gave|gives|decorated|decorates|honou?red|honou?rs)\b/iu;
/** After these, a person is the giver ("received it from Erdoğan"). */
const FROM = /\b(?:from|by)\s+(?:the\s+)?$/iu;

export class Awards {
	constructor(private readonly data: CheckData) {}

	read(clause: Clause): AwardClaim[] {
		const mentions = this.data.lexicon.awards(clause.tokens);
		const generic = AWARD_WORD.exec(clause.words);
		if (mentions.length === 0 && !generic) return [];
		const awards = new Set(mentions.flatMap((mention) => [...mention.awards]));
		const named: Named[] = [...clause.people, ...clause.offices]
			.map((mention) => ({ start: mention.start, end: mention.end, people: peopleOf(mention, clause, this.data) }))
			.filter((mention) => mention.people.size > 0)
			.sort((a, b) => a.start - b.start);
		const [firstMention] = mentions;
		const focus = firstMention
			? { start: firstMention.start, end: mentions.at(-1)?.end ?? firstMention.end }
			: (namedAward(clause) ?? {
					start: clause.span.start + (generic?.index ?? 0),
					end: clause.span.start + (generic?.index ?? 0) + (generic?.[0].length ?? 0),
				});
		// An award word with nobody named ("the order is Turkmenistan's highest") states nothing to check.
		if (named.length === 0 && clause.dates.length === 0) return [];
		const roles = readRoles(clause, named);
		return [{ kind: 'award', clause, awards, focus, ...roles, date: clause.dates[0] }];
	}

	check(claim: AwardClaim): Verdict {
		const { clause } = claim;
		const shown: Claim = { kind: 'award', span: clause.span, focus: claim.focus };
		// Who gave and who received are checked as such, not as the meeting the names point to.
		const scope = clause.scope({ without: claim.date, people: false, carry: false });
		const absent = subjectNotInSources(shown, clause, this.data, scope);
		if (absent) return absent;
		const records = this.data.dataset.awards;
		const candidates =
			claim.awards.size > 0
				? records.filter((award) => claim.awards.has(award.id))
				: namedAward(clause)
					? []
					: records.filter(
							(award) =>
								this.concerns(award, claim) && (scope.kind !== 'meetings' || scope.visits.includes(award.visit)),
						);
		if (candidates.length === 0) {
			const people = new Set(
				[claim.recipient, claim.giver, ...claim.involved].flatMap((named) => (named ? [...named.people] : [])),
			);
			const theirs = records.filter(
				(award) =>
					people.has(award.recipient.person) || (award.giver.person !== null && people.has(award.giver.person)),
			);
			const expected: Expected | undefined =
				theirs.length > 0
					? {
							of: 'awards',
							awards: theirs,
							recipientNames: theirs.map((award) => this.data.lexicon.personName(award.recipient.person)),
						}
					: undefined;
			return notInSources(
				shown,
				'no-record',
				expected,
				this.data.cite(theirs.flatMap((award) => award.evidence.slice(0, 1))),
			);
		}
		const verdicts = candidates.map((award) =>
			this.against(shown, claim, award, scope.kind === 'meetings' ? scope.visits : undefined),
		);
		return (
			verdicts.find((verdict) => verdict.kind === 'supported') ??
			verdicts.find((verdict) => verdict.kind === 'not-in-sources') ??
			verdicts[0] ??
			notInSources(shown, 'no-record')
		);
	}

	/** Whether the award involves the people the claim names on the sides it names them. */
	private concerns(award: AwardRecord, claim: AwardClaim): boolean {
		if (claim.recipient && !claim.recipient.people.has(award.recipient.person)) return false;
		if (claim.giver && (award.giver.person === null || !claim.giver.people.has(award.giver.person))) return false;
		return claim.involved.every(
			(named) =>
				named.people.has(award.recipient.person) ||
				(award.giver.person !== null && named.people.has(award.giver.person)),
		);
	}

	/** Each part the claim states, against one award: the first that differs, else the first the sources lack. */
	private against(shown: Claim, claim: AwardClaim, award: AwardRecord, scope: readonly string[] | undefined): Verdict {
		const expected: Expected = {
			of: 'award',
			award,
			recipientName: this.data.lexicon.personName(award.recipient.person),
			giverName: award.giver.person === null ? null : this.data.lexicon.personName(award.giver.person),
			visit: this.data.visit(award.visit),
		};
		const citations = this.data.cite(award.evidence.slice(0, 2));
		const differs = (part: Difference, claimed: Span): Verdict => ({
			kind: 'contradicted',
			claim: shown,
			expected,
			differs: part,
			claimed,
			citations,
		});
		if (claim.recipient && !claim.recipient.people.has(award.recipient.person))
			return differs('recipient', claim.recipient);
		let unconfirmed = false;
		if (claim.giver) {
			const giver = award.giver.person;
			if (giver === null) {
				// The source names only the giving country: a person of that country is not borne out, one of another is wrong.
				const sameCountry = [...claim.giver.people].some(
					(id) => this.data.dataset.personById.get(id)?.country === award.giver.country,
				);
				if (!sameCountry) return differs('giver', claim.giver);
				unconfirmed = true;
			} else if (!claim.giver.people.has(giver)) return differs('giver', claim.giver);
		}
		for (const named of claim.involved) {
			const sides = [award.recipient.person, award.giver.person].filter((id): id is string => id !== null);
			if (!sides.some((id) => named.people.has(id))) return differs('recipient', named);
		}
		if (claim.date) {
			const comparison = award.date ? compareDate(claim.date, award.date) : 'less-precise';
			if (comparison === 'differs') return differs('date', claim.date);
			if (comparison === 'less-precise') unconfirmed = true;
		}
		if (scope && !scope.includes(award.visit)) return differs('place', claim.focus);
		if (unconfirmed)
			return notInSources(
				shown,
				claim.giver && award.giver.person === null ? 'unattributed' : 'less-precise',
				expected,
				citations,
			);
		return { kind: 'supported', claim: shown, expected, citations };
	}
}

/** Where the clause names an award by a name of its own ("the Order of Friendship"), if it does. */
function namedAward(clause: Clause): Span | undefined {
	const match = AWARD_NAME.exec(clause.words);
	return match
		? { start: clause.span.start + match.index, end: clause.span.start + match.index + match[0].length }
		: undefined;
}

/**
 * Who received and who gave, from the verbs: the name before "received" or "was awarded" received it; the name before
 * an active "awarded" gave it and the next name received it; a name after "from" or "by" gave it.
 */
function readRoles(clause: Clause, named: readonly Named[]): Pick<AwardClaim, 'recipient' | 'giver' | 'involved'> {
	const text = clause.text;
	const before = (position: number): Named | undefined =>
		[...named].reverse().find((mention) => mention.end <= position);
	const after = (position: number): Named | undefined => named.find((mention) => mention.start >= position);
	const received = RECEIVED.exec(clause.words);
	let recipient: Named | undefined;
	let giver: Named | undefined;
	if (received) {
		const at = clause.span.start + received.index;
		recipient = before(at);
		const next = after(at + received[0].length);
		if (next && FROM.test(text.slice(at + received[0].length, next.start))) giver = next;
	} else {
		const gave = GAVE.exec(clause.words);
		if (gave) {
			const at = clause.span.start + gave.index;
			recipient = after(at + gave[0].length);
			// With nobody after it, "awarded" is a headline's passive: "President of Kazakhstan awarded “Bitaraplyk” Order".
			if (recipient) giver = before(at);
			else recipient = before(at);
		}
	}
	const involved = named.filter(
		(mention) =>
			mention !== recipient && mention !== giver && !sameMention(mention, recipient) && !sameMention(mention, giver),
	);
	return {
		...(recipient ? { recipient } : {}),
		...(giver ? { giver } : {}),
		involved: recipient || giver ? [] : involved,
	};
}

function sameMention(a: Named, b: Named | undefined): boolean {
	return b !== undefined && a.start === b.start && a.end === b.end;
}
