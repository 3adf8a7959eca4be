import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { checkText } from '../../src/engine/check/checker.js';
import { Engine } from '../../src/engine/engine.js';
import { checkSummary, renderCheck, renderCitation } from '../../src/render/verdictProse.js';
import { CHECK_EXAMPLE } from '../support/verdicts.js';

let engine: Engine;
beforeAll(async () => {
	engine = new Engine(await loadDataset());
});
const explanations = (text: string) =>
	renderCheck(checkText(engine, text)).verdicts.map((verdict) => verdict.explanation);

describe('renderCheck', () => {
	it('writes each verdict with its label, the claim as written, what was checked and what the sources hold', () => {
		const check = renderCheck(checkText(engine, CHECK_EXAMPLE));
		expect(check.summary).toBe('3 claims checked: 1 supported, 1 contradicted, 1 not in the sources.');
		expect(
			check.verdicts.map(({ verdict, label, mark, kind, claim, checked, explanation }) => ({
				verdict,
				label,
				mark,
				kind,
				claim,
				checked,
				explanation,
			})),
		).toEqual([
			{
				verdict: 'supported',
				label: 'Supported',
				mark: '✅',
				kind: 'count',
				claim: 'In 2021 Tokayev visited Ashgabat, where 20 documents were signed.',
				checked: '20 documents',
				explanation:
					'The sources list 20 documents signed at the State visit of Kassym-Jomart Tokayev to Turkmenistan (25 October 2021, Ashgabat).',
			},
			{
				verdict: 'contradicted',
				label: 'Contradicted',
				mark: '❌',
				kind: 'figure',
				claim: 'Kazakh investments in Türkiye were $1 billion.',
				checked: '$1 billion',
				explanation: 'The sources give Kazakh investments in Türkiye: exceeded $2.5 billion, not $1 billion.',
			},
			{
				verdict: 'not-in-sources',
				label: 'Not in the sources',
				mark: '❔',
				kind: 'count',
				claim: 'Uzbekistan and Kazakhstan signed 12 memoranda in 2022.',
				checked: '12 memoranda',
				explanation: 'The sources do not mention Uzbekistan.',
			},
		]);
	});

	it('says what a contradicted count, date, award and proposal get wrong', () => {
		expect(
			explanations(
				'25 documents were signed in Ashgabat. Tokayev visited Ashgabat in 2022. Tokayev received the Order of the Golden Eagle. Erdoğan proposed a special border trade zone.',
			),
		).toEqual([
			'The sources list 20 documents signed at the State visit of Kassym-Jomart Tokayev to Turkmenistan (25 October 2021, Ashgabat), not 25.',
			'The sources date the State visit of Kassym-Jomart Tokayev to Turkmenistan to 25 October 2021, not 2022.',
			'The sources record the Order of the Golden Eagle awarded to Serdar Berdimuhamedov by Kassym-Jomart Tokayev in November 2025 at the State visit of Serdar Berdimuhamedov to Kazakhstan (24–25 November 2025, Astana), not to Tokayev.',
			'The sources record “Special border trade zone with a car cargo terminal”, proposed by Kassym-Jomart Tokayev at the State visit of Kassym-Jomart Tokayev to Turkmenistan (25 October 2021, Ashgabat) (proposed), not by Erdoğan.',
		]);
	});

	it('says beside a count what the source states in words, and why a claim is not in the sources', () => {
		expect(
			explanations(
				'15 documents were signed in Astana in 2025. 18 memoranda were signed in Ankara. Serdar Berdimuhamedov visited Astana in October 2022. In 2025, 16 documents were signed.',
			),
		).toEqual([
			'The sources list 16 documents signed at the State visit of Serdar Berdimuhamedov to Kazakhstan (24–25 November 2025, Astana); the source states 15 documents.',
			'The sources do not list these documents for the Fifth meeting of the Kazakhstan–Türkiye High-Level Strategic Cooperation Council (29 July 2025 [year inferred], Ankara); the source states 18 intergovernmental and interagency agreements.',
			'The sources date the First state visit of Serdar Berdimuhamedov as President of Turkmenistan to Kazakhstan only to 2022 (year inferred).',
			'The sources hold several meetings this could be about, and the claim does not say which: Fifth meeting of the Kazakhstan–Türkiye High-Level Strategic Cooperation Council (29 July 2025 [year inferred], Ankara) and State visit of Serdar Berdimuhamedov to Kazakhstan (24–25 November 2025, Astana).',
		]);
	});
});

describe('checkSummary', () => {
	it('says when there is no text, or no claim in it, to check', () => {
		expect([checkSummary(checkText(engine, ' ')), checkSummary(checkText(engine, 'Hello there.'))]).toEqual([
			'This message has no text to check.',
			'I found no claim I can check here: numbers and counts (“20 documents were signed in Ashgabat”), dates of meetings, document titles, awards, proposals or quotations.',
		]);
	});
});

describe('renderCitation', () => {
	it('names the outlet and date, or says the article names none', () => {
		expect(
			renderCitation({ source: 'a.txt', quote: 'It was signed.', outlet: null, published: null, title: 'A' }),
		).toEqual({
			outlet: 'outlet not named',
			date: 'no publication date stated',
			source: 'a.txt',
			title: 'A',
			quote: 'It was signed.',
		});
	});
});
