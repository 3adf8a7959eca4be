/**
 * Turns each record kind into the answer model: a title, a text that answers
 * directly, structured fields and citations copied from the record's evidence.
 */
import type {
	AwardRecord,
	DiscrepancyRecord,
	DocumentRecord,
	EventRecord,
	FigureRecord,
	FollowUpRecord,
	OrganisationRecord,
	PersonRecord,
	ProposalRecord,
	SourceRecord,
	VisitRecord,
} from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import type { Answer } from './answer.js';
import { leaderName, personName, statedByName } from './names.js';
import { formatDate, formatDateRange, formatFigureValue, humanise } from './format.js';
import type { Passage } from './passages.js';

const SIGNING_PHRASES: Readonly<Record<DocumentRecord['signing'], string>> = {
	'heads-of-state': 'signed by the heads of state',
	'exchanged-in-presence': 'exchanged in the presence of the heads of state',
	sidelines: 'signed on the sidelines of the visit',
	'signed-at-talks': 'signed at the talks',
	earlier: 'signed earlier',
};

/** Builds answers for records, resolving the visit each one belongs to. */
export class AnswerBuilder {
	private readonly visitsById: ReadonlyMap<string, VisitRecord>;
	private readonly dataset: Dataset;
	private linked: Links | undefined;

	constructor(dataset: Dataset) {
		this.dataset = dataset;
		this.visitsById = new Map(dataset.visits.map((visit) => [visit.id, visit]));
	}

	visitLabel(visitId: string | null): string | null {
		if (visitId === null) return null;
		const visit = this.visitsById.get(visitId);
		return visit ? `${visit.title} (${formatDateRange(visit.startDate, visit.endDate)}, ${visit.city})` : null;
	}

	/**
	 * @example
	 * builder.document(dataset.documents[0]).text; // 'Joint Statement … — joint statement, signed by the heads of state on 25 October 2021 in Ashgabat.'
	 */
	document(document: DocumentRecord): Answer {
		const when = document.signedDate
			? ` ${document.signedDate.precision === 'day' ? 'on' : 'in'} ${formatDate(document.signedDate)}`
			: '';
		const where = document.signedPlace ? ` in ${document.signedPlace}` : '';
		const visit = this.visitLabel(document.visit ?? document.mentionedAt);
		const context = document.visit
			? ` during the ${visit}`
			: visit
				? `; mentioned in connection with the ${visit}`
				: '';
		const parties = document.parties.map((party) => party.body);
		return {
			kind: 'document',
			id: document.id,
			title: document.title,
			text: `${document.title}: ${humanise(document.kind)}, ${SIGNING_PHRASES[document.signing]}${when}${where}${context}.${document.note ? ` Note: ${document.note}` : ''}`,
			fields: {
				kind: document.kind,
				date: document.signedDate?.iso ?? null,
				dateText: formatDate(document.signedDate),
				place: document.signedPlace,
				signing: document.signing,
				visit: document.visit,
				parties,
				countries: [...new Set(document.parties.flatMap((party) => (party.country ? [party.country] : [])))],
				sectors: document.sectors,
				aliases: document.aliases,
				listPosition: document.list ? `${document.list.name} #${document.list.position}` : null,
			},
			citations: document.evidence,
		};
	}

	visit(visit: VisitRecord): Answer {
		const when = formatDateRange(visit.startDate, visit.endDate);
		const venue = visit.venue ? `, ${visit.venue}` : '';
		return {
			kind: 'visit',
			id: visit.id,
			title: visit.title,
			text: `${visit.title}: ${when}, ${visit.city}${venue} (${visit.country}). Host: ${leaderName(this.dataset, visit.host)}, ${visit.host.role}; guest: ${leaderName(this.dataset, visit.guest)}, ${visit.guest.role}. ${visit.summary}`,
			fields: {
				kind: visit.kind,
				date: visit.startDate.iso,
				endDate: visit.endDate?.iso ?? null,
				dateText: when,
				city: visit.city,
				country: visit.country,
				venue: visit.venue,
				host: `${leaderName(this.dataset, visit.host)} (${visit.host.country})`,
				guest: `${leaderName(this.dataset, visit.guest)} (${visit.guest.country})`,
				formats: visit.formats,
				topics: visit.topics,
				aliases: visit.aliases,
				sources: visit.sources,
			},
			citations: visit.evidence,
		};
	}

