import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB';

function capture(): { stream: Writable; text: () => string } {
	const chunks: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer, _encoding, callback) {
			chunks.push(chunk.toString());
			callback();
		},
	});
	return { stream, text: () => chunks.join('') };
}

describe('createLogger', () => {
	it('writes one JSON line per event', () => {
		const output = capture();
		createLogger('info', output.stream).info({ command: 'agreement', latencyMs: 1 }, 'answered');
		const lines = output.text().trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(JSON.parse(lines[0] ?? '')).toMatchObject({ command: 'agreement', latencyMs: 1, msg: 'answered' });
	});

	it('never writes the token, in a field, a message or an error', () => {
		const output = capture();
		const logger = createLogger('info', output.stream, [TOKEN]);
		logger.info({ token: TOKEN, config: { DISCORD_TOKEN: TOKEN } }, 'config');
		logger.error({ err: new Error(`login failed for ${TOKEN}`) }, `bad ${TOKEN}`);
		expect(output.text()).not.toContain(TOKEN);
		expect(output.text()).toContain('[redacted]');
	});
});
