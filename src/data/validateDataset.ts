/**
 * Turns the raw files of the dataset into typed, cross-checked records.
 * Pure: the caller reads the files; this module only judges them, so tests can
 * feed it broken fixtures without touching the disk.
 */
import type { z } from 'zod';
import { type DatasetProblem, DatasetError } from './DatasetError.js';
import { normaliseWhitespace } from './normaliseWhitespace.js';
import {
	type AwardRecord,
	type DiscrepancyRecord,
	type DocumentRecord,
	type EventRecord,
	type FigureRecord,
	type FollowUpRecord,
	type OrganisationRecord,
	type PersonRecord,
	type PlaceRecord,
	type ProposalRecord,
	type SourceRecord,
	type VisitRecord,
	Country,
	RecordBundle,
	SourceCatalogue,
} from './schema.js';

/** One parsed JSON file, with its path relative to the data directory for error messages. */
export interface RawFile {
	file: string;
	json: unknown;
}

export interface RawDataset {
	/** Parsed `sources.json`. */
	catalogue: RawFile;
	/** Every record bundle, iterated once (the loader reads each file only when its turn comes). */
	bundles: Iterable<RawFile>;
	/** The text of every source article, by file name. */
	sourceTexts: ReadonlyMap<string, string>;
}

export interface Dataset {
	sources: SourceRecord[];
	sourceTexts: ReadonlyMap<string, string>;
	visits: VisitRecord[];
	documents: DocumentRecord[];
	figures: FigureRecord[];
	awards: AwardRecord[];
	events: EventRecord[];
	discrepancies: DiscrepancyRecord[];
	people: PersonRecord[];
	organisations: OrganisationRecord[];
	places: PlaceRecord[];
	proposals: ProposalRecord[];
	followUps: FollowUpRecord[];
	/** People by id: records name people by id, and answers need their names. */
	personById: ReadonlyMap<string, PersonRecord>;
	/** Which file each record came from, for error messages and `data:check`. */
	fileOf: ReadonlyMap<string, string>;
}

