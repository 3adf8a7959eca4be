/**
 * A PNG's size, read from its header: the eight-byte signature, then the IHDR chunk, whose data starts with the width
 * and the height as big-endian 32-bit integers. Enough to check a chart decodes to the size it was drawn at.
 */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(png: Buffer): { width: number; height: number } {
	if (png.length < 24 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('pngSize: not a PNG');
	if (png.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('pngSize: the first chunk is not IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
