import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { Lexicon } from '../../../src/engine/check/mentions.js';
import { Engine } from '../../../src/engine/engine.js';

let lexicon: Lexicon;
beforeAll(async () => {
	const engine = new Engine(await loadDataset());
	lexicon = new Lexicon(engine.dataset, engine.vocabulary, engine.index);
});

function all(text: string) {
	return { text, span: { start: 0, end: text.length }, tokens: lexicon.tokens(text, { start: 0, end: text.length }) };
}

describe('Lexicon', () => {
	it('names people by any spelling, a shared surname naming both who have it', () => {
		const { text, tokens } = all('Kassym-Zhomart Tokaev met Serdar Berdimuhamedov; Berdymukhamedov spoke.');
		expect(
			lexicon
				.people(text, tokens)
				.map((mention) => [text.slice(mention.start, mention.end), [...mention.people].sort()]),
		).toEqual([
			['Kassym-Zhomart Tokaev', ['person-kassym-jomart-tokayev']],
			['Serdar Berdimuhamedov', ['person-serdar-berdimuhamedov']],
			['Berdymukhamedov', ['person-gurbanguly-berdimuhamedov', 'person-serdar-berdimuhamedov']],
		]);
	});

	it('names leaders by office and country', () => {
		const { text, span } = all('the President of Turkmenistan and the Kazakh leader');
		expect(lexicon.offices(text, span).map((office) => office.country)).toEqual(['Turkmenistan', 'Kazakhstan']);
	});

	it('names countries by their demonyms, and the meetings’ cities by their other names', () => {
		const { tokens } = all('Turkish companies in Nur-Sultan and Ashkhabad');
		expect([lexicon.countries(tokens), lexicon.cities(tokens).sort()]).toEqual([['Türkiye'], ['ashgabat', 'astana']]);
	});

	it('names awards by any of their names', () => {
		const { text, tokens } = all('the Altyn Qyran and the Order of “Bitaraplyk” (neutrality)');
		expect(
			lexicon.awards(tokens).map((mention) => [text.slice(mention.start, mention.end), [...mention.awards]]),
		).toEqual([
			['Altyn Qyran', ['award-2025-golden-eagle']],
			['Order of “Bitaraplyk” (neutrality', ['award-2021-bitaraplyk']],
		]);
	});

	it('finds proper names the sources never mention, the first word too unless prose opens with it', () => {
		const text = 'Uzbekistan and Tashkent signed. Meanwhile, About and Four are words.';
		expect([
			lexicon.unknownNames(text, { start: 0, end: 31 }),
			lexicon.unknownNames(text, { start: 32, end: text.length }),
		]).toEqual([['Uzbekistan', 'Tashkent'], []]);
	});
});
