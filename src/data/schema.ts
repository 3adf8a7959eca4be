/**
 * The dataset's record kinds, defined once with zod. The TypeScript types the
 * rest of the program uses are inferred from these schemas, so the data and the
 * code cannot drift apart.
 */
import * as z from 'zod';

/**
 * Text as the sources or the researchers wrote it. It is never empty, but that is checked by `validateDataset` in its
 * walk over every record, not here: a zod check on each string field (`.min(1)`) made zod a third slower, and at 100k
 * records its ~700k strings cost a tenth of the start-up.
 */
const Text = z.string();

/** Readable, stable ids: lower-case words joined by hyphens (`doc-2021-border-regime`). */
export const RecordId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** A source article's file name, as it stands in `data/sources/`. */
export const SourceFile = z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name from data/sources');

/** One verbatim quote from a source. A test proves the quote is in the file (whitespace-normalised). */
export const Evidence = z.strictObject({
	source: SourceFile,
	quote: z.string().trim().min(8, 'quote is too short to be checked'),
});
export const EvidenceList = z.array(Evidence).min(1, 'every record needs at least one { source, quote }');

export const Country = z.enum(['Kazakhstan', 'Turkmenistan', 'Türkiye', 'Iran', 'Afghanistan', 'China', 'Azerbaijan']);

export const DatePrecision = z.enum(['day', 'month', 'year']);

/**
 * A date exactly as precise as the source allows. `iso` is `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD` and must agree with `precision`. When a part of the date (usually
 * the year) is not written in the source but follows from context, `inferred`
 * says which part, why, and cites the sentences it rests on.
 */
export const PartialDate = z
	.strictObject({
		iso: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
		precision: DatePrecision,
		inferred: z
			.strictObject({
				part: z.enum(['year', 'month', 'day']),
				note: Text,
				evidence: EvidenceList,
			})
			.optional(),
	})
	// `check` rather than `superRefine`: it runs for every date at start-up, and superRefine builds a closure per call.
	.check((payload) => {
		const problem = partialDateProblem(payload.value.iso, payload.value.precision);
		if (problem) payload.issues.push({ code: 'custom', path: ['iso'], message: problem, input: payload.value });
	});

const ISO_LENGTH: Readonly<Record<z.infer<typeof DatePrecision>, number>> = { year: 4, month: 7, day: 10 };

