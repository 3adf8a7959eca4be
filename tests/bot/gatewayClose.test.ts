/** Which gateway closes stop the bot, each with a cause an operator can act on, and which discord.js recovers from. */
import { GatewayCloseCodes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { FATAL_CLOSE_CAUSES, fatalCloseCause } from '../../src/bot/gatewayClose.js';

describe('fatalCloseCause', () => {
	it('names the cause of each close Discord will not undo without a change of configuration', () => {
		expect(fatalCloseCause(4004)).toBe('gateway closed with 4004 (authentication failed): check DISCORD_TOKEN');
		expect(fatalCloseCause(4010)).toBe('gateway closed with 4010 (invalid shard): the shard settings are wrong');
		expect(fatalCloseCause(4011)).toMatch(/^gateway closed with 4011 \(sharding required\): /u);
		expect(fatalCloseCause(4012)).toBe('gateway closed with 4012 (invalid API version): upgrade discord.js');
		expect(fatalCloseCause(4013)).toBe('gateway closed with 4013 (invalid intents): the intents value is not valid');
		expect(fatalCloseCause(4014)).toMatch(/^gateway closed with 4014 \(disallowed intents\): .+the token is fine$/u);
	});

	it('leaves the closes discord.js reconnects or resumes after to discord.js', () => {
		for (const code of [
			1000,
			1001,
			1006,
			GatewayCloseCodes.UnknownError,
			GatewayCloseCodes.UnknownOpcode,
			GatewayCloseCodes.DecodeError,
			GatewayCloseCodes.NotAuthenticated,
			GatewayCloseCodes.AlreadyAuthenticated,
			GatewayCloseCodes.InvalidSeq,
			GatewayCloseCodes.RateLimited,
			GatewayCloseCodes.SessionTimedOut,
		])
			expect(fatalCloseCause(code), String(code)).toBeUndefined();
	});

	it('says which code each cause is for, in the cause itself', () => {
		for (const [code, cause] of FATAL_CLOSE_CAUSES)
			expect(cause.startsWith(`gateway closed with ${code} (`)).toBe(true);
	});
});
