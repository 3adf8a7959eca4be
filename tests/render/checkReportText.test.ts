import { describe, expect, it } from 'vitest';
import { renderCheckText, renderCitationLine } from '../../src/render/checkReportText.js';

describe('renderCheckText', () => {
	it('prints the summary, then each claim with its verdict, explanation and quotes', () => {
		expect(
			renderCheckText({
				summary: '1 claim checked: 1 contradicted.',
				verdicts: [
					{
						verdict: 'contradicted',
						label: 'Contradicted',
						mark: '❌',
						kind: 'count',
						claim: '25 documents were signed in Ashgabat.',
						checked: '25 documents',
						explanation: 'The sources list 20 documents, not 25.',
						citations: [{ outlet: 'nCa', date: '26 October 2021', source: '002.txt', title: 'T', quote: 'A quote.' }],
					},
				],
			}),
		).toBe(
			[
				'1 claim checked: 1 contradicted.',
				'',
				'❌ Contradicted: “25 documents were signed in Ashgabat.”',
				'   The sources list 20 documents, not 25.',
				'   > “A quote.” — nCa, 26 October 2021 (002.txt)',
			].join('\n'),
		);
	});
});

describe('renderCitationLine', () => {
	it('shortens a long quote with an ellipsis', () => {
		const line = renderCitationLine(
			{ outlet: 'o', date: 'd', source: 's', title: 't', quote: 'word '.repeat(100) },
			20,
		);
		expect(line).toMatch(/^> “word word word…” — o, d \(s\)$/u);
	});
});
