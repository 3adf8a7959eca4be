import { escapeMarkdown } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/text/escapeUserText.js';

describe('escapeUserText', () => {
	it('breaks @everyone and @here so they cannot mention', () => {
		expect(escapeUserText('@everyone @here')).toBe('@\u200beveryone @\u200bhere');
	});

	it('breaks user, role and channel mentions', () => {
		expect(escapeUserText('<@123> <@&456> <#789>')).not.toMatch(/<[@#]/);
	});

	it('escapes markdown so it renders literally', () => {
		expect(escapeUserText('**bold** ||spoiler|| `code`')).toBe('\\*\\*bold\\*\\* \\|\\|spoiler\\|\\| \\`code\\`');
	});

	it('turns control characters into spaces', () => {
		expect(escapeUserText('a\u0000b\nc')).toBe('a b c');
	});

	it('escapes exactly as escapeMarkdown does, whether or not the text has markdown characters', () => {
		const text = fc.string({
			unit: fc.constantFrom(
				'a',
				' ',
				'\\',
				'`',
				'*',
				'_',
				'~',
				'|',
				'#',
				'-',
				'1',
				'.',
				'[',
				']',
				'(',
				')',
				'\n',
				'>',
				':',
				'<',
				'@',
			),
		});
		fc.assert(
			fc.property(text, (value) => {
				const expected = escapeMarkdown(value.replace(/\n/gu, ' '))
					.replace(/@/gu, '@\u200b')
					.replace(/<(?=[@#:&!/a])/gu, '<\u200b');
				expect(escapeUserText(value)).toBe(expected);
			}),
		);
	});
});
