/**
 * The dataset's record kinds, defined once with zod. The TypeScript types the
 * rest of the program uses are inferred from these schemas, so the data and the
 * code cannot drift apart.
 */
import { z } from 'zod';

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
	covers: Text,
	language: z.literal('en'),
	evidence: EvidenceList,
});

export const Leader = z.strictObject({
	country: Country,
	name: Text,
	role: Text,
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
});

/**
 * How the document came about, as the source says:
 * - `heads-of-state`: signed by the presidents themselves;
 * - `exchanged-in-presence`: exchanged by delegations in the presence of the heads of state;
 * - `sidelines`: signed on the sidelines of the visit;
 * - `signed-at-talks`: listed as signed at the talks, without saying by whom;
 * - `earlier`: signed before the visit and mentioned in the source;
 * - `proposed`: proposed or instructed to be prepared, not signed in the source.
 */
export const Signing = z.enum([
	'heads-of-state',
	'exchanged-in-presence',
	'sidelines',
	'signed-at-talks',
	'earlier',
	'proposed',
]);

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
	signedPlace: Text.nullable(),
	signing: Signing,
	sectors: z.array(Sector).min(1),
	/** Where the title stands in the source's list of signed documents: list name and 1-based position. */
	list: z.strictObject({ name: Text, position: z.number().int().positive() }).nullable(),
	note: Text.optional(),
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
	statedBy: Text.nullable(),
	visit: RecordId.nullable(),
	/** One self-contained sentence a researcher could quote. */
	text: Text,
	evidence: EvidenceList,
});

export const AwardRecord = z.strictObject({
	id: RecordId,
	/** Every name the sources give the award, the main one first. */
	names: z.array(Text).min(1),
	description: Text,
	giver: z.strictObject({ country: Country, person: Text.nullable() }),
	recipient: z.strictObject({ country: Country, person: Text }),
	visit: RecordId,
	date: PartialDate.nullable(),
	reason: Text.nullable(),
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
	'other',
]);

export const EventRecord = z.strictObject({
	id: RecordId,
	visit: RecordId,
	kind: EventKind,
	title: Text,
	place: Text.nullable(),
	participants: z.array(Text).min(1),
	description: Text,
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
});

/** One file under `data/records/`: everything the dataset holds about one meeting or source. */
export const RecordBundle = z.strictObject({
	visits: z.array(VisitRecord).default([]),
	documents: z.array(DocumentRecord).default([]),
	figures: z.array(FigureRecord).default([]),
	awards: z.array(AwardRecord).default([]),
	events: z.array(EventRecord).default([]),
	discrepancies: z.array(DiscrepancyRecord).default([]),
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
export type RecordBundle = z.infer<typeof RecordBundle>;
