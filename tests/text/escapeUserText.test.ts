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
});
