/**
 * Turns each record kind into its answer: the record, the names of the people, documents and visits it refers to,
 * and citations copied from its evidence. No prose: `src/render/answerProse.ts` writes the sentences.
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
import type {
	AwardAnswer,
	DiscrepancyAnswer,
	DocumentAnswer,
	EventAnswer,
	FigureAnswer,
	FollowUpAnswer,
	OrganisationAnswer,
	PassageAnswer,
	PersonAnswer,
	ProposalAnswer,
	SourceAnswer,
	VisitAnswer,
	VisitRef,
} from './answer.js';
import { personName, statedByName } from './names.js';
import type { Passage } from './passages.js';

/** Builds answers for records, resolving the visits and names each one refers to. */
export class AnswerBuilder {
	private readonly visitsById: ReadonlyMap<string, VisitRecord>;
	private readonly dataset: Dataset;
	private linked: Links | undefined;

	constructor(dataset: Dataset) {
		this.dataset = dataset;
		this.visitsById = new Map(dataset.visits.map((visit) => [visit.id, visit]));
	}

	/** The visit with this id, or null (for a null or unknown id). */
	visitRef(visitId: string | null): VisitRef | null {
		return visitId === null ? null : (this.visitsById.get(visitId) ?? null);
	}

	/**
	 * @example
	 * builder.document(dataset.documents[0]).visit?.city; // 'Ashgabat'
	 */
	document(document: DocumentRecord): DocumentAnswer {
		return {
			kind: 'document',
			id: document.id,
			record: document,
			visit: this.visitRef(document.visit ?? document.mentionedAt),
			citations: document.evidence,
		};
	}

	visit(visit: VisitRecord): VisitAnswer {
		return {
			kind: 'visit',
			id: visit.id,
			record: visit,
			hostName: visit.host.person === null ? null : personName(this.dataset, visit.host.person),
			guestName: visit.guest.person === null ? null : personName(this.dataset, visit.guest.person),
			citations: visit.evidence,
		};
	}

	figure(figure: FigureRecord): FigureAnswer {
		return {
			kind: 'figure',
			id: figure.id,
			record: figure,
			statedBy: statedByName(this.dataset, figure.statedBy),
			citations: figure.evidence,
		};
	}

	award(award: AwardRecord): AwardAnswer {
		return {
			kind: 'award',
			id: award.id,
			record: award,
			giverName: award.giver.person ? personName(this.dataset, award.giver.person) : null,
			recipientName: personName(this.dataset, award.recipient.person),
			citations: award.evidence,
		};
	}

	event(event: EventRecord): EventAnswer {
		return {
			kind: 'event',
			id: event.id,
			record: event,
			participantNames: event.participants.map((id) => personName(this.dataset, id)),
			visit: this.visitRef(event.visit),
			citations: event.evidence,
		};
	}

	source(source: SourceRecord): SourceAnswer {
		return { kind: 'source', id: source.id, record: source, citations: source.evidence };
	}

	discrepancy(discrepancy: DiscrepancyRecord): DiscrepancyAnswer {
		return {
			kind: 'discrepancy',
			id: discrepancy.id,
			record: discrepancy,
			citations: discrepancy.statements.flatMap((statement) => statement.evidence),
		};
	}

	/**
	 * A person: the meetings they attended as host or guest, awards, documents signed and proposals.
	 *
	 * @example
	 * builder.person(tokayev).meetings.map((visit) => visit.id); // ['visit-2021-ashgabat', 'visit-2025-ankara-hlscc', 'visit-2025-astana']
	 */
	person(person: PersonRecord): PersonAnswer {
		const links = this.links();
		const stated = this.dataset.figures.filter((figure) => figure.statedBy === person.id);
		return {
			kind: 'person',
			id: person.id,
			record: person,
			meetings: this.dataset.visits.filter(
				(visit) => visit.host.person === person.id || visit.guest.person === person.id,
			),
			awardsReceived: this.dataset.awards.filter((award) => award.recipient.person === person.id),
			awardsGiven: this.dataset.awards.filter((award) => award.giver.person === person.id),
			documentsSigned: links.documentsByPerson.get(person.id) ?? [],
			proposals: links.proposalsByPerson.get(person.id) ?? [],
			figuresStated: stated,
			citations: [
				...person.evidence,
				...person.roles.flatMap((role) => role.evidence),
				...stated.flatMap((figure) => figure.evidence.slice(0, 1)),
			],
		};
	}