export const RECORD_KINDS = [
	'visits',
	'documents',
	'figures',
	'awards',
	'events',
	'discrepancies',
	'people',
	'organisations',
	'places',
	'proposals',
	'followUps',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * Validates every file, then checks what no single schema can: unique ids,
 * references that resolve, and quotes that really stand in their sources.
 *
 * @param raw - the parsed files and the source texts
 * @returns the typed dataset
 * @throws DatasetError listing every problem with its file, record and field
 * @example
 * const dataset = validateDataset({ catalogue, bundles, sourceTexts });
 * dataset.documents.length; // 45
 */
export function validateDataset(raw: RawDataset): Dataset {
	const problems: DatasetProblem[] = [];
	// Ids of records in files that failed their schema: those records are left out, but references to them are not
	// reported as references to nothing (the file's own problems say what is wrong).
	const unvalidatedIds = new Set<string>();
	const sources = parseWithProblems(SourceCatalogue, raw.catalogue, problems, { jitless: true });
	if (!sources) addRawIds(raw.catalogue.json, unvalidatedIds);
	const dataset: Dataset = {
		sources: sources ?? [],
		sourceTexts: raw.sourceTexts,
		visits: [],
		documents: [],
		figures: [],
		awards: [],
		events: [],
		discrepancies: [],
		people: [],
		organisations: [],
		places: [],
		proposals: [],
		followUps: [],
		personById: new Map(),
		fileOf: new Map(),
	};
	const fileOf = new Map<string, string>();
	for (const source of dataset.sources) fileOf.set(source.id, raw.catalogue.file);

	let validatedRecords = 0;
	for (const bundleFile of raw.bundles) {
		const bundle = parseWithProblems(RecordBundle, bundleFile, problems, {
			jitless: validatedRecords < JIT_AFTER_RECORDS,
		});
		if (!bundle) {
			for (const kind of RECORD_KINDS)
				addRawIds(isObject(bundleFile.json) ? bundleFile.json[kind] : undefined, unvalidatedIds);
			continue;
		}
		for (const kind of RECORD_KINDS) {
			validatedRecords += bundle[kind].length;
			// A duplicate is reported once here and kept out of the cross-checks, whose
			// problems would otherwise be attributed to the first record's file.
			const unique = (bundle[kind] as { id: string }[]).filter((record) => {
				const previous = fileOf.get(record.id);
				if (previous !== undefined) {
					problems.push({
						file: bundleFile.file,
						record: `"${record.id}"`,
						field: 'id',
						message: `duplicate id, already used in ${previous}`,
					});
					return false;
				}
				fileOf.set(record.id, bundleFile.file);
				return true;
			});
			// Each kind's array has its own element type; pushing through the union is safe here.
			(dataset[kind] as unknown[]).push(...unique);
		}
	}
	dataset.fileOf = fileOf;
	dataset.personById = new Map(dataset.people.map((person) => [person.id, person]));

	checkSourceCatalogue(dataset, raw, problems);
	checkReferences(dataset, problems, unvalidatedIds);
	checkLinks(dataset, problems, unvalidatedIds);
	checkRecords(dataset, problems);
	checkFigureValues(dataset, problems);

	if (problems.length > 0) throw new DatasetError(problems);
	return dataset;
}

/**
 * How many records are validated before zod compiles its validators. Compiling one (`new Function`, then V8 optimising
 * it) costs about as much as interpreting the schema for a few thousand records: a dataset the size of ours would pay
 * the compilation at every start-up and never earn it back (a fifth of the real dataset's start-up), while at 100k
 * records the compiled validators save a tenth of it.
 */
const JIT_AFTER_RECORDS = 2_000;

function parseWithProblems<T>(
	schema: z.ZodType<T>,
	input: RawFile,
	problems: DatasetProblem[],
	options: { jitless: boolean },
): T | undefined {
	const result = schema.safeParse(input.json, options);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		problems.push({ file: input.file, ...locateIssue(input.json, issue.path), message: issue.message });
	}
	return undefined;
}

