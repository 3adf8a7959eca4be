import { describe, expect, it } from 'vitest';
import { normaliseTime } from '../../src/daily/timeOfDay.js';

describe('normaliseTime', () => {
	it.each([
		['9:05', '09:05'],
		['09:05', '09:05'],
		[' 7:30 ', '07:30'],
		['23:59', '23:59'],
		['0:00', '00:00'],
	])('reads %j as %j', (text, expected) => {
		expect(normaliseTime(text)).toBe(expected);
	});

	it.each(['9:5', '24:00', '12:60', '007:30', '9h05', '', '09:05:00'])('refuses %j', (text) => {
		expect(normaliseTime(text)).toBeUndefined();
	});
});
