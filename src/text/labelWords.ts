/**
 * The words choice labels are made of, as tables: short names of the kinds of document, the frame words of a
 * document's title that say nothing of its subject, the nouns that head a party's name. Language only: the dataset's
 * own names (ministries, companies, places) come from its records.
 */
import { DocumentKind, type Party } from '../data/schema.js';

/** A kind of document as a label leads with it: short, since the subject and parties need the room. */
export const DOCUMENT_KIND_SHORT: Readonly<Record<DocumentKind, string>> = {
	'joint-statement': 'joint statement',
	'joint-declaration': 'joint declaration',
	treaty: 'treaty',
	agreement: 'agreement',
	'agreement-of-intent': 'agreement of intent',
	memorandum: 'memorandum',
	'memorandum-of-understanding': 'MoU',
	'memorandum-of-intent': 'memorandum of intent',
	'memorandum-of-cooperation': 'memorandum of cooperation',
	plan: 'plan',
	'un-resolution': 'UN resolution',
	declaration: 'declaration',
};

/**
 * A kind as a filter's choice names it. The filter `memorandum` takes every memorandum (see `kindMatches`), so its
 * name says so; Discord's fixed choices and the console and CLI completions all use these names.
 */
export const DOCUMENT_KIND_CHOICE_NAMES: Readonly<Record<DocumentKind, string>> = {
	'joint-statement': 'joint statement',
	'joint-declaration': 'joint declaration',
	treaty: 'treaty',
	agreement: 'agreement',
	'agreement-of-intent': 'agreement of intent',
	memorandum: 'any memorandum',
	'memorandum-of-understanding': 'memorandum of understanding (MoU)',
	'memorandum-of-intent': 'memorandum of intent',
	'memorandum-of-cooperation': 'memorandum of cooperation',
	plan: 'plan',
	'un-resolution': 'UN resolution',
	declaration: 'declaration',
};

/** The kinds a filter offers, "any memorandum" first: Discord's fixed choices and the other front ends' completions. */
export const DOCUMENT_KIND_CHOICES: readonly { name: string; value: DocumentKind }[] = [
	'memorandum' as const,
	...DocumentKind.options.filter((kind) => kind !== 'memorandum'),
].map((kind) => ({ name: DOCUMENT_KIND_CHOICE_NAMES[kind], value: kind }));

/**
 * How titles open with their kind, longest first so that "Memorandum of Understanding" is taken whole before
 * "Memorandum". What follows the opening is the subject, once the parties and the frame words are gone.
 */
export const TITLE_KIND_OPENINGS: readonly string[] = [
	'memorandum of understanding and cooperation',
	'memorandum of understanding',
	'memorandum of cooperation',
	'memorandum of intent',
	'memorandum',
	'agreement of intent',
	'agreement',
	'treaty',
	'joint statement',
	'joint declaration',
	'universal declaration',
	'declaration',
	'plan of joint actions',
	'plan of main measures',
	'plan of measures',
	'plan',
	'un general assembly resolution',
	'united nations general assembly resolution',
	'resolution',
];

/**
 * Words that frame a title's subject without being it ("on cooperation in the field of …"): stripped from both ends
 * of the subject, never from its middle ("transit of goods and passengers" keeps its "of" and "and").
 */
export const SUBJECT_FRAME_WORDS: ReadonlySet<string> = new Set([
	'a',
	'an',
	'and',
	'the',
	'of',
	'on',
	'in',
	'for',
	'to',
	'at',
	'with',
	'between',
	'cooperation',
	'co-operation',
	'field',
	'fields',
	'sphere',
	'spheres',
	'area',
	'areas',
]);

/**
 * Words that open a subject without being it ("the further expansion of …", "the development of …", "the
 * intentions to …"): stripped from its start only, since at its end they are the subject ("… sustainable
 * development").
 */
export const SUBJECT_OPENING_WORDS: ReadonlySet<string> = new Set([
	'further',
	'expansion',
	'basic',
	'principles',
	'main',
	'measures',
	'mutual',
	'understanding',
	'organization',
	'organisation',
	'intentions',
	'intention',
	'development',
]);

/**
 * The nouns that head a party's name ("Ministry of Agriculture"), with their plurals: "Ministry of Agriculture" is
 * shortened to "agriculture ministry", and two of them to "agriculture ministries".
 */
export const PARTY_HEAD_NOUNS: ReadonlyMap<string, string> = new Map([
	['ministry', 'ministries'],
	['agency', 'agencies'],
	['committee', 'committees'],
	['academy', 'academies'],
	['institute', 'institutes'],
	['bureau', 'bureaus'],
	['government', 'governments'],
	['service', 'services'],
	['centre', 'centres'],
	['center', 'centers'],
]);

/** Parties named by their kind alone, when every party of a document is of that kind. */
export const PARTY_TYPE_PLURALS: Readonly<Partial<Record<Party['type'], string>>> = {
	'head-of-state': 'heads of state',
	government: 'governments',
};

/** What joins two shortened parties, and what joins the parts of a label. */
export const LABEL_JOINERS = { parties: ' and ', parts: ' · ', value: ': ', cut: '…' } as const;

/**
 * What a list of choices says beside its choices, where a front end can say it (the console, the CLI; Discord shows
 * choices alone): that there are none, or how many more match than are shown.
 */
export const CHOICE_LIST_WORDS = {
	none: '(no choices)',
	more: (count: number): string => `… and ${count} more: type to narrow`,
} as const;
