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
	SourceRecord,
	VisitRecord,
} from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import type { Answer } from './answer.js';
import { formatDate, formatDateRange, formatFigureValue, humanise } from './format.js';
import type { Passage } from './passages.js';

const SIGNING_PHRASES: Readonly<Record<DocumentRecord['signing'], string>> = {
	'heads-of-state': 'signed by the heads of state',
	'exchanged-in-presence': 'exchanged in the presence of the heads of state',
	sidelines: 'signed on the sidelines of the visit',
	'signed-at-talks': 'signed at the talks',
	earlier: 'signed earlier',
	proposed: 'proposed, not yet signed',
};

/** Builds answers for records, resolving the visit each one belongs to. */
export class AnswerBuilder {
	private readonly visitsById: ReadonlyMap<string, VisitRecord>;

	constructor(dataset: Dataset) {
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
			text: `${visit.title}: ${when}, ${visit.city}${venue} (${visit.country}). Host: ${visit.host.name}, ${visit.host.role}; guest: ${visit.guest.name}, ${visit.guest.role}. ${visit.summary}`,
			fields: {
				kind: visit.kind,
				date: visit.startDate.iso,
				endDate: visit.endDate?.iso ?? null,
				dateText: when,
				city: visit.city,
				country: visit.country,
				venue: visit.venue,
				host: `${visit.host.name} (${visit.host.country})`,
				guest: `${visit.guest.name} (${visit.guest.country})`,
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
		const by = figure.statedBy ? `, stated by ${figure.statedBy}` : '';
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
				statedBy: figure.statedBy,
				visit: figure.visit,
			},
			citations: figure.evidence,
		};
	}

	award(award: AwardRecord): Answer {
		const [name = 'award', ...otherNames] = award.names;
		const also = otherNames.length > 0 ? ` (also given as ${otherNames.join('; ')})` : '';
		const giver = award.giver.person ? `${award.giver.person} (${award.giver.country})` : award.giver.country;
		const reason = award.reason ? ` ${award.reason}` : '';
		return {
			kind: 'award',
			id: award.id,
			title: name,
			text: `${award.recipient.person} (${award.recipient.country}) received the ${name}${also} from ${giver}, ${formatDate(award.date)}: ${award.description}.${reason}`,
			fields: {
				names: award.names,
				giver,
				recipient: `${award.recipient.person} (${award.recipient.country})`,
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
				participants: event.participants,
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
