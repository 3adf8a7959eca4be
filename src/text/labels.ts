/**
 * Display labels of records: the title an answer is shown under, which autocomplete and "did you mean" show too. The
 * engine labels its index entries with these and `src/render/answerProse.ts` titles answers with them, so the two
 * cannot drift apart.
 */
import type {
	DiscrepancyRecord,
	DocumentRecord,
	FigureRecord,
	PersonRecord,
	ProposalRecord,
	VisitRecord,
} from '../data/schema.js';
import type { DocumentSet } from '../engine/answer.js';
import type { NamedDocumentKind } from '../engine/ask/questionContext.js';
import { documentSubject, shortParties } from './documentLabel.js';
import { formatDate, formatDateRange, formatFigureValue, humanise, visitLabel } from './format.js';
import { DOCUMENT_KIND_SHORT } from './labelWords.js';

/** A figure's label: what was measured and its value. */
export function figureLabel(figure: Pick<FigureRecord, 'label' | 'qualifier' | 'valueText'>): string {
	return `${figure.label}: ${formatFigureValue(figure)}`;
}

/**
 * A passage's label: the visit its article reports, if it reports one. The article itself is named by the passage's
 * citation (its outlet and date), never by its file.
 *
 * @example
 * passageLabel(null); // 'From a source article'
 */
export function passageLabel(visit: Parameters<typeof visitLabel>[0] | null): string {
	return visit ? `From a report on the ${visitLabel(visit)}` : 'From a source article';
}

/** A follow-up's label: the titles of the earlier step and of the later one. */
export function followUpLabel(earlierTitle: string, laterTitle: string): string {
	return `Follow-up: ${earlierTitle} → ${laterTitle}`;
}

/** A discrepancy's label: what does not agree. */
export function discrepancyLabel(discrepancy: Pick<DiscrepancyRecord, 'summary'>): string {
	return `Discrepancy: ${discrepancy.summary}`;
}

/**
 * An award's label, and the one name its answers use: the first of its names (the main one first) that no other of
 * its names holds, so a short form ("Bitaraplyk") gives way to the name the source writes in full ("Order of
 * “Bitaraplyk” (neutrality)"). The other names are the award's aliases, shown apart as "Also written".
 *
 * @example
 * awardLabel(['Bitaraplyk', 'Order of “Bitaraplyk” (neutrality)', '“Bitaraplyk” Order']); // 'Order of “Bitaraplyk” (neutrality)'
 * awardLabel(['Order of the Golden Eagle', 'Altyn Qyran']); // 'Order of the Golden Eagle'
 */
export function awardLabel(names: readonly string[]): string {
	const full = names.find((name) => !names.some((other) => other !== name && other.includes(name)));
	return full ?? names[0] ?? 'award';
}

/**
 * The names of an award other than its label: what "Also written" shows.
 *
 * @example
 * awardAliases(['Order of the Golden Eagle', 'Altyn Qyran']); // ['Altyn Qyran']
 */
export function awardAliases(names: readonly string[]): string[] {
	const label = awardLabel(names);
	return names.filter((name) => name !== label);
}

/** A named kind of document, singular and plural, as a set answer names it. */
export const DOCUMENT_KIND_NOUNS: Readonly<Record<NamedDocumentKind, readonly [string, string]>> = {
	memorandum: ['memorandum', 'memoranda'],
	plan: ['plan', 'plans'],
	treaty: ['treaty', 'treaties'],
	'joint-statement': ['joint statement', 'joint statements'],
	declaration: ['declaration', 'declarations'],
};

/**
 * What a set of documents is: its sectors, its kind (or "documents"), its parties. The engine derives the set's id
 * from it, the renderer its title and text.
 *
 * @example
 * documentSetLabel({ kinds: ['memorandum'], sectors: ['transport'], parties: [] }, 3); // 'transport memoranda'
 */
export function documentSetLabel(set: Pick<DocumentSet, 'kinds' | 'sectors' | 'parties'>, count: number): string {
	const [singular, plural] =
		set.kinds.length === 1 ? DOCUMENT_KIND_NOUNS[set.kinds[0] as NamedDocumentKind] : ['document', 'documents'];
	return [
		set.sectors.length > 0 ? `${set.sectors.join(' or ')} ` : '',
		count === 1 ? singular : plural,
		set.parties.length > 0 ? ` with ${set.parties.map((party) => `“${party}”`).join(' or ')} as a party` : '',
	].join('');
}

/**
 * A choice's label in parts, what tells it apart first. The parts are fitted to a front end's length and to what was
 * typed by `fitChoiceName` (src/engine/choiceNames.ts): the lead is kept whole, the subject is cut around the words
 * typed, the details are shown as room allows.
 */
