/**
 * Discord's limits as the code names them, checked against Discord's documentation written out here (so a typo in one
 * place cannot agree with itself), and the deferral deadline against the 3-second acknowledgement window.
 */
import { describe, expect, it } from 'vitest';
import { DEFER_AFTER_MS, DISCORD_LIMITS } from '../../src/discord/limits.js';

describe('DISCORD_LIMITS', () => {
	it("are Discord's documented message, embed, autocomplete and component limits", () => {
		expect(DISCORD_LIMITS).toEqual({
			messageContent: 2000,
			embedTitle: 256,
			embedDescription: 4096,
			embedFields: 25,
			embedFieldName: 256,
			embedFieldValue: 1024,
			embedFooter: 2048,
			embedTotal: 6000,
			embedsPerMessage: 10,
			autocompleteChoices: 25,
			choiceName: 100,
			choiceValue: 100,
			customId: 100,
			buttonLabel: 80,
			// A bot's upload to a server without boosts.
			attachmentBytes: 10 * 1024 * 1024,
		});
	});
});

describe('DEFER_AFTER_MS', () => {
	it('leaves at least a second of the 3 s window for the deferral to reach Discord', () => {
		expect(DEFER_AFTER_MS).toBeGreaterThan(0);
		expect(DEFER_AFTER_MS).toBeLessThanOrEqual(2000);
	});
});
