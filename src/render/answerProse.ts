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
	capitalise,
	formatDate,
	formatDateRange,
	formatDateWithPreposition,
	humanise,
	joinSentences,
	listOf,
	visitLabel,
} from '../text/format.js';
import {
	awardAliases,
	awardLabel,
	discrepancyLabel,
	figureLabel,
	followUpLabel,
	passageLabel,
} from '../text/labels.js';
import { awardSetProse } from './awardSetProse.js';
import { meetingsProse } from './meetingsProse.js';
import { comparisonProse } from './comparisonProse.js';
import { figureSetProse } from './figureSetProse.js';
import { countProse } from './countProse.js';
import {
	ANSWER_KIND_WORDS,
	DOCUMENT_KIND_WORDS,
	PROPOSAL_MEETING_PHRASES,
	PROPOSAL_STATUS_PHRASES,
	QUALIFIER_PHRASES,
	signingPhrase,
} from './phrases.js';

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
		case 'figures':
			return figureSetProse(answer);
		case 'awards':
			return awardSetProse(answer);
		case 'meetings':
			return meetingsProse(answer, answerProse);
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
	const kind = DOCUMENT_KIND_WORDS[document.kind];
	const how = signingPhrase(document);
	const when = document.signedDate ? ` ${formatDateWithPreposition(document.signedDate)}` : '';
	const where = document.signedPlace ? ` in ${document.signedPlace}` : '';
	const visit = visitRef ? visitLabel(visitRef) : null;
	const context = document.visit ? ` during the ${visit}` : visit ? `; mentioned in connection with the ${visit}` : '';
	return {
		title: document.title,
		text: joinSentences([
			`${document.title}: ${kind}, ${how}${when}${where}${context}`,
			document.note ? `Note: ${document.note}` : '',
		]),
		fields: {
			kind: document.kind,
			kindText: kind,
			date: document.signedDate?.iso ?? null,
			dateText: formatDate(document.signedDate),
			place: document.signedPlace,
			signing: document.signing,
			signingText: how,
			visit: document.visit,
			parties: document.parties.map((party) => party.body),
			countries: [...new Set(document.parties.flatMap((party) => (party.country ? [party.country] : [])))],
			sectors: document.sectors,
			aliases: document.aliases,
			listPosition: document.list ? `${document.list.name} #${document.list.position}` : null,
		},
	};
}

/** Words a title leaves in lower case inside it. */
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'a', 'an', '–', '-']);

/**
 * An office as a sentence writes it after "the": a title ("President of Kazakhstan", each word capitalised but the
 * small ones) keeps its capitals, a description ("Head of state of Kazakhstan") opens in lower case.
 */
function officeInSentence(role: string): string {
	const words = role.split(/\s+/u).slice(1);
	const title = words.every((word) => FUNCTION_WORDS.has(word) || !/^\p{Ll}/u.test(word));
	return title ? role : `${role.charAt(0).toLowerCase()}${role.slice(1)}`;
}

/** The office of a leader the source does not name: their role, with their country where the role leaves it out. */
function unnamedOffice(leader: VisitAnswer['record']['host']): string {
	return leader.role.includes(leader.country) ? leader.role : `${leader.role} of ${leader.country}`;
}

/**
 * A head of state at a meeting as a sentence names them: their name, or their office where the source leaves them
 * unnamed.
 *
 * @example
 * leaderName(builder.visit(visit2022), 'host'); // 'the head of state of Kazakhstan (not named in the source)'
 */
export function leaderName(answer: VisitAnswer, side: 'host' | 'guest'): string {
	const name = side === 'host' ? answer.hostName : answer.guestName;
	return name ?? `the ${QUALIFIER_PHRASES.unnamedLeader(officeInSentence(unnamedOffice(answer.record[side])))}`;
}

/** A head of state as a field shows them: the name and country, or the office where the source names no one. */
function leaderField(answer: VisitAnswer, side: 'host' | 'guest'): string {
	const name = side === 'host' ? answer.hostName : answer.guestName;
	const leader = answer.record[side];
	return name ? `${name} (${leader.country})` : capitalise(QUALIFIER_PHRASES.unnamedLeader(unnamedOffice(leader)));
}

/** A leader in a visit's sentence: the name with the office the source gives, or the unnamed office alone. */
function leaderWithRole(answer: VisitAnswer, side: 'host' | 'guest'): string {
	const name = side === 'host' ? answer.hostName : answer.guestName;
	return name ? `${name}, ${answer.record[side].role}` : leaderName(answer, side);
}

