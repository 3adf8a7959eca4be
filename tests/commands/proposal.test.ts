/** /proposal through the router: a proposal with what became of it, a friendly miss, and proposals completed. */
import { MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CommandHarness, commandHarness } from '../support/commandHarness.js';
import { fixtureDocument, fixtureFollowUp, fixtureProposal } from '../support/datasetFixture.js';

let bot: CommandHarness;

beforeAll(() => {
	bot = commandHarness({
		documents: [fixtureDocument()],
		proposals: [fixtureProposal()],
		followUps: [fixtureFollowUp()],
	});
});

describe('/proposal', () => {
	it('shows the proposal in full, publicly: who put it forward, its status and what followed', async () => {
		const payload = await bot.reply('proposal', { which: 'trade target' });

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual({ parse: [] });
		const [embed] = payload.embeds ?? [];
		expect(embed?.title).toBe('Trade target of one billion dollars');
		expect(embed?.description).toContain('What followed: The trade target was written into the Joint Statement.');
		expect(embed?.fields?.slice(0, 3)).toEqual([
			{ name: 'Status', value: 'proposed', inline: true },
			{ name: 'Proposed by', value: 'Kazakhstan', inline: true },
			{ name: 'Sectors', value: 'trade', inline: true },
		]);
	});

	it('says privately that no proposal matches, quoting the words, with proposals to try', async () => {
		const payload = await bot.reply('proposal', { which: 'nothing like it' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content).toBe(
			'No proposal matches `nothing like it`.\nDid you mean:\n• Trade target of one billion dollars',
		);
	});

	it('completes the proposal with its year and title, its id as the value', async () => {
		const choices = await bot.complete('proposal', 'which', 'tra');
		expect(choices.map((choice) => choice.value)).toEqual(['proposal-test-trade-target']);
		expect(choices[0]?.name).toMatch(/^2025 · .*Trade target/u);
	});
});
