/**
 * Installs the real dataset's name spellings, as the engine does when it is built, for tests that normalise or index
 * text without building an engine (the spellings are data, see `buildVocabulary`).
 */
import { loadDataset } from '../../src/data/loadDataset.js';
import { useNameAliases } from '../../src/engine/normalise.js';
import { buildVocabulary } from '../../src/engine/vocabulary.js';

export async function useDatasetNames(): Promise<void> {
	useNameAliases(buildVocabulary(await loadDataset()).nameAliases);
}