/** Why an iso date (already shaped YYYY, YYYY-MM or YYYY-MM-DD) is wrong for its precision or the calendar, if it is. */
function partialDateProblem(iso: string, precision: z.infer<typeof DatePrecision>): string | undefined {
	if (iso.length !== ISO_LENGTH[precision]) return `"${iso}" does not match precision "${precision}"`;
	const year = Number(iso.slice(0, 4));
	const month = iso.length >= 7 ? Number(iso.slice(5, 7)) : 1;
	const day = iso.length === 10 ? Number(iso.slice(8, 10)) : 1;
	const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
	return valid ? undefined : `"${iso}" is not a real calendar date`;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export const SourceRecord = z.strictObject({
	id: SourceFile,
	/** The outlet as the text names it; null when the text does not name it. */
	outlet: Text.nullable(),
	/** How the outlet was read from the text (a sign-off, a footer, a "reported" line). */
	outletNote: Text.optional(),
	published: PartialDate.nullable(),
	title: Text,
	/** Where the article can be read, when it is known: citations link to it. */
	url: z.httpUrl().optional(),
	covers: Text,
	language: z.literal('en'),
	evidence: EvidenceList,
});

/**
 * A head of state at a meeting: the person by id (see `PersonRecord`), or null where the source leaves them unnamed,
 * with the office the source gives them there.
 */
export const Leader = z.strictObject({
	country: Country,
	person: RecordId.nullable(),
	role: Text,
});

/**
 * Notes are split by reader. `note` is for researchers and may be shown in replies; `curation` is for maintainers (why
 * an id, which sentence a date was inferred from, how a title was classified) and is never shown.
 */
const Notes = {
	note: Text.optional(),
	curation: Text.optional(),
};

/** A part of a record that the source does not state but that follows from another sentence, with that sentence. */
export const Inference = z.strictObject({
	note: Text,
	evidence: EvidenceList,
});

export const VisitKind = z.enum(['state-visit', 'official-visit', 'council-meeting', 'summit']);
export const TalkFormat = z.enum(['narrow', 'expanded']);

export const VisitRecord = z.strictObject({
	id: RecordId,
	title: Text,
	kind: VisitKind,
	/** Short names researchers use for the meeting ("fifth High-Level Strategic Cooperation Council"). */
	aliases: z.array(Text).default([]),
	startDate: PartialDate,
	endDate: PartialDate.optional(),
	city: Text,
	country: Country,
	venue: Text.nullable(),
	host: Leader,
	guest: Leader,
	formats: z.array(TalkFormat),
	topics: z.array(Text).min(1),
	summary: Text,
	sources: z.array(SourceFile).min(1),
	evidence: EvidenceList,
});

export const Sector = z.enum([
	'political',
	'border',
	'defence',
	'emergencies',
	'customs',
	'trade',
	'investment',
	'industry',
	'energy',
	'transport',
	'telecom',
	'information',
	'media',
	'environment',
	'agriculture',
	'veterinary',
	'statistics',
	'culture',
	'humanitarian',
	'sport',
	'tourism',
	'education',
	'science',
	'public-administration',
	'social',
	'labour',
	'migration',
	'legal',
	'health',
	'interregional',
	'security',
]);

export const DocumentKind = z.enum([
	'joint-statement',
	'joint-declaration',
	'treaty',
	'agreement',
	'agreement-of-intent',
	'memorandum',
	'memorandum-of-understanding',
	'memorandum-of-intent',
	'memorandum-of-cooperation',
	'plan',
	'un-resolution',
	'declaration',
]);

export const PartyType = z.enum([
	'head-of-state',
	'state',
	'government',
	'ministry',
	'agency',
	'committee',
	'company',
	'university',
	'academy',
	'institute',
	'museum',
	'regional-authority',
	'media',
	'international-organisation',
	'other',
]);

export const Party = z.strictObject({
	country: Country.nullable(),
	/** The body exactly as the title names it ("Ministry of Health and Medical Industry of Turkmenistan"). */
	body: Text,
	type: PartyType,
	/** The body as an organisation record; null for a state, a head of state or a party the title does not name. */
	organisation: RecordId.nullable().default(null),
	/** The head of state who signed, for `head-of-state` parties. */
	person: RecordId.nullable().default(null),
	/** Set when the title does not name this party and it is inferred from another sentence. */
	inferred: Inference.optional(),
});

/**
 * How the document came about, as the source says:
 * - `heads-of-state`: signed by the presidents themselves;
 * - `exchanged-in-presence`: exchanged by delegations in the presence of the heads of state;
 * - `sidelines`: signed on the sidelines of the visit;
 * - `signed-at-talks`: listed as signed at the talks, without saying by whom;
 * - `earlier`: signed (or, for UN texts, adopted) before the visit and mentioned in the source.
 *
 * A document proposed but not signed is a `ProposalRecord` of kind `document`, not a document.
 */
export const Signing = z.enum(['heads-of-state', 'exchanged-in-presence', 'sidelines', 'signed-at-talks', 'earlier']);

export const DocumentRecord = z.strictObject({
	id: RecordId,
	/** The exact title as written in the source list (or sentence, for documents outside a list). */
	title: Text,
	/** Other names the sources use for the same document. */
	aliases: z.array(Text).default([]),
	kind: DocumentKind,
	parties: z.array(Party),
	/** The visit it was signed at, or null for documents signed elsewhere or earlier. */
	visit: RecordId.nullable(),
	/** The visit whose source mentions it, for documents that are not part of a visit's package. */
	mentionedAt: RecordId.nullable().default(null),
	signedDate: PartialDate.nullable(),
	/** Where it was signed, as the source states it; null where the source does not say. */
	signedPlace: Text.nullable(),
	signing: Signing,
	sectors: z.array(Sector).min(1),
	/** Where the title stands in the source's list of signed documents: list name and 1-based position. */
	list: z.strictObject({ name: Text, position: z.number().int().positive() }).nullable(),
	...Notes,
	evidence: EvidenceList,
});

export const FigureMetric = z.enum([
	'trade-turnover',
	'trade-turnover-target',
	'trade-growth',
	'investment',
	'companies',
	'project-value',
	'project-count',
	'export-offer',
	'export-share',
	'freight-volume',
	'freight-growth',
	'transit-share',
	'visa-free-days',
	'anniversary',
	'documents-signed',
	'agreements-in-force',
	'schools',
	'other',
]);

export const FigureRecord = z.strictObject({
	id: RecordId,
	metric: FigureMetric,
	/** What is measured, in a researcher's words ("Kazakhstan–Turkmenistan mutual trade turnover"). */
	label: Text,
	value: z.number().finite(),
	/** USD, percent, times, tons, companies, documents, days, years, categories, projects, … */
	unit: Text,
	/** The value as the source writes it ("half a billion dollars"); must stand in one of the quotes. */
	valueText: Text,
	/** The qualifier as stated ("more than", "approximately", "exceeded"), or null when the value is stated flatly. */
	qualifier: Text.nullable(),
	/** The period the figure refers to, as precise as the source allows ("2024", "first ten months of 2025"). */
	period: Text.nullable(),
	countries: z.array(Country).min(1),
	/** Who stated it: a person or a document (a joint statement) by id; one of the quotes must name them. */
	statedBy: RecordId.nullable(),
	visit: RecordId.nullable(),
	/** One self-contained sentence a researcher could quote. */
	text: Text,
	...Notes,
	evidence: EvidenceList,
});

export const AwardRecord = z.strictObject({
	id: RecordId,
	/** Every name the sources give the award, the main one first. */
	names: z.array(Text).min(1),
	description: Text,
	/** People by id; the giver's person is null where the source names only the country. */
	giver: z.strictObject({ country: Country, person: RecordId.nullable() }),
	recipient: z.strictObject({ country: Country, person: RecordId }),
	visit: RecordId,
	date: PartialDate.nullable(),
	reason: Text.nullable(),
	...Notes,
	evidence: EvidenceList,
});

export const EventKind = z.enum([
	'wreath-laying',
	'flower-laying',
	'tree-planting',
	'site-visit',
	'museum-visit',
	'press-conference',
	'award-ceremony',
	'media-address',
	'departure',
	'meeting',
	'festival',
	'monument-opening',
	'un-observance',
	'other',
]);

/**
 * When an event took place relative to the visit whose source reports it: `during` the visit, or `earlier` and
 * recalled there (the Avaza consultative meeting recalled in Ashgabat, the Days of Culture recalled in Astana).
 */
export const EventTiming = z.enum(['during', 'earlier']);

export const EventRecord = z.strictObject({
	id: RecordId,
	visit: RecordId,
	kind: EventKind,
	timing: EventTiming.default('during'),
	title: Text,
	/** As the source states it; null where it does not. */
	place: Text.nullable(),
	date: PartialDate.nullable().default(null),
	/** The people the source names as taking part, by id. */
	participants: z.array(RecordId),
	/** Who took part, where the source names a group rather than people ("the leaders of the countries of the region"). */
	participantsText: Text.optional(),
	description: Text,
	...Notes,
	evidence: EvidenceList,
});

export const DiscrepancyRecord = z.strictObject({
	id: RecordId,
	visit: RecordId.nullable(),
	/** Records the discrepancy concerns. */
	about: z.array(RecordId).min(1),
	summary: Text,
	/** What each side says, each with its own evidence. */
	statements: z.array(z.strictObject({ says: Text, evidence: EvidenceList })).min(2),
	note: Text,
	curation: Text.optional(),
});

/** One role a person holds as a source states it ("President of Turkmenistan", "poet"). */
export const PersonRole = z.strictObject({
	title: Text,
	country: Country.nullable(),
	/** The visits at which the sources give this role; empty for a role stated outside any visit. */
	visits: z.array(RecordId),
	evidence: EvidenceList,
});

/** A person the sources name, with every spelling the sources and researchers use. */
export const PersonRecord = z.strictObject({
	id: RecordId,
	/** The spelling the dataset writes. */
	name: Text,
	/** Other spellings and names ("Kassym-Zhomart Tokayev", "Tokaev", "Elbasy"). */
	aliases: z.array(Text).default([]),
	country: Country.nullable(),
	roles: z.array(PersonRole).min(1),
	...Notes,
	evidence: EvidenceList,
});

export const OrganisationType = z.enum([
	'government',
	'ministry',
	'agency',
	'committee',
	'company',
	'university',
	'academy',
	'institute',
	'museum',
	'regional-authority',
	'media',
	'international-organisation',
	'intergovernmental-body',
	'foundation',
	'other',
]);

/** A ministry, agency, company, university, akimat or international body. */
export const OrganisationRecord = z.strictObject({
	id: RecordId,
	name: Text,
	/** Other names and spellings the sources use for the same body. */
	aliases: z.array(Text).default([]),
	country: Country.nullable(),
	type: OrganisationType,
	/** The body it is part of (the Agency of Transport and Communications, for Turkmendemiryollary). */
	partOf: RecordId.nullable().default(null),
	/** Records that may be the same body although no source links them, each with why. */
	mayBeSameAs: z.array(z.strictObject({ id: RecordId, note: Text })).default([]),
	...Notes,
	evidence: EvidenceList,
});

export const PlaceKind = z.enum(['country', 'city', 'region', 'bay', 'sea', 'port', 'resort', 'site']);

/** A country, city, region or landmark, with the other names researchers use ("Nur-Sultan", "Ashkhabad"). */
export const PlaceRecord = z.strictObject({
	id: RecordId,
	name: Text,
	aliases: z.array(Text).default([]),
	kind: PlaceKind,
	/** The country it is in (for a country, itself). */
	country: Country.nullable(),
	...Notes,
	evidence: EvidenceList,
});

/**
 * Where a proposal stands as its source states it:
 * - `proposed`: put forward by one side (or supported by the other) without a decision;
 * - `agreed`: the parties agreed or decided to do it, or to consider it;
 * - `under-way`: the source says work on it is in progress;
 * - `done`: the source says it was carried out.
 */
export const ProposalStatus = z.enum(['proposed', 'agreed', 'under-way', 'done']);

export const ProposalKind = z.enum(['initiative', 'project', 'event', 'document', 'invitation', 'decision']);

const Proposers = z.strictObject({ people: z.array(RecordId), countries: z.array(Country) });

/**
 * What a leader or a country proposed, or the parties agreed to do or consider, at one meeting. Documents proposed but
 * not signed are proposals of kind `document`, with the kind of document in `documentKind`.
 */
export const ProposalRecord = z.strictObject({
	id: RecordId,
	title: Text,
	aliases: z.array(Text).default([]),
	kind: ProposalKind,
	/** For `document` proposals, the kind of document proposed. */
	documentKind: DocumentKind.nullable().default(null),
	/** Who put it forward, as the source names them; both lists empty where it names nobody. */
	proposedBy: Proposers,
	/** Who else supported or welcomed it, where the source says so. */
	supportedBy: Proposers.default({ people: [], countries: [] }),
	/** Organisations it concerns (CARICC, a university), by id. */
	organisations: z.array(RecordId).default([]),
	/** The meeting whose source reports it. */
	visit: RecordId.nullable(),
	status: ProposalStatus,
	sectors: z.array(Sector).min(1),
	description: Text,
	...Notes,
	evidence: EvidenceList,
});

/**
 * A later step that follows up an earlier record: a proposal carried out, an invitation answered by a visit, a
 * document renewed. Each side has its own evidence.
 */
export const FollowUpRecord = z.strictObject({
	id: RecordId,
	/** The earlier record (a proposal, a document, an event). */
	earlier: RecordId,
	/** The later record that follows it up (a proposal, a document, an event, a visit). */
	later: RecordId,
	/** What became of the earlier step, in one sentence. */
	summary: Text,
	/** A discrepancy between the two sides, where there is one. */
	discrepancy: RecordId.nullable().default(null),
	...Notes,
	earlierEvidence: EvidenceList,
	laterEvidence: EvidenceList,
});

/** One file under `data/records/`: everything the dataset holds about one meeting or source. */
export const RecordBundle = z.strictObject({
	visits: z.array(VisitRecord).default([]),
	documents: z.array(DocumentRecord).default([]),
	figures: z.array(FigureRecord).default([]),
	awards: z.array(AwardRecord).default([]),
	events: z.array(EventRecord).default([]),
	discrepancies: z.array(DiscrepancyRecord).default([]),
	people: z.array(PersonRecord).default([]),
	organisations: z.array(OrganisationRecord).default([]),
	places: z.array(PlaceRecord).default([]),
	proposals: z.array(ProposalRecord).default([]),
	followUps: z.array(FollowUpRecord).default([]),
});

export const SourceCatalogue = z.array(SourceRecord).min(1);

export type Evidence = z.infer<typeof Evidence>;
export type Country = z.infer<typeof Country>;
export type PartialDate = z.infer<typeof PartialDate>;
export type SourceRecord = z.infer<typeof SourceRecord>;
export type Leader = z.infer<typeof Leader>;
export type VisitRecord = z.infer<typeof VisitRecord>;
export type Sector = z.infer<typeof Sector>;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type Party = z.infer<typeof Party>;
export type Signing = z.infer<typeof Signing>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;
export type FigureMetric = z.infer<typeof FigureMetric>;
export type FigureRecord = z.infer<typeof FigureRecord>;
export type AwardRecord = z.infer<typeof AwardRecord>;
export type EventRecord = z.infer<typeof EventRecord>;
export type DiscrepancyRecord = z.infer<typeof DiscrepancyRecord>;
export type PersonRecord = z.infer<typeof PersonRecord>;
export type OrganisationRecord = z.infer<typeof OrganisationRecord>;
export type PlaceRecord = z.infer<typeof PlaceRecord>;
export type ProposalRecord = z.infer<typeof ProposalRecord>;
export type ProposalStatus = z.infer<typeof ProposalStatus>;
export type FollowUpRecord = z.infer<typeof FollowUpRecord>;
export type EventTiming = z.infer<typeof EventTiming>;
export type RecordBundle = z.infer<typeof RecordBundle>;