function visitProse(answer: VisitAnswer): AnswerProse {
	const visit = answer.record;
	const when = formatDateRange(visit.startDate, visit.endDate);
	const venue = visit.venue ? `, ${visit.venue}` : '';
	const listed = answer.documentsListed;
	const fields = {
		kind: visit.kind,
		kindText: humanise(visit.kind),
		date: visit.startDate.iso,
		endDate: visit.endDate?.iso ?? null,
		dateText: when,
		city: visit.city,
		country: visit.country,
		venue: visit.venue,
		host: leaderField(answer, 'host'),
		guest: leaderField(answer, 'guest'),
		formats: visit.formats,
		topics: visit.topics,
		aliases: visit.aliases,
		sources: visit.sources,
	};
	const parts = [
		`${visit.title}: ${when}, ${visit.city}${venue} (${visit.country})`,
		`Host: ${leaderWithRole(answer, 'host')}; guest: ${leaderWithRole(answer, 'guest')}`,
		visit.summary,
	];
	if (listed === undefined) return { title: visit.title, text: joinSentences(parts), fields };
	// The timeline says how many documents each visit's lists name.
	return {
		title: visit.title,
		text: joinSentences([...parts, listed > 0 ? `Documents named in the source's lists: ${listed}` : '']),
		fields: { ...fields, documentsListed: listed },
	};
}

function figureProse({ record: figure, statedBy }: FigureAnswer): AnswerProse {
	// The figure's own sentence says it; its label, value, period and who stated it are the title and the fields.
	return {
		title: figureLabel(figure),
		text: joinSentences([figure.text]),
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
	const giver = giverName ? `${giverName} (${award.giver.country})` : award.giver.country;
	const recipient = `${recipientName} (${award.recipient.country})`;
	const when = award.date ? formatDateWithPreposition(award.date) : `(${formatDate(null)})`;
	return {
		title: name,
		text: joinSentences([
			`${recipient} received the ${name} from ${giver} ${when}`,
			award.description,
			award.reason ?? '',
		]),
		fields: {
			names: award.names,
			aliases: awardAliases(award.names),
			giver,
			recipient,
			date: award.date?.iso ?? null,
			dateText: formatDate(award.date),
			visit: award.visit,
		},
	};
}

/** Parentheses and what they hold, which a place ("… “Baky Shohrat” (Eternal Glory)") adds as a gloss. */
const GLOSS = /\s*\([^()]*\)/gu;

/**
 * The parts of an event's place that its title and description do not already name ("Astana" of "International …
 * Centre “Alem.AI”, Astana"), compared without their glosses and case.
 */
function unnamedPlace(place: string, named: string): string {
	const text = named.replace(GLOSS, '').toLowerCase();
	const parts = place.split(/,\s+(?![^()]*\))/u);
	return parts.filter((part) => !text.includes(part.replace(GLOSS, '').trim().toLowerCase())).join(', ');
}

