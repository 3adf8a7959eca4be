import { describe, expect, it } from 'vitest';
import { completeTimeZone } from '../../src/daily/timeZones.js';

describe('completeTimeZone', () => {
	it('offers Asia/Almaty for "Asia/Alm"', () => {
		expect(completeTimeZone('Asia/Alm', 25)).toContainEqual({ name: 'Asia/Almaty', value: 'Asia/Almaty' });
	});

	it('finds a zone by a word of its name', () => {
		expect(completeTimeZone('ashgabat', 25).map((choice) => choice.value)).toContain('Asia/Ashgabat');
	});

	it('keeps to the limit, and offers the first zones for an empty partial', () => {
		expect(completeTimeZone('', 3)).toEqual(
			Intl.supportedValuesOf('timeZone')
				.slice(0, 3)
				.map((zone) => ({ name: zone, value: zone })),
		);
		expect(completeTimeZone('a', 25).length).toBeLessThanOrEqual(25);
	});

	it('answers the same on the first call and after', () => {
		expect(completeTimeZone('Asia/Ash', 25)).toEqual(completeTimeZone('Asia/Ash', 25));
	});

	it('offers nothing for a partial that starts no word of any zone', () => {
		expect(completeTimeZone('zzzzqx', 25)).toEqual([]);
	});
});
