/**
 * Writes an answer's prose: the engine's answers carry records and resolved names; this turns each into the title,
 * the text that answers directly, and the flat fields the embeds, the CLI's `--json` and the tests read. Counts and
 * document sets are written in `countProse.ts`. The phrases come from `phrases.ts`, dates and values from
 * `src/text/format.ts`, titles of records from `src/text/labels.ts`.
 */
import type {
	Answer,
	AwardAnswer,
	Citation,
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
} from '../engine/answer.js';
import {
	formatDate,
	formatDateRange,
	formatDateWithPreposition,
	formatFigureValue,
	humanise,
	visitLabel,
} from '../text/format.js';
import { awardLabel, discrepancyLabel, figureLabel, followUpLabel, passageLabel } from '../text/labels.js';
import { comparisonProse } from './comparisonProse.js';
import { countProse } from './countProse.js';
import { PROPOSAL_STATUS_PHRASES, QUALIFIER_PHRASES, SIGNING_PHRASES } from './phrases.js';

export type FieldValue = string | number | boolean | null | readonly string[];

/** An answer's prose. */
export interface AnswerProse {
	title: string;
	/** A short text that answers directly and stands on its own. */
	text: string;
	fields: Readonly<Record<string, FieldValue>>;
}

/**
 * An answer as the CLI's `--json` prints it, and as every renderer shows it: a stable format (see the README).
 * The keys are in this order.
 */
export interface RenderedAnswer extends AnswerProse {
	kind: Answer['kind'];
	id: string;
	citations: readonly Citation[];
}

/** Answers are built once and shown many times (a list, then its page buttons): write each one's prose once. */
const cache = new WeakMap<Answer, RenderedAnswer>();

/**
 * @param answer - an answer from the engine
 * @returns its kind, id, title, text, fields and citations
 * @example
 * renderAnswer(engine.get('doc-2021-border-regime')!).text; // 'Agreement between … : agreement, signed by the heads of state on 25 October 2021 in Ashgabat during the …'
 */
export function renderAnswer(answer: Answer): RenderedAnswer {
	let view = cache.get(answer);
	if (!view) {
		const prose = withAnniversary(answerProse(answer), answer.anniversaryYears);
		view = { kind: answer.kind, id: answer.id, ...prose, citations: answer.citations };
		cache.set(answer, view);
	}
	return view;
}

/** An answer from the engine, or one already rendered (read back from `--json`, or a test's fixture). */
export type ShownAnswer = Answer | RenderedAnswer;

/**
 * @param answer - an answer, rendered or not
 * @returns it rendered
 * @example
 * rendered(engine.get('doc-2021-border-regime')!).title === rendered(renderAnswer(engine.get('doc-2021-border-regime')!)).title; // true
 */
export function rendered(answer: ShownAnswer): RenderedAnswer {
	return 'title' in answer ? answer : renderAnswer(answer);
}

/**
 * @param answer - an answer, or undefined (an id that found none)
 * @returns its title, or undefined
 * @example
 * answerTitle(engine.get(last.factId)) ?? last.factId;
 */
export function answerTitle(answer: Answer | undefined): string | undefined {
	return answer ? renderAnswer(answer).title : undefined;
}

/**
 * @param answer - an answer from the engine
 * @returns its title, text and fields, without a fact's anniversary
 */
export function answerProse(answer: Answer): AnswerProse {
	switch (answer.kind) {
		case 'document':
			return documentProse(answer);
		case 'visit':
			return visitProse(answer);
		case 'figure':
			return figureProse(answer);
		case 'award':
			return awardProse(answer);
		case 'event':
			return eventProse(answer);
		case 'source':
			return sourceProse(answer);
		case 'discrepancy':
			return discrepancyProse(answer);
		case 'person':
			return personProse(answer);
		case 'organisation':
			return organisationProse(answer);
		case 'proposal':
			return proposalProse(answer);
		case 'follow-up':
			return followUpProse(answer);
		case 'passage':
			return passageProse(answer);
		case 'count':
			return countProse(answer);
		case 'comparison':
			return comparisonProse(answer);
	}
}

/** A fact on its anniversary says how long ago it was, in its title and its fields. */
function withAnniversary(prose: AnswerProse, years: number | undefined): AnswerProse {
	if (years === undefined) return prose;
	return {
		...prose,
		title: `${years} year${years === 1 ? '' : 's'} ago today: ${prose.title}`,
		fields: { ...prose.fields, anniversaryYears: years },
	};
}

