import { describe, expect, it } from 'vitest';
import { choiceListText } from '../../src/console/consoleChoices.js';

describe('choiceListText', () => {
	it('prints one choice a line with its value, then how many more there are', () => {
		expect(choiceListText([{ name: 'defence', value: 'defence' }], 6)).toBe(
			'  defence  →  defence\n… and 6 more: type to narrow',
		);
	});

	it('says when there is no choice', () => {
		expect(choiceListText([], 0)).toBe('(no choices)');
	});
});
