import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('readConfig', () => {
	it('accepts an empty environment: the console runs without a token', () => {
		expect(readConfig({})).toEqual({ LOG_LEVEL: 'info', DATABASE_PATH: '.data/bot.sqlite' });
	});

	it('treats blank values as unset', () => {
		expect(readConfig({ DISCORD_TOKEN: ' ', DISCORD_GUILD_ID: '' }).DISCORD_TOKEN).toBeUndefined();
	});

	it('names a malformed token without showing it', () => {
		expect(() => readConfig({ DISCORD_TOKEN: 'not-a-token-secret' })).toThrow(ConfigError);
		try {
			readConfig({ DISCORD_TOKEN: 'not-a-token-secret' });
		} catch (error) {
			expect(String(error)).toContain('DISCORD_TOKEN');
			expect(String(error)).not.toContain('not-a-token-secret');
		}
	});

	it('names any other bad variable in one line', () => {
		expect(() => readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: 'abc' })).toThrow(/^config: DISCORD_GUILD_ID /);
		expect(() => readConfig({ DISCORD_API_URL: 'ftp://x' })).toThrow(/^config: DISCORD_API_URL /);
		expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/^config: LOG_LEVEL /);
	});
});
