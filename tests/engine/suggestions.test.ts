import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('Suggestions', () => {
	it('offers the structured records a forgiving search finds, cut to 100 characters', () => {
		const titles = engine.suggest('bordr regme');
		expect(titles.length).toBeGreaterThan(0);
		// The border regime agreement, whose long title is cut before the words that matched.
		const borderRegime = engine.dataset.documents.find(({ title }) =>
			/regime of the Kazakh-Turkmen state border/u.test(title),
		);
		const cut = titles[0]?.replace(/…$/u, '') ?? '';
		expect(cut.length).toBeGreaterThan(0);
		expect(borderRegime?.title.startsWith(cut)).toBe(true);
		for (const title of titles) expect(title.length).toBeLessThanOrEqual(100);
	});

	it('is never empty while the dataset has records, even for nonsense', () => {
		expect(engine.suggest('qwxz plmk').length).toBeGreaterThan(0);
	});
});