export interface ChoiceLabel {
	/** Leads the label and is never cut: a year, a short kind, a date. */
	lead: readonly string[];
	/** What the choice is: whole when there is room, else cut around the words typed. */
	subject: string;
	/** Follows the subject after a colon and is kept: a figure's value. */
	value?: string;
	/** Shown after the subject as room allows: parties, a place, a role. */
	details: readonly string[];
	/** Facts that tell apart two choices whose labels are otherwise equal, tried in order: a full date, a place. */
	distinctions: readonly string[];
}

/**
 * A document's choice label: its year, its kind, its subject, then its parties shortened.
 *
 * @example
 * documentChoiceLabel(veterinaryMemorandum);
 * // { lead: ['2025', 'MoU'], subject: 'veterinary medicine', details: ['agriculture ministries'], distinctions: ['25 November 2025'] }
 */
export function documentChoiceLabel(
	document: Pick<DocumentRecord, 'title' | 'kind' | 'parties' | 'sectors' | 'signedDate' | 'signedPlace'>,
): ChoiceLabel {
	const year = document.signedDate?.iso.slice(0, 4);
	return {
		lead: [...(year ? [year] : []), DOCUMENT_KIND_SHORT[document.kind]],
		subject: documentSubject(document),
		details: nonEmpty([shortParties(document.parties)]),
		distinctions: nonEmpty([
			document.signedDate && document.signedDate.precision !== 'year' ? formatDate(document.signedDate) : '',
			document.signedPlace ?? '',
		]),
	};
}

/**
 * A figure's choice label: its year, what was measured, and its value.
 *
 * @example
 * figureChoiceLabel(tradeTurnover, 2025); // { lead: ['2025'], subject: 'Mutual trade turnover', value: 'more than $ 500 million', … }
 */
export function figureChoiceLabel(
	figure: Pick<FigureRecord, 'label' | 'qualifier' | 'valueText' | 'period' | 'countries'>,
	year: number | null,
): ChoiceLabel {
	return {
		lead: year === null ? [] : [String(year)],
		subject: figure.label,
		value: formatFigureValue(figure),
		details: [],
		distinctions: nonEmpty([figure.period ?? '', figure.countries.join('–')]),
	};
}

/**
 * A visit's choice label: its dates, its title, its city.
 *
 * @example
 * visitChoiceLabel(ashgabat2021); // { lead: ['25 October 2021'], subject: 'State visit of …', details: ['Ashgabat'], … }
 */
export function visitChoiceLabel(
	visit: Pick<VisitRecord, 'title' | 'startDate' | 'endDate' | 'city' | 'kind' | 'venue'>,
): ChoiceLabel {
	return {
		lead: [formatDateRange(visit.startDate, visit.endDate)],
		subject: visit.title,
		// The city, unless the title already ends with it ("… Council (Ankara)").
		details: visit.title.includes(visit.city) ? [] : [visit.city],
		distinctions: nonEmpty([humanise(visit.kind), visit.venue ?? '']),
	};
}

/**
 * A person's choice label: the name the dataset writes, then the first role the sources give.
 *
 * @example
 * personChoiceLabel(tokayev); // { lead: [], subject: 'Kassym-Jomart Tokayev', details: ['President of Kazakhstan'], … }
 */
export function personChoiceLabel(person: Pick<PersonRecord, 'name' | 'roles' | 'country'>): ChoiceLabel {
	return {
		lead: [],
		subject: person.name,
		details: person.roles.slice(0, 1).map((role) => role.title),
		distinctions: nonEmpty([person.country ?? '', ...person.roles.slice(1).map((role) => role.title)]),
	};
}

/**
 * A proposal's choice label: its year, its title, where it stands.
 *
 * @example
 * proposalChoiceLabel(bridge, 2021); // { lead: ['2021'], subject: 'Bridge across Garabogaz Bay …', details: ['proposed'], … }
 */
export function proposalChoiceLabel(
	proposal: Pick<ProposalRecord, 'title' | 'status' | 'kind'>,
	year: number | null,
): ChoiceLabel {
	return {
		lead: year === null ? [] : [String(year)],
		subject: proposal.title,
		details: [humanise(proposal.status)],
		distinctions: [humanise(proposal.kind)],
	};
}

/**
 * A choice of a fixed list (a country, a sector, a year): its name alone.
 *
 * @example
 * plainChoiceLabel('public administration'); // { lead: [], subject: 'public administration', details: [], distinctions: [] }
 */
export function plainChoiceLabel(name: string): ChoiceLabel {
	return { lead: [], subject: name, details: [], distinctions: [] };
}

function nonEmpty(texts: readonly string[]): string[] {
	return texts.filter((text) => text.trim() !== '');
}