function documentProse({ record: document, visit: visitRef }: DocumentAnswer): AnswerProse {
	const when = document.signedDate ? ` ${formatDateWithPreposition(document.signedDate)}` : '';
	const where = document.signedPlace ? ` in ${document.signedPlace}` : '';
	const visit = visitRef ? visitLabel(visitRef) : null;
	const context = document.visit ? ` during the ${visit}` : visit ? `; mentioned in connection with the ${visit}` : '';
	return {
		title: document.title,
		text: `${document.title}: ${humanise(document.kind)}, ${SIGNING_PHRASES[document.signing].document}${when}${where}${context}.${document.note ? ` Note: ${document.note}` : ''}`,
		fields: {
			kind: document.kind,
			date: document.signedDate?.iso ?? null,
			dateText: formatDate(document.signedDate),
			place: document.signedPlace,
			signing: document.signing,
			visit: document.visit,
			parties: document.parties.map((party) => party.body),
			countries: [...new Set(document.parties.flatMap((party) => (party.country ? [party.country] : [])))],
			sectors: document.sectors,
			aliases: document.aliases,
			listPosition: document.list ? `${document.list.name} #${document.list.position}` : null,
		},
	};
}

/**
 * A head of state at a meeting: their name, or who they were where the source leaves them unnamed.
 *
 * @example
 * leaderName(builder.visit(visit2022), 'host'); // 'the head of state of Kazakhstan (not named in the source)'
 */
export function leaderName(answer: VisitAnswer, side: 'host' | 'guest'): string {
	const name = side === 'host' ? answer.hostName : answer.guestName;
	return name ?? QUALIFIER_PHRASES.unnamedLeader(answer.record[side].country);
}

function visitProse(answer: VisitAnswer): AnswerProse {
	const visit = answer.record;
	const when = formatDateRange(visit.startDate, visit.endDate);
	const venue = visit.venue ? `, ${visit.venue}` : '';
	const host = leaderName(answer, 'host');
	const guest = leaderName(answer, 'guest');
	const listed = answer.documentsListed;
	const fields = {
		kind: visit.kind,
		date: visit.startDate.iso,
		endDate: visit.endDate?.iso ?? null,
		dateText: when,
		city: visit.city,
		country: visit.country,
		venue: visit.venue,
		host: `${host} (${visit.host.country})`,
		guest: `${guest} (${visit.guest.country})`,
		formats: visit.formats,
		topics: visit.topics,
		aliases: visit.aliases,
		sources: visit.sources,
	};
	const text = `${visit.title}: ${when}, ${visit.city}${venue} (${visit.country}). Host: ${host}, ${visit.host.role}; guest: ${guest}, ${visit.guest.role}. ${visit.summary}`;
	if (listed === undefined) return { title: visit.title, text, fields };
	// The timeline says how many documents each visit's lists name.
	return {
		title: visit.title,
		text: `${text}${listed > 0 ? ` Documents named as signed: ${listed}.` : ''}`,
		fields: { ...fields, documentsListed: listed },
	};
}

function figureProse({ record: figure, statedBy }: FigureAnswer): AnswerProse {
	const period = figure.period ? ` (${figure.period})` : '';
	const by = statedBy ? `, stated by ${statedBy}` : '';
	return {
		title: figureLabel(figure),
		text: `${figure.text} [${figure.label}: ${formatFigureValue(figure)}${period}${by}]`,
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
	};
}

function awardProse({ record: award, giverName, recipientName }: AwardAnswer): AnswerProse {
	const name = awardLabel(award.names);
	const otherNames = award.names.slice(1);
	const also = otherNames.length > 0 ? ` (also given as ${otherNames.join('; ')})` : '';
	const giver = giverName ? `${giverName} (${award.giver.country})` : award.giver.country;
	const recipient = `${recipientName} (${award.recipient.country})`;
	const reason = award.reason ? ` ${award.reason}` : '';
	return {
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
	};
}

function eventProse({ record: event, participantNames, visit }: EventAnswer): AnswerProse {
	return {
		title: event.title,
		text: `${event.title}${event.place ? ` (${event.place})` : ''}: ${event.description}`,
		fields: {
			kind: event.kind,
			place: event.place,
			participants: participantNames,
			visit: event.visit,
			visitTitle: visit ? visitLabel(visit) : null,
		},
	};
}

function sourceProse({ record: source }: SourceAnswer): AnswerProse {
	const published = source.published
		? `published ${formatDate(source.published)}`
		: QUALIFIER_PHRASES.noPublicationDate;
	return {
		title: source.title,
		// The outlet note says how the outlet was read, and where there is one, the issue: what a citation needs.
		text: `${source.id} — ${source.outlet ?? QUALIFIER_PHRASES.outletNotNamed}, ${published}. ${source.covers}${source.outletNote ? ` Outlet: ${source.outletNote}` : ''}`,
		fields: {
			outlet: source.outlet,
			outletNote: source.outletNote ?? null,
			published: source.published?.iso ?? null,
		},
	};
}

function discrepancyProse({ record: discrepancy }: DiscrepancyAnswer): AnswerProse {
	return {
		title: discrepancyLabel(discrepancy),
		text: `${discrepancy.summary} ${discrepancy.note}`,
		fields: {
			visit: discrepancy.visit,
			about: discrepancy.about,
			statements: discrepancy.statements.map((statement) => statement.says),
		},
	};
}