	figure(figure: FigureRecord): Answer {
		const value = formatFigureValue(figure);
		const period = figure.period ? ` (${figure.period})` : '';
		const statedBy = statedByName(this.dataset, figure.statedBy);
		const by = statedBy ? `, stated by ${statedBy}` : '';
		return {
			kind: 'figure',
			id: figure.id,
			title: figureTitle(figure),
			text: `${figure.text} [${figure.label}: ${value}${period}${by}]`,
			fields: {
				metric: figure.metric,
				value: figure.value,
				unit: figure.unit,
				valueText: figure.valueText,
				qualifier: figure.qualifier,
				period: figure.period,
				countries: figure.countries,
				statedBy,
				visit: figure.visit,
			},
			citations: figure.evidence,
		};
	}

	award(award: AwardRecord): Answer {
		const [name = 'award', ...otherNames] = award.names;
		const also = otherNames.length > 0 ? ` (also given as ${otherNames.join('; ')})` : '';
		const giver = award.giver.person
			? `${personName(this.dataset, award.giver.person)} (${award.giver.country})`
			: award.giver.country;
		const recipient = `${personName(this.dataset, award.recipient.person)} (${award.recipient.country})`;
		const reason = award.reason ? ` ${award.reason}` : '';
		return {
			kind: 'award',
			id: award.id,
			title: name,
			text: `${recipient} received the ${name}${also} from ${giver}, ${formatDate(award.date)}: ${award.description}.${reason}`,
			fields: {
				names: award.names,
				giver,
				recipient,
				date: award.date?.iso ?? null,
				dateText: formatDate(award.date),
				visit: award.visit,
			},
			citations: award.evidence,
		};
	}

	event(event: EventRecord): Answer {
		return {
			kind: 'event',
			id: event.id,
			title: event.title,
			text: `${event.title}${event.place ? ` (${event.place})` : ''}: ${event.description}`,
			fields: {
				kind: event.kind,
				place: event.place,
				participants: event.participants.map((id) => personName(this.dataset, id)),
				visit: event.visit,
				visitTitle: this.visitLabel(event.visit),
			},
			citations: event.evidence,
		};
	}

	source(source: SourceRecord): Answer {
		return {
			kind: 'source',
			id: source.id,
			title: source.title,
			// The outlet note says how the outlet was read, and where there is one, the issue: what a citation needs.
			text: `${source.id} — ${source.outlet ?? 'outlet not named'}, ${source.published ? `published ${formatDate(source.published)}` : 'no publication date stated'}. ${source.covers}${source.outletNote ? ` Outlet: ${source.outletNote}` : ''}`,
			fields: {
				outlet: source.outlet,
				outletNote: source.outletNote ?? null,
				published: source.published?.iso ?? null,
			},
			citations: source.evidence,
		};
	}

	discrepancy(discrepancy: DiscrepancyRecord): Answer {
		return {
			kind: 'discrepancy',
			id: discrepancy.id,
			title: `Discrepancy: ${discrepancy.summary}`,
			text: `${discrepancy.summary} ${discrepancy.note}`,
			fields: {
				visit: discrepancy.visit,
				about: discrepancy.about,
				statements: discrepancy.statements.map((statement) => statement.says),
			},
			citations: discrepancy.statements.flatMap((statement) => statement.evidence),
		};
	}

