/**
 * How the engine names the people and bodies that records refer to by id. Records carry ids (one spelling per
 * person, see `PersonRecord`); answers, the index and speaker resolution need the name.
 */
import type { Dataset } from '../data/validateDataset.js';

/**
 * @returns the person's name as the dataset writes it, or the id itself for an unknown id (the validator rejects those)
 * @example
 * personName(dataset, 'person-kassym-jomart-tokayev'); // 'Kassym-Jomart Tokayev'
 */
export function personName(dataset: Pick<Dataset, 'personById'>, id: string): string {
	return dataset.personById.get(id)?.name ?? id;
}

/** Every name and alias of a person, for the index and for reading questions. */
export function personNames(dataset: Pick<Dataset, 'personById'>, id: string | null): string[] {
	const person = id === null ? undefined : dataset.personById.get(id);
	return person ? [person.name, ...person.aliases] : [];
}

/**
 * Who stated a figure: a person's name, or the title of the document (a joint statement).
 *
 * @example
 * statedByName(dataset, 'doc-2021-joint-statement'); // 'Joint Statement of the President of …'
 */
export function statedByName(dataset: Pick<Dataset, 'personById' | 'documents'>, id: string | null): string | null {
	if (id === null) return null;
	const person = dataset.personById.get(id);
	if (person) return person.name;
	return dataset.documents.find((document) => document.id === id)?.title ?? id;
}