	/**
	 * An organisation, the documents it signed and the proposals that concern it.
	 *
	 * @example
	 * builder.organisation(turkmentelecom).documents.map((document) => document.id); // ['doc-2021-cable-border-crossing', 'doc-2025-telecom-cable-crossing']
	 */
	organisation(organisation: OrganisationRecord): OrganisationAnswer {
		const documents = this.links().documentsByOrganisation.get(organisation.id) ?? [];
		return {
			kind: 'organisation',
			id: organisation.id,
			record: organisation,
			documents,
			proposals: this.dataset.proposals.filter((proposal) => proposal.organisations.includes(organisation.id)),
			citations: [...organisation.evidence, ...documents.flatMap((document) => document.evidence.slice(0, 1))],
		};
	}

	/**
	 * A proposal, who put it forward, and what followed it (or what it follows).
	 *
	 * @example
	 * builder.proposal(bridge).followedBy.map((followUp) => followUp.later); // ['prop-2025-garabogaz-bridge-commissioned', …]
	 */
	proposal(proposal: ProposalRecord): ProposalAnswer {
		const links = this.links();
		const follows = links.followUpsTo.get(proposal.id) ?? [];
		const followedBy = links.followUpsFrom.get(proposal.id) ?? [];
		return {
			kind: 'proposal',
			id: proposal.id,
			record: proposal,
			proposedBy: this.proposers(proposal.proposedBy),
			supportedBy: this.proposers(proposal.supportedBy),
			visit: this.visitRef(proposal.visit),
			follows,
			followedBy,
			citations: [
				...proposal.evidence,
				...follows.flatMap((followUp) => followUp.earlierEvidence),
				...followedBy.flatMap((followUp) => followUp.laterEvidence),
			],
		};
	}

	/** A follow-up: the earlier step and the later one, each side cited. */
	followUp(followUp: FollowUpRecord): FollowUpAnswer {
		return {
			kind: 'follow-up',
			id: followUp.id,
			record: followUp,
			earlierTitle: this.recordTitle(followUp.earlier),
			laterTitle: this.recordTitle(followUp.later),
			citations: [...followUp.earlierEvidence, ...followUp.laterEvidence],
		};
	}

	/** The title of any record a follow-up names. */
	recordTitle(id: string): string {
		const links = this.links();
		return links.titles.get(id) ?? id;
	}

	/** People's names, then the countries that no named person stands for. */
	private proposers(by: ProposalRecord['proposedBy']): string[] {
		const people = by.people.map((id) => personName(this.dataset, id));
		const countries = by.countries.filter(
			(country) => !by.people.some((id) => this.dataset.personById.get(id)?.country === country),
		);
		return [...people, ...countries];
	}

	/** Who signed, proposed and followed up what: worked out on the first answer that needs it. */
	private links(): Links {
		this.linked ??= buildLinks(this.dataset);
		return this.linked;
	}

	/**
	 * A sentence of a source, with the visit its article reports.
	 *
	 * @example
	 * builder.passage(passage).citations.length; // 2 when the speaker is named in a later sentence
	 */
	passage(passage: Passage): PassageAnswer {
		const citations = [{ source: passage.source, quote: passage.text }];
		if (passage.attribution) citations.push({ source: passage.source, quote: passage.attribution });
		return { kind: 'passage', id: passage.id, record: passage, visit: this.visitRef(passage.visit), citations };
	}
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