function personProse(answer: PersonAnswer): AnswerProse {
	const { record: person, meetings, awardsReceived, awardsGiven, documentsSigned, proposals, figuresStated } = answer;
	const roles = person.roles.map((role) => role.title);
	const parts = [
		`${person.name}: ${roles.join('; ')}`,
		meetings.length > 0 ? `Meetings: ${meetings.map(visitLabel).join('; ')}` : '',
		awardsReceived.length > 0
			? `Received: ${awardsReceived.map((award) => award.names[0] ?? award.id).join('; ')}`
			: '',
		awardsGiven.length > 0 ? `Gave: ${awardsGiven.map((award) => award.names[0] ?? award.id).join('; ')}` : '',
		documentsSigned.length > 0 ? `Signed: ${documentsSigned.map((document) => document.title).join('; ')}` : '',
		proposals.length > 0 ? `Proposed: ${proposals.map((proposal) => proposal.title).join('; ')}` : '',
		figuresStated.length > 0 ? `Figures stated: ${figuresStated.map(figureLabel).join('; ')}` : '',
		person.note ?? '',
	];
	return {
		title: person.name,
		text: sentences(parts),
		fields: {
			country: person.country,
			aliases: person.aliases,
			roles,
			meetings: meetings.map((visit) => visit.id),
			awardsReceived: awardsReceived.map((award) => award.id),
			awardsGiven: awardsGiven.map((award) => award.id),
			documentsSigned: documentsSigned.map((document) => document.id),
			proposals: proposals.map((proposal) => proposal.id),
			figuresStated: figuresStated.map((figure) => figure.id),
		},
	};
}

function organisationProse({ record: organisation, documents, proposals }: OrganisationAnswer): AnswerProse {
	const where = organisation.country ? ` (${organisation.country})` : '';
	const yearSuffix = (document: (typeof documents)[number]): string =>
		document.signedDate ? ` (${document.signedDate.iso.slice(0, 4)})` : '';
	const parts = [
		`${organisation.name}${where}, ${humanise(organisation.type)}`,
		organisation.aliases.length > 0 ? `Also written: ${organisation.aliases.join('; ')}` : '',
		documents.length > 0
			? `Signed ${documents.length === 1 ? 'one document' : `${documents.length} documents`}: ${documents.map((document) => `${document.title}${yearSuffix(document)}`).join('; ')}`
			: QUALIFIER_PHRASES.noPartyDocuments,
		proposals.length > 0 ? `Concerned by: ${proposals.map((proposal) => proposal.title).join('; ')}` : '',
		organisation.note ?? '',
		...organisation.mayBeSameAs.map((other) => other.note),
	];
	return {
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
	};
}

function proposalProse(answer: ProposalAnswer): AnswerProse {
	const { record: proposal, follows, followedBy } = answer;
	const by = answer.proposedBy.join(', ');
	const supported = answer.supportedBy.join(', ');
	const visit = answer.visit ? visitLabel(answer.visit) : null;
	const parts = [
		`${proposal.title}: ${PROPOSAL_STATUS_PHRASES[proposal.status]}${by ? `, put forward by ${by}` : ''}${visit ? `, at the ${visit}` : ''}`,
		proposal.description,
		supported ? `Supported by ${supported}` : '',
		proposal.note ?? '',
		...follows.map((followUp) => `It follows up: ${followUp.summary}`),
		...followedBy.map((followUp) => `What followed: ${followUp.summary}`),
	];
	return {
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
			follows: follows.map((followUp) => followUp.earlier),
			followedBy: followedBy.map((followUp) => followUp.later),
		},
	};
}

function followUpProse({ record: followUp, earlierTitle, laterTitle }: FollowUpAnswer): AnswerProse {
	return {
		title: followUpLabel(earlierTitle, laterTitle),
		text: sentences([followUp.summary, followUp.note ?? '']),
		fields: { earlier: followUp.earlier, later: followUp.later, discrepancy: followUp.discrepancy },
	};
}

function passageProse({ record: passage, visit }: PassageAnswer): AnswerProse {
	// Who is quoted, after the sentence: the clause (which the sentence that closes a quotation holds already) and the
	// leader it names by office.
	const clause = passage.speaker && passage.attribution ? ` — ${passage.speaker}` : '';
	const speaker = passage.speakerName ? `${clause} (${passage.speakerName})` : clause;
	return {
		title: passageLabel(passage.source, visit),
		text: `${passage.text}${speaker}`,
		fields: {
			source: passage.source,
			visit: passage.visit,
			speaker: passage.speaker,
			speakerName: passage.speakerName,
			speakerPerson: passage.speakerPerson,
		},
	};
}

/**
 * Joins parts into sentences, each ending in one full stop, skipping empty parts.
 *
 * @example
 * sentences(['Agreed', '', 'Done.']); // 'Agreed. Done.'
 */
export function sentences(parts: readonly string[]): string {
	return parts
		.filter((part) => part !== '')
		.map((part) => (/[.!?”"]$/u.test(part) ? part : `${part}.`))
		.join(' ');
}