	/**
	 * A person: their roles, the meetings they attended as host or guest, awards, documents signed and proposals.
	 *
	 * @example
	 * builder.person(tokayev).fields.meetings; // ['visit-2021-ashgabat', 'visit-2025-ankara-hlscc', 'visit-2025-astana']
	 */
	person(person: PersonRecord): Answer {
		const links = this.links();
		const meetings = this.dataset.visits.filter(
			(visit) => visit.host.person === person.id || visit.guest.person === person.id,
		);
		const received = this.dataset.awards.filter((award) => award.recipient.person === person.id);
		const given = this.dataset.awards.filter((award) => award.giver.person === person.id);
		const proposals = links.proposalsByPerson.get(person.id) ?? [];
		const signed = links.documentsByPerson.get(person.id) ?? [];
		const stated = this.dataset.figures.filter((figure) => figure.statedBy === person.id);
		const roles = person.roles.map((role) => role.title);
		const parts = [
			`${person.name}: ${roles.join('; ')}`,
			meetings.length > 0
				? `Meetings: ${meetings.map((visit) => this.visitLabel(visit.id) ?? visit.id).join('; ')}`
				: '',
			received.length > 0 ? `Received: ${received.map((award) => award.names[0] ?? award.id).join('; ')}` : '',
			given.length > 0 ? `Gave: ${given.map((award) => award.names[0] ?? award.id).join('; ')}` : '',
			signed.length > 0 ? `Signed: ${signed.map((document) => document.title).join('; ')}` : '',
			proposals.length > 0 ? `Proposed: ${proposals.map((proposal) => proposal.title).join('; ')}` : '',
			stated.length > 0 ? `Figures stated: ${stated.map((figure) => figureTitle(figure)).join('; ')}` : '',
			person.note ?? '',
		];
		return {
			kind: 'person',
			id: person.id,
			title: person.name,
			text: sentences(parts),
			fields: {
				country: person.country,
				aliases: person.aliases,
				roles,
				meetings: meetings.map((visit) => visit.id),
				awardsReceived: received.map((award) => award.id),
				awardsGiven: given.map((award) => award.id),
				documentsSigned: signed.map((document) => document.id),
				proposals: proposals.map((proposal) => proposal.id),
				figuresStated: stated.map((figure) => figure.id),
			},
			citations: [
				...person.evidence,
				...person.roles.flatMap((role) => role.evidence),
				...stated.flatMap((figure) => figure.evidence.slice(0, 1)),
			],
		};
	}

	/**
	 * An organisation and the documents it signed.
	 *
	 * @example
	 * builder.organisation(turkmentelecom).fields.documents; // ['doc-2021-cable-border-crossing', 'doc-2025-telecom-cable-crossing']
	 */
	organisation(organisation: OrganisationRecord): Answer {
		const documents = this.links().documentsByOrganisation.get(organisation.id) ?? [];
		const proposals = this.dataset.proposals.filter((proposal) => proposal.organisations.includes(organisation.id));
		const where = organisation.country ? ` (${organisation.country})` : '';
		const parts = [
			`${organisation.name}${where}, ${humanise(organisation.type)}`,
			organisation.aliases.length > 0 ? `Also written: ${organisation.aliases.join('; ')}` : '',
			documents.length > 0
				? `Signed ${documents.length === 1 ? 'one document' : `${documents.length} documents`}: ${documents.map((document) => `${document.title}${this.yearSuffix(document)}`).join('; ')}`
				: 'No document in the sources names it as a party',
			proposals.length > 0 ? `Concerned by: ${proposals.map((proposal) => proposal.title).join('; ')}` : '',
			organisation.note ?? '',
			...organisation.mayBeSameAs.map((other) => other.note),
		];
		return {
			kind: 'organisation',
			id: organisation.id,
			title: organisation.name,
			text: sentences(parts),
			fields: {
				country: organisation.country,
				type: organisation.type,
				aliases: organisation.aliases,
				partOf: organisation.partOf,
				documents: documents.map((document) => document.id),
				proposals: proposals.map((proposal) => proposal.id),
				mayBeSameAs: organisation.mayBeSameAs.map((other) => other.id),
			},
			citations: [...organisation.evidence, ...documents.flatMap((document) => document.evidence.slice(0, 1))],
		};
	}