/** Splits a zod issue path like `documents.3.parties.0.country` into the record (by id) and the field. */
function locateIssue(json: unknown, path: readonly PropertyKey[]): { record: string; field: string } {
	const recordDepth = Array.isArray(json) ? 1 : 2;
	const recordPath = path.slice(0, recordDepth);
	const field = path.slice(recordDepth).map(String).join('.') || '(whole record)';
	let node: unknown = json;
	for (const key of recordPath) node = isObject(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
	const id = isObject(node) && typeof node['id'] === 'string' && node['id'] !== '' ? node['id'] : undefined;
	const position = recordPath.map(String).join('[') + (recordPath.length > 1 ? ']' : '');
	return { record: id ? `"${id}"` : position ? `at ${position}` : '(file)', field };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function problemFor(dataset: Dataset, id: string, field: string, message: string): DatasetProblem {
	return { file: dataset.fileOf.get(id) ?? '(unknown file)', record: `"${id}"`, field, message };
}

function checkSourceCatalogue(dataset: Dataset, raw: RawDataset, problems: DatasetProblem[]): void {
	for (const source of dataset.sources) {
		if (!raw.sourceTexts.has(source.id)) {
			problems.push(problemFor(dataset, source.id, 'id', `no article named ${source.id} in data/sources`));
		}
	}
	const catalogued = new Set(dataset.sources.map((source) => source.id));
	for (const file of raw.sourceTexts.keys()) {
		if (!catalogued.has(file)) {
			problems.push({
				file: raw.catalogue.file,
				record: `"${file}"`,
				field: 'id',
				message: 'article in data/sources has no entry in the catalogue',
			});
		}
	}
}

/** Adds the string ids of the records in a raw JSON array (of a file that failed its schema) to `ids`. */
function addRawIds(records: unknown, ids: Set<string>): void {
	if (!Array.isArray(records)) return;
	for (const record of records) if (isObject(record) && typeof record['id'] === 'string') ids.add(record['id']);
}

function checkReferences(dataset: Dataset, problems: DatasetProblem[], unvalidatedIds: ReadonlySet<string>): void {
	const visitIds = new Set(dataset.visits.map((visit) => visit.id));
	const sourceIds = new Set(dataset.sources.map((source) => source.id));
	const requireVisit = (id: string, field: string, visit: string | null): void => {
		if (visit !== null && !visitIds.has(visit) && !unvalidatedIds.has(visit)) {
			problems.push(problemFor(dataset, id, field, `refers to visit "${visit}", which does not exist`));
		}
	};
	for (const visit of dataset.visits) {
		visit.sources.forEach((source, index) => {
			if (!sourceIds.has(source) && !unvalidatedIds.has(source)) {
				problems.push(
					problemFor(dataset, visit.id, `sources.${index}`, `refers to source "${source}", which does not exist`),
				);
			}
		});
	}
	for (const document of dataset.documents) {
		requireVisit(document.id, 'visit', document.visit);
		requireVisit(document.id, 'mentionedAt', document.mentionedAt);
	}
	for (const figure of dataset.figures) requireVisit(figure.id, 'visit', figure.visit);
	for (const award of dataset.awards) requireVisit(award.id, 'visit', award.visit);
	for (const event of dataset.events) requireVisit(event.id, 'visit', event.visit);
	for (const discrepancy of dataset.discrepancies) {
		requireVisit(discrepancy.id, 'visit', discrepancy.visit);
		discrepancy.about.forEach((id, index) => {
			if (!dataset.fileOf.has(id) && !unvalidatedIds.has(id)) {
				problems.push(
					problemFor(dataset, discrepancy.id, `about.${index}`, `refers to record "${id}", which does not exist`),
				);
			}
		});
	}
}

/**
 * Checks the links between records that name people, organisations, proposals and follow-ups by id: each must name a
 * record of the right kind, a head of state who signed is a person, and a figure's speaker is named in its quotes.
 */
function checkLinks(dataset: Dataset, problems: DatasetProblem[], unvalidatedIds: ReadonlySet<string>): void {
	const idsOf = (records: readonly { id: string }[]): ReadonlySet<string> =>
		new Set(records.map((record) => record.id));
	const kinds = {
		person: idsOf(dataset.people),
		organisation: idsOf(dataset.organisations),
		visit: idsOf(dataset.visits),
		discrepancy: idsOf(dataset.discrepancies),
		'person or document': new Set([...idsOf(dataset.people), ...idsOf(dataset.documents)]),
		record: new Set(dataset.fileOf.keys()),
	};
	const require = (id: string, field: string, kind: keyof typeof kinds, target: string | null): void => {
		if (target === null || kinds[kind].has(target) || unvalidatedIds.has(target)) return;
		problems.push(problemFor(dataset, id, field, `refers to ${kind} "${target}", which does not exist`));
	};
	const requireAll = (id: string, field: string, kind: keyof typeof kinds, targets: readonly string[]): void => {
		targets.forEach((target, index) => require(id, `${field}.${index}`, kind, target));
	};
	for (const visit of dataset.visits) {
		require(visit.id, 'host.person', 'person', visit.host.person);
		require(visit.id, 'guest.person', 'person', visit.guest.person);
	}
	for (const document of dataset.documents) {
		document.parties.forEach((party, index) => {
			require(document.id, `parties.${index}.organisation`, 'organisation', party.organisation);
			require(document.id, `parties.${index}.person`, 'person', party.person);
			if (party.type === 'head-of-state' && party.person === null) {
				problems.push(
					problemFor(dataset, document.id, `parties.${index}.person`, 'a head of state must name a person'),
				);
			}
		});
	}
	for (const figure of dataset.figures) {
		require(figure.id, 'statedBy', 'person or document', figure.statedBy);
		const speaker = figure.statedBy === null ? undefined : dataset.personById.get(figure.statedBy);
		if (speaker && !figure.evidence.some((evidence) => namesPerson(evidence.quote, speaker))) {
			problems.push(problemFor(dataset, figure.id, 'statedBy', `no quote names "${speaker.name}"`));
		}
	}
	for (const award of dataset.awards) {
		require(award.id, 'giver.person', 'person', award.giver.person);
		require(award.id, 'recipient.person', 'person', award.recipient.person);
	}
	for (const event of dataset.events) requireAll(event.id, 'participants', 'person', event.participants);
	for (const person of dataset.people) {
		person.roles.forEach((role, index) => requireAll(person.id, `roles.${index}.visits`, 'visit', role.visits));
	}
	for (const organisation of dataset.organisations) {
		require(organisation.id, 'partOf', 'organisation', organisation.partOf);
		organisation.mayBeSameAs.forEach((other, index) =>
			require(organisation.id, `mayBeSameAs.${index}.id`, 'organisation', other.id),
		);
	}
	for (const proposal of dataset.proposals) {
		requireAll(proposal.id, 'proposedBy.people', 'person', proposal.proposedBy.people);
		requireAll(proposal.id, 'supportedBy.people', 'person', proposal.supportedBy.people);
		requireAll(proposal.id, 'organisations', 'organisation', proposal.organisations);
		require(proposal.id, 'visit', 'visit', proposal.visit);
		if ((proposal.kind === 'document') !== (proposal.documentKind !== null)) {
			problems.push(
				problemFor(dataset, proposal.id, 'documentKind', 'a document proposal, and only one, names its documentKind'),
			);
		}
	}
	for (const followUp of dataset.followUps) {
		require(followUp.id, 'earlier', 'record', followUp.earlier);
		require(followUp.id, 'later', 'record', followUp.later);
		require(followUp.id, 'discrepancy', 'discrepancy', followUp.discrepancy);
		if (followUp.earlier === followUp.later) {
			problems.push(problemFor(dataset, followUp.id, 'later', 'a record cannot follow up itself'));
		}
	}
	const countries = new Set<string>(Country.options);
	for (const place of dataset.places) {
		if (place.kind === 'country' && (!countries.has(place.name) || place.country !== place.name)) {
			problems.push(
				problemFor(dataset, place.id, 'name', "a country must be one of the schema's countries, in itself"),
			);
		}
	}
}

/** Whether a quote names the person: by their name, an alias, the last word of either (a surname), or a role. */
function namesPerson(quote: string, person: PersonRecord): boolean {
	const folded = normaliseWhitespace(quote).toLowerCase();
	if (person.roles.some((role) => folded.includes(role.title.toLowerCase()))) return true;
	return [person.name, ...person.aliases].some((name) => {
		const lower = name.toLowerCase();
		return folded.includes(lower) || folded.includes(lower.split(/[\s-]+/u).at(-1) ?? lower);
	});
}

/**
 * Walks every value of every record once and checks what the schemas leave to it: no string is empty (see `Text` in
 * schema.ts), and every `{ source, quote }` stands in its source. One walker for the whole dataset, with one path stack
 * whose array positions stay numbers until a problem is reported: at 100k records, a closure per record and a string
 * per array position were a tenth of the start-up's garbage.
 */
class RecordChecker {
	private readonly texts: SourceTexts;
	private readonly problems: DatasetProblem[];
	private readonly dataset: Dataset;
	private readonly path: (string | number)[] = [];
	private record = '';

	constructor(dataset: Dataset, problems: DatasetProblem[]) {
		this.dataset = dataset;
		this.problems = problems;
		this.texts = new SourceTexts(dataset.sourceTexts);
	}

	check(record: { id: string }): void {
		this.record = record.id;
		this.walk(record);
	}

	private walk(value: unknown): void {
		const { path } = this;
		if (Array.isArray(value)) {
			for (let index = 0; index < value.length; index += 1) {
				path.push(index);
				this.walkValue(value[index]);
				path.pop();
			}
			return;
		}
		if (!isObject(value)) return;
		const source = value['source'];
		const quote = value['quote'];
		if (typeof source === 'string' && typeof quote === 'string') {
			this.checkQuote(source, quote);
			return;
		}
		for (const key in value) {
			path.push(key);
			this.walkValue(value[key]);
			path.pop();
		}
	}

	/** Checks one value found at the current path: an empty string is reported, an object or array walked. */
	private walkValue(value: unknown): void {
		if (value === '') this.report('', 'must not be empty');
		else if (typeof value === 'object' && value !== null) this.walk(value);
	}

	private report(fieldSuffix: string, message: string): void {
		this.problems.push(problemFor(this.dataset, this.record, `${this.path.join('.')}${fieldSuffix}`, message));
	}

	private checkQuote(source: string, quote: string): void {
		const found = this.texts.contains(source, normaliseWhitespace(quote));
		if (found === undefined) this.report('.source', `cites "${source}", which is not in data/sources`);
		else if (!found) this.report('.quote', `quote not found verbatim in ${source}: "${quote.slice(0, 80)}"`);
	}
}

function checkRecords(dataset: Dataset, problems: DatasetProblem[]): void {
	const checker = new RecordChecker(dataset, problems);
	for (const source of dataset.sources) checker.check(source);
	for (const kind of RECORD_KINDS) for (const record of dataset[kind]) checker.check(record);
}

/**
 * Finds whitespace-normalised quotes in the source texts. A tidy quote (single spaces, none at the ends, as
 * `normaliseWhitespace` returns it) that stands in the raw text stands in the normalised text too: every space it
 * matched lies between two non-space characters, so it is a run of one that normalising leaves alone. Only quotes not
 * found that way (those that span a line break, say) need the normalised text, which is then built once per source:
 * at 100k records, normalising every source up front was a tenth of the validation.
 */
class SourceTexts {
	private readonly raw: ReadonlyMap<string, string>;
	private readonly normalised = new Map<string, string>();
	/** Where the last quote found in each raw source starts. */
	private readonly lastFound = new Map<string, number>();

	constructor(raw: ReadonlyMap<string, string>) {
		this.raw = raw;
	}

	/** Whether the source holds the tidy quote; undefined when there is no such source. */
	contains(source: string, tidyQuote: string): boolean | undefined {
		const text = this.raw.get(source);
		if (text === undefined) return undefined;
		if (this.findInRaw(source, text, tidyQuote)) return true;
		let normalised = this.normalised.get(source);
		if (normalised === undefined) {
			normalised = normaliseWhitespace(text);
			this.normalised.set(source, normalised);
		}
		return normalised.includes(tidyQuote);
	}

	/**
	 * Records quote their source mostly in order, so the search starts where the last quote of the same source was
	 * found, forwards and then backwards: together one full search at worst, and at 100k records far less than
	 * scanning each source from its start for each of its hundred quotes.
	 */
	private findInRaw(source: string, text: string, quote: string): boolean {
		const from = this.lastFound.get(source) ?? 0;
		let at = text.indexOf(quote, from);
		if (at < 0) at = text.lastIndexOf(quote, from);
		if (at < 0) return false;
		this.lastFound.set(source, at);
		return true;
	}
}

/** A figure's `valueText` must be copied from its own evidence, so a typed-in number cannot slip through. */
function checkFigureValues(dataset: Dataset, problems: DatasetProblem[]): void {
	for (const figure of dataset.figures) {
		const quotes = figure.evidence.map((evidence) => normaliseWhitespace(evidence.quote).toLowerCase());
		const valueText = normaliseWhitespace(figure.valueText).toLowerCase();
		if (!quotes.some((quote) => quote.includes(valueText))) {
			problems.push(
				problemFor(dataset, figure.id, 'valueText', `"${figure.valueText}" does not appear in the figure's quotes`),
			);
		}
	}
}
