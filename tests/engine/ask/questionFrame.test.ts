import { describe, expect, it } from 'vitest';
import { withoutFrame } from '../../../src/engine/ask/questionFrame.js';

describe('withoutFrame', () => {
	it('takes off the conversation before and after a question', () => {
		expect(withoutFrame('any idea when the Ankara council met? thanks')).toBe('when the Ankara council met');
		expect(withoutFrame('Can you tell me who hosted the 2021 visit?')).toBe('who hosted the 2021 visit?');
		expect(withoutFrame('I need to know: how much did Kazakhstan invest?')).toBe('how much did Kazakhstan invest?');
		expect(withoutFrame('quick q - KZ–Türkiye trade turnover 2024? thx')).toBe('KZ–Türkiye trade turnover 2024');
		expect(withoutFrame('Which documents were signed in Astana? any info?')).toBe(
			'Which documents were signed in Astana',
		);
		expect(withoutFrame('hi, do you know if the bridge was built?')).toBe('the bridge was built?');
	});

	it('leaves a question without a frame as it is, and a frame alone as typed', () => {
		expect(withoutFrame('How many documents were signed in Ashgabat?')).toBe(
			'How many documents were signed in Ashgabat?',
		);
		// Words that begin a question ("so far", "question of") are not a frame.
		expect(withoutFrame('So far, how much freight moved?')).toBe('So far, how much freight moved?');
		expect(withoutFrame('thanks')).toBe('thanks');
	});
});