	/**
	 * A proposal, where it stands, and what followed it (or what it follows).
	 *
	 * @example
	 * builder.proposal(bridge).fields.followedBy; // ['prop-2025-garabogaz-bridge-commissioned', …]
	 */
	proposal(proposal: ProposalRecord): Answer {
		const links = this.links();
		const by = this.proposers(proposal.proposedBy);
		const supported = this.proposers(proposal.supportedBy);
		const later = links.followUpsFrom.get(proposal.id) ?? [];
		const earlier = links.followUpsTo.get(proposal.id) ?? [];
		const visit = this.visitLabel(proposal.visit);
		const parts = [
			`${proposal.title}: ${PROPOSAL_STATUS_PHRASES[proposal.status]}${by ? `, put forward by ${by}` : ''}${visit ? `, at the ${visit}` : ''}`,
			proposal.description,
			supported ? `Supported by ${supported}` : '',
			proposal.note ?? '',
			...earlier.map((followUp) => `It follows up: ${followUp.summary}`),
			...later.map((followUp) => `What followed: ${followUp.summary}`),
		];
		return {
			kind: 'proposal',
			id: proposal.id,
			title: proposal.title,
			text: sentences(parts),
			fields: {
				kind: proposal.kind,
				documentKind: proposal.documentKind,
				status: proposal.status,
				proposedBy: by,
				supportedBy: supported,
				visit: proposal.visit,
				sectors: proposal.sectors,
				aliases: proposal.aliases,
				follows: earlier.map((followUp) => followUp.earlier),
				followedBy: later.map((followUp) => followUp.later),
			},
			citations: [
				...proposal.evidence,
				...earlier.flatMap((followUp) => followUp.earlierEvidence),
				...later.flatMap((followUp) => followUp.laterEvidence),
			],
		};
	}

	/** A follow-up: the earlier step, the later one and what became of it, each side cited. */
	followUp(followUp: FollowUpRecord): Answer {
		return {
			kind: 'follow-up',
			id: followUp.id,
			title: this.followUpTitle(followUp),
			text: sentences([followUp.summary, followUp.note ?? '']),
			fields: {
				earlier: followUp.earlier,
				later: followUp.later,
				discrepancy: followUp.discrepancy,
			},
			citations: [...followUp.earlierEvidence, ...followUp.laterEvidence],
		};
	}

	/** A follow-up's title: the earlier step and the later one. */
	followUpTitle(followUp: FollowUpRecord): string {
		return `Follow-up: ${this.recordTitle(followUp.earlier)} → ${this.recordTitle(followUp.later)}`;
	}

	/** The title of any record a follow-up names. */
	recordTitle(id: string): string {
		const links = this.links();
		return links.titles.get(id) ?? id;
	}

	private yearSuffix(document: DocumentRecord): string {
		return document.signedDate ? ` (${document.signedDate.iso.slice(0, 4)})` : '';
	}

	private proposers(by: ProposalRecord['proposedBy']): string {
		const people = by.people.map((id) => personName(this.dataset, id));
		const countries = by.countries.filter(
			(country) => !by.people.some((id) => this.dataset.personById.get(id)?.country === country),
		);
		return [...people, ...countries].join(', ');
	}

	/** Who signed, proposed and followed up what: worked out on the first answer that needs it. */
	private links(): Links {
		this.linked ??= buildLinks(this.dataset);
		return this.linked;
	}

