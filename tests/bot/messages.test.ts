/** The replies that are not answers: user text echoed inert, filter problems and "nothing matches", all private. */
import { describe, expect, it } from 'vitest';
import { filterProblemReply, notFoundReply, quoteUserText } from '../../src/bot/messages.js';

describe('quoteUserText', () => {
	it('shows the text in inline code, spaces collapsed and trimmed', () => {
		expect(quoteUserText('  border \n\t regime ')).toBe('`border regime`');
	});

	it('replaces backticks, so the text cannot close the code span', () => {
		expect(quoteUserText('a `b` c')).toBe('`a ˋbˋ c`');
	});

	it('breaks mentions and drops the backslashes markdown escaping adds inside code', () => {
		expect(quoteUserText('@everyone <@123> **bold**')).toBe('`@\u200beveryone <\u200b@\u200b123> **bold**`');
	});

	it('cuts long text to 200 characters with an ellipsis', () => {
		const quoted = quoteUserText('x'.repeat(500));

		expect(quoted).toBe(`\`${'x'.repeat(199)}…\``);
	});

	it('says "(empty)" for text that is only spaces', () => {
		expect(quoteUserText(' \n ')).toBe('(empty)');
	});
});

describe('filterProblemReply', () => {
	it('explains the problem privately and echoes the value given', () => {
		expect(filterProblemReply({ reason: 'badYear', value: '1850' })).toEqual({
			content: 'That year is outside what the dataset can hold (1991–2100). You gave `1850`.',
			embeds: [],
			components: [],
			ephemeral: true,
		});
	});
});

describe('notFoundReply', () => {
	it('quotes the query and lists the suggestions, privately', () => {
		expect(notFoundReply('agreement', 'bordr', ['Border regime', 'Border crossings'])).toEqual({
			content: 'No agreement matches `bordr`.\nDid you mean:\n• Border regime\n• Border crossings',
			embeds: [],
			components: [],
			ephemeral: true,
		});
	});

	it('speaks of the filters when there was no query, and offers nothing when there is nothing to offer', () => {
		expect(notFoundReply('figure', undefined, []).content).toBe('No figure matches those filters.');
	});

	it('escapes the suggested titles and cuts them to 150 characters', () => {
		const content = notFoundReply('visit', 'x', ['**Bold** @here', 'T'.repeat(200)]).content ?? '';

		expect(content.split('\n').slice(2)).toEqual(['• \\*\\*Bold\\*\\* @\u200bhere', `• ${'T'.repeat(149)}…`]);
	});
});
