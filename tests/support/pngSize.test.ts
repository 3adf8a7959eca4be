import { describe, expect, it } from 'vitest';
import { pngSize } from './pngSize.js';

/** The signature and an IHDR chunk of a 3 × 2 image (the rest of a PNG is not read). */
const HEADER = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
	Buffer.from('IHDR', 'ascii'),
	Buffer.from([0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]),
]);

describe('pngSize', () => {
	it('reads the width and the height from the IHDR chunk', () => {
		expect(pngSize(HEADER)).toEqual({ width: 3, height: 2 });
	});

	it('refuses what is not a PNG', () => {
		expect(() => pngSize(Buffer.from('GIF89a…………………………………'))).toThrow('pngSize: not a PNG');
	});
});