function eventProse({ record: event, participantNames, visit }: EventAnswer): AnswerProse {
	const place = event.place ? unnamedPlace(event.place, `${event.title} ${event.description}`) : '';
	return {
		title: event.title,
		text: joinSentences([`${event.title}: ${event.description}`, place ? `Place: ${place}` : '']),
		fields: {
			kind: event.kind,
			place: event.place,
			date: event.date?.iso ?? null,
			dateText: event.date ? formatDate(event.date) : null,
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
		text: joinSentences([
			// The file stays in the fields (`--json`), for whoever opens the sources; the reader needs the outlet.
			`${source.outlet ?? QUALIFIER_PHRASES.outletNotNamed}, ${published}`,
			source.covers,
			source.outletNote ? `Outlet: ${source.outletNote}` : '',
		]),
		fields: {
			file: source.id,
			outlet: source.outlet,
			outletNote: source.outletNote ?? null,
			published: source.published?.iso ?? null,
		},
	};
}

function discrepancyProse({ record: discrepancy }: DiscrepancyAnswer): AnswerProse {
	return {
		title: discrepancyLabel(discrepancy),
		text: joinSentences([discrepancy.summary, discrepancy.note]),
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
		awardsReceived.length > 0 ? `Received: ${awardsReceived.map((award) => awardLabel(award.names)).join('; ')}` : '',
		awardsGiven.length > 0 ? `Gave: ${awardsGiven.map((award) => awardLabel(award.names)).join('; ')}` : '',
		documentsSigned.length > 0 ? `Signed: ${documentsSigned.map((document) => document.title).join('; ')}` : '',
		proposals.length > 0 ? `Proposed: ${proposals.map((proposal) => proposal.title).join('; ')}` : '',
		figuresStated.length > 0 ? `Figures stated: ${figuresStated.map(figureLabel).join('; ')}` : '',
		person.note ?? '',
	];
	return {
		title: person.name,
		text: joinSentences(parts),
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
	// Its other names are the "Also written" field, not the sentence; "party to" holds for a document signed or exchanged.
	const parts = [
		`${organisation.name}${where}, ${humanise(organisation.type)}`,
		documents.length > 0
			? `Party to ${documents.length === 1 ? 'one document' : `${documents.length} documents`}: ${documents.map((document) => `${document.title}${yearSuffix(document)}`).join('; ')}`
			: QUALIFIER_PHRASES.noPartyDocuments,
		proposals.length > 0 ? `Concerned by: ${proposals.map((proposal) => proposal.title).join('; ')}` : '',
		organisation.note ?? '',
		...organisation.mayBeSameAs.map((other) => other.note),
		// A body no record describes is known by the sentence that names it: that sentence is all the sources say.
		documents.length === 0 && proposals.length === 0 && !organisation.note && organisation.evidence[0]
			? `The sources name it in: “${organisation.evidence[0].quote}”`
			: '',
	];
	return {
		title: organisation.name,
		text: joinSentences(parts),
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
	const by = listOf(answer.proposedBy);
	const supported = listOf(answer.supportedBy);
	const visit = answer.visit ? visitLabel(answer.visit) : null;
	const status = PROPOSAL_STATUS_PHRASES[proposal.status];
	const meeting = visit ? `${PROPOSAL_MEETING_PHRASES[proposal.status]} the ${visit}` : '';
	// "Proposed by" says who put it forward; any other standing says who did after where it stands.
	const lead =
		proposal.status === 'proposed'
			? `${status}${by ? ` by ${by}` : ''}${meeting}`
			: `${status}${meeting}${by ? `${meeting ? ';' : ','} put forward by ${by}` : ''}`;
	const parts = [
		`${proposal.title}: ${lead}`,
		proposal.description,
		supported ? `Supported by ${supported}` : '',
		proposal.note ?? '',
		...follows.map((followUp) => `It follows up: ${followUp.summary}`),
		...followedBy.map((followUp) => `What followed: ${followUp.summary}`),
	];
	return {
		title: proposal.title,
		text: joinSentences(parts),
		fields: {
			kind: proposal.kind,
			documentKind: proposal.documentKind,
			status: proposal.status,
			statusText: status,
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
		text: joinSentences([followUp.summary, followUp.note ?? '']),
		fields: { earlier: followUp.earlier, later: followUp.later, discrepancy: followUp.discrepancy },
	};
}

function passageProse({ record: passage, visit }: PassageAnswer): AnswerProse {
	// Who is quoted, after the sentence: the clause (which the sentence that closes a quotation holds already) and the
	// leader it names by office.
	const clause = passage.speaker && passage.attribution ? ` — ${passage.speaker}` : '';
	const speaker = passage.speakerName ? `${clause} (${passage.speakerName})` : clause;
	return {
		title: passageLabel(visit),
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
 * What an answer is, as a list's row says it under the answer's title: its kind as a word, how a document came about
 * or where a proposal stands, and its date or period where it has one. Read from the rendered fields, so an answer
 * read back from `--json` gives the same row.
 *
 * @example
 * answerLine(renderAnswer(engine.get('doc-2021-joint-statement')!)); // 'Joint statement · signed by the heads of state · 25 October 2021'
 * answerLine(renderAnswer(engine.get('fig-2025-tr-trade-turnover-2024')!)); // 'Figure · 2024'
 */
export function answerLine(answer: ShownAnswer): string {
	const { kind, fields } = rendered(answer);
	const text = (key: string): string => {
		const value = fields[key];
		return typeof value === 'string' ? value : '';
	};
	const kindText = kind === 'document' || kind === 'visit' ? text('kindText') : '';
	const detail = kind === 'document' ? text('signingText') : kind === 'proposal' ? text('statusText') : '';
	const date = kind === 'figure' ? text('period') : text('dateText');
	return [capitalise(kindText || ANSWER_KIND_WORDS[kind]), detail, date].filter((part) => part !== '').join(' · ');
}