	/**
	 * A sentence of a source, with who said it when it is a quotation, and the visit its article reports.
	 *
	 * @example
	 * builder.passage(passage).text; // '“Kazakhstan and Türkiye share a common stance … nations. — said Tokayev'
	 */
	passage(passage: Passage): Answer {
		const citations = [{ source: passage.source, quote: passage.text }];
		if (passage.attribution) citations.push({ source: passage.source, quote: passage.attribution });
		return {
			kind: 'passage',
			id: passage.id,
			title: passageTitle(passage, this.visitLabel(passage.visit)),
			text: `${passage.text}${speakerNote(passage)}`,
			fields: {
				source: passage.source,
				visit: passage.visit,
				speaker: passage.speaker,
				speakerName: passage.speakerName,
				speakerPerson: passage.speakerPerson,
			},
			citations,
		};
	}
}

/**
 * Who is quoted, after the sentence: the clause (which the sentence that closes a quotation holds already) and the
 * leader it names by office.
 */
function speakerNote(passage: Passage): string {
	const clause = passage.speaker && passage.attribution ? ` — ${passage.speaker}` : '';
	return passage.speakerName ? `${clause} (${passage.speakerName})` : clause;
}

/** A passage's title: the article it is from, and the visit that article reports, if it reports one. */
export function passageTitle(passage: Pick<Passage, 'source'>, visitLabel: string | null): string {
	return visitLabel ? `From ${passage.source}, on the ${visitLabel}` : `From ${passage.source}`;
}

/** A figure's title: what was measured and its value. Entries use it without building the whole answer. */
export function figureTitle(figure: FigureRecord): string {
	return `${figure.label}: ${formatFigureValue(figure)}`;
}

/** How a proposal stands, as the source states it. */
const PROPOSAL_STATUS_PHRASES: Readonly<Record<ProposalRecord['status'], string>> = {
	proposed: 'proposed',
	agreed: 'agreed',
	'under-way': 'under way',
	done: 'carried out',
};

/** Joins parts into sentences, each ending in one full stop, skipping empty parts. */
function sentences(parts: readonly string[]): string {
	return parts
		.filter((part) => part !== '')
		.map((part) => (/[.!?”"]$/u.test(part) ? part : `${part}.`))
		.join(' ');
}

interface Links {
	documentsByPerson: ReadonlyMap<string, DocumentRecord[]>;
	documentsByOrganisation: ReadonlyMap<string, DocumentRecord[]>;
	proposalsByPerson: ReadonlyMap<string, ProposalRecord[]>;
	followUpsFrom: ReadonlyMap<string, FollowUpRecord[]>;
	followUpsTo: ReadonlyMap<string, FollowUpRecord[]>;
	titles: ReadonlyMap<string, string>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function buildLinks(dataset: Dataset): Links {
	const documentsByPerson = new Map<string, DocumentRecord[]>();
	const documentsByOrganisation = new Map<string, DocumentRecord[]>();
	for (const document of dataset.documents) {
		for (const party of document.parties) {
			if (party.person) push(documentsByPerson, party.person, document);
			if (party.organisation) push(documentsByOrganisation, party.organisation, document);
		}
	}
	const proposalsByPerson = new Map<string, ProposalRecord[]>();
	for (const proposal of dataset.proposals)
		for (const id of proposal.proposedBy.people) push(proposalsByPerson, id, proposal);
	const followUpsFrom = new Map<string, FollowUpRecord[]>();
	const followUpsTo = new Map<string, FollowUpRecord[]>();
	for (const followUp of dataset.followUps) {
		push(followUpsFrom, followUp.earlier, followUp);
		push(followUpsTo, followUp.later, followUp);
	}
	const titles = new Map<string, string>([
		...dataset.visits.map((visit) => [visit.id, visit.title] as const),
		...dataset.documents.map((document) => [document.id, document.title] as const),
		...dataset.proposals.map((proposal) => [proposal.id, proposal.title] as const),
		...dataset.events.map((event) => [event.id, event.title] as const),
		...dataset.figures.map((figure) => [figure.id, figure.label] as const),
		...dataset.awards.map((award) => [award.id, award.names[0] ?? award.id] as const),
	]);
	return { documentsByPerson, documentsByOrganisation, proposalsByPerson, followUpsFrom, followUpsTo, titles };
}
