/**
 * Autocomplete by what is being completed: records of a kind (found by word prefixes in a fixed rank order, or by
 * fuzzy search for a typo that finds nothing) or the values of a fixed list (every value ranked by how well it matches). Records are
 * named for the answer they are in: what tells them apart first, the words typed always shown, no two alike (see
 * `choiceNames.ts`).
 */
import { Country, Sector } from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import {
	type ChoiceLabel,
	documentChoiceLabel,
	figureChoiceLabel,
	personChoiceLabel,
	plainChoiceLabel,
	proposalChoiceLabel,
	visitChoiceLabel,
} from '../text/labels.js';
import { DOCUMENT_KIND_CHOICES } from '../text/labelWords.js';
import { humanise } from '../text/format.js';
import { truncate } from '../text/truncate.js';
import { nameChoices } from './choiceNames.js';
import { TermCache } from './termCache.js';
import type { Entry } from './entries.js';
import { type FixedChoice, rankFixedChoices } from './fixedChoices.js';
import { type Completion, PrefixCompleter } from './prefixCompleter.js';
import type { SearchIndex } from './search/searchIndex.js';

/** The record kinds listed by query (see `Engine.list`), and completed from their records. */
export const LIST_KINDS = ['document', 'visit', 'figure', 'person', 'proposal'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** The fixed lists a filter takes its value from. */
const FIXED_KINDS = ['country', 'kind', 'sector', 'year'] as const;
type FixedKind = (typeof FIXED_KINDS)[number];

/** What `autocomplete` can complete: records of a kind, or one of the dataset's fixed lists. */
export type Completable = ListKind | FixedKind;

/**
 * How many choices each short prefix keeps ready in a record table (see `PrefixCompleter`): as many as the front
 * ends ask for. A caller asking for more is still answered, by a scan.
 */
const PRECOMPUTED_CHOICES = 25;
/** Longer partials are cut: nobody types 200 characters into a choice, and a 6,000-character one must stay cheap. */
const MAX_PARTIAL_LENGTH = 200;
/** A partial this long that finds nothing by prefix is probably a typo: fuzzy search answers it. */
const FUZZY_FROM_LENGTH = 4;

/** The choices of one kind of record, in rank order, labelled when first shown. */
interface RecordTable {
	completer: PrefixCompleter<number>;
	entries: readonly Entry[];
	/** Position of each record id in `entries`. */
	positions: ReadonlyMap<string, number>;
	label(position: number): ChoiceLabel;
}

export class Completions {
	private readonly records = new Map<ListKind, () => RecordTable>();
	private readonly fixed = new Map<FixedKind, () => readonly FixedChoice[]>();
	private readonly terms = new TermCache();

	/**
	 * Tables are built the first time they are asked for, or by `warmUp`: start-up builds none of them.
	 *
	 * @param dataset - the validated dataset, whose records label the choices
	 * @param index - the engine's index: its entries are the records completed, and it answers the fuzzy fallback
	 */
	constructor(
		private readonly dataset: Dataset,
		private readonly index: SearchIndex<Entry>,
	) {
		for (const kind of LIST_KINDS)
			this.records.set(
				kind,
				once(() => this.recordTable(kind)),
			);
		this.fixed.set(
			'country',
			once(() => Country.options.map((country) => ({ name: country, value: country }))),
		);
		this.fixed.set('kind', once(kindChoices));
		this.fixed.set(
			'sector',
			once(() => this.sectorChoices()),
		);
		this.fixed.set(
			'year',
			once(() => this.yearChoices()),
		);
	}

	/**
	 * @param what - what is being completed
	 * @param partial - what the user has typed
	 * @param limit - how many choices at most
	 * @param nameLength - the longest name the front end takes; names are fitted to it, never cut blindly
	 * @returns at most `limit` choices, best first, each with the record id (or list value) as its value
	 * @example
	 * completions.complete('document', 'vet', 25, 100); // [{ name: '2025 · MoU · veterinary medicine · agriculture ministries', value: 'doc-2025-veterinary' }]
	 */
	complete(what: Completable, partial: string, limit: number, nameLength = Number.POSITIVE_INFINITY): Completion[] {
		const safePartial = partial.slice(0, MAX_PARTIAL_LENGTH);
		if (isFixedKind(what)) {
			return rankFixedChoices(this.fixed.get(what)?.() ?? [], safePartial)
				.slice(0, Math.max(0, limit))
				.map((choice) => ({ name: truncate(choice.name, nameLength), value: choice.value }));
		}
		const table = this.records.get(what)?.();
		if (!table) return [];
		const { positions, matched } = this.recordPositions(table, what, safePartial, limit);
		return nameChoices(
			positions.map((position, rank) => ({
				label: table.label(position),
				value: table.entries[position]?.id ?? '',
				searchText: searchText(table.entries[position]),
				matched: rank < matched,
			})),
			safePartial,
			nameLength,
			this.terms,
		);
	}

	/**
	 * How many choices `complete` would offer with no limit: what a front end that shows 25 says of the rest. Scans
	 * every match, so only the console asks (Discord cannot show it).
	 *
	 * @example
	 * completions.count('sector', ''); // 31
	 */
	count(what: Completable, partial: string): number {
		const safePartial = partial.slice(0, MAX_PARTIAL_LENGTH);
		if (isFixedKind(what)) return rankFixedChoices(this.fixed.get(what)?.() ?? [], safePartial).length;
		const table = this.records.get(what)?.();
		return table ? this.recordPositions(table, what, safePartial, table.entries.length).positions.length : 0;
	}

	/** Builds every table now, so that no user waits for one (the bot calls this after start-up). */
	warmUp(): void {
		for (const table of this.records.values()) table();
		for (const list of this.fixed.values()) list();
	}

	/**
	 * The positions of the records that match, best first: by word prefix, then (for a typo) by fuzzy search.
	 *
	 * @returns the positions, and how many of the first were found by the words typed (the rest by fuzzy search)
	 */
	private recordPositions(
		table: RecordTable,
		kind: ListKind,
		partial: string,
		limit: number,
	): { positions: number[]; matched: number } {
		const positions = table.completer.complete(partial, limit);
		const matched = positions.length;
		// Only for what finds nothing by its words: a choice found by fuzzy search holds no word typed to show.
		if (matched > 0 || partial.trim().length < FUZZY_FROM_LENGTH) return { positions, matched };
		const seen = new Set(positions);
		for (const hit of this.index.search(partial, { kinds: [kind], limit }).hits) {
			if (positions.length >= limit) break;
			const position = table.positions.get(hit.entry.id);
			if (position === undefined || seen.has(position)) continue;
			seen.add(position);
			positions.push(position);
		}
		return { positions, matched };
	}

	private recordTable(kind: ListKind): RecordTable {
		const entries = this.index.entries.filter((entry) => entry.kind === kind).sort(byRank);
		const labelOf = this.labeller(kind);
		const labels: (ChoiceLabel | undefined)[] = [];
		return {
			completer: new PrefixCompleter(
				entries.map((_, position) => position),
				entries.map(searchText),
				PRECOMPUTED_CHOICES,
			),
			entries,
			positions: new Map(entries.map((entry, position) => [entry.id, position])),
			label(position) {
				let label = labels[position];
				if (!label) {
					const entry = entries[position];
					label = entry ? labelOf(entry) : plainChoiceLabel('');
					labels[position] = label;
				}
				return label;
			},
		};
	}

	/** How the records of a kind are labelled, from their records (the entry's own label if one is missing). */
	private labeller(kind: ListKind): (entry: Entry) => ChoiceLabel {
		const { dataset } = this;
		const by = <R extends { id: string }>(records: readonly R[], label: (record: R, entry: Entry) => ChoiceLabel) => {
			const byId = new Map(records.map((record) => [record.id, record]));
			return (entry: Entry): ChoiceLabel => {
				const record = byId.get(entry.id);
				return record ? label(record, entry) : plainChoiceLabel(entry.label);
			};
		};
		switch (kind) {
			case 'document':
				return by(dataset.documents, (document) => documentChoiceLabel(document));
			case 'visit':
				return by(dataset.visits, (visit) => visitChoiceLabel(visit));
			case 'figure':
				return by(dataset.figures, (figure, entry) => figureChoiceLabel(figure, entry.year));
			case 'person':
				return by(dataset.people, (person) => personChoiceLabel(person));
			case 'proposal':
				return by(dataset.proposals, (proposal, entry) => proposalChoiceLabel(proposal, entry.year));
		}
	}

	/** Every sector; those of more documents and proposals first when nothing is typed. */
	private sectorChoices(): FixedChoice[] {
		const counts = new Map<string, number>();
		for (const record of [...this.dataset.documents, ...this.dataset.proposals])
			for (const sector of record.sectors) counts.set(sector, (counts.get(sector) ?? 0) + 1);
		return Sector.options.map((sector) => ({ name: humanise(sector), value: sector, weight: counts.get(sector) ?? 0 }));
	}

	/** The years the records of the listed kinds carry, newest first. */
	private yearChoices(): FixedChoice[] {
		const listed: ReadonlySet<string> = new Set(LIST_KINDS);
		const years = new Set<number>();
		for (const entry of this.index.entries) if (entry.year !== null && listed.has(entry.kind)) years.add(entry.year);
		return [...years].sort((a, b) => b - a).map((year) => ({ name: String(year), value: String(year) }));
	}
}

/** The kinds a filter takes, "any memorandum" first, as Discord's fixed choices list them. */
function kindChoices(): FixedChoice[] {
	return DOCUMENT_KIND_CHOICES.map(({ name, value }) => ({ name, value, text: `${name} ${humanise(value)}` }));
}

/** The text a record is found by: its title and aliases, and the names it holds (parties, people, places). */
function searchText(entry: Entry | undefined): string {
	return entry ? `${entry.title} ${entry.names}` : '';
}

function isFixedKind(what: Completable): what is FixedKind {
	return (FIXED_KINDS as readonly Completable[]).includes(what);
}

/** A function that computes its value on the first call and returns the same value afterwards. */
function once<T>(compute: () => T): () => T {
	let value: T | undefined;
	let computed = false;
	return () => {
		if (!computed) {
			value = compute();
			computed = true;
		}
		return value as T;
	};
}

/**
 * `localeCompare` with one collator made once: sorting 100k entries with `localeCompare` builds a collator per call.
 * Made at the first comparison, not at import: the first collator of a process loads ICU's collation data (~5 ms), and
 * a CLI question never sorts by text.
 */
let collator: Intl.Collator | undefined;
function compareText(a: string, b: string): number {
	collator ??= new Intl.Collator();
	return collator.compare(a, b);
}

/** Newest first, and within a visit in list order: what a researcher expects to see first. */
function byRank(a: Entry, b: Entry): number {
	return compareText(b.date ?? '', a.date ?? '') || a.listOrder - b.listOrder || compareText(a.id, b.id);
}
