/**
 * The local console: type slash commands, read the replies as text. Each line becomes an interaction
 * (`ConsoleInteraction`) handed to the bot's own router, so dispatch, autocomplete, paging, error handling and
 * logging are the bot's: trying the console is trying the bot.
 */
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { APIApplicationCommandOption } from 'discord.js';
import type { Command, CommandContext } from '../bot/command.js';
import { InteractionRouter } from '../bot/router.js';
import type { Reply } from '../render/reply.js';
import { replyText } from '../render/replyText.js';
import { choiceListText, choiceOption, fixedChoices } from './consoleChoices.js';
import { ConsoleInteraction } from './consoleInteraction.js';
import { parseSlashLine } from './parseSlashLine.js';

export const CONSOLE_INTRO = `Local console: type a slash command as in Discord, e.g.
  /agreement query:transport year:2021
  /ask question:How many documents were signed in Ashgabat?
  /visit which:Ashgabat
Add ? after a value to see its choices (/agreement query:bord?, sector:?). "next"/"prev" page a list, "exit" quits.`;

export class ConsoleSession {
	/** The last message shown, whose buttons "next" and "prev" press. */
	private lastReply: Reply | undefined;
	private readonly definitions: ReadonlyMap<string, readonly APIApplicationCommandOption[]>;
	private readonly router: InteractionRouter;

	constructor(commands: ReadonlyMap<string, Command>, context: CommandContext) {
		this.definitions = new Map([...commands].map(([name, command]) => [name, command.data.toJSON().options ?? []]));
		this.router = new InteractionRouter(commands, context);
	}

	/**
	 * Runs one typed line.
	 *
	 * @returns the text to print
	 */
	async run(line: string): Promise<string> {
		const text = line.trim();
		if (text === '') return '';
		if (text === 'next' || text === 'prev') return this.page(text === 'next' ? 1 : -1);
		const parsed = parseSlashLine(text, this.definitions);
		if (!parsed.ok) return parsed.error;
		const definitions = this.definitions.get(parsed.line.name) ?? [];
		if (parsed.line.autocomplete) {
			// Fixed choices are listed by Discord's client without asking the bot; the console lists them the same way.
			const option = choiceOption(parsed.line, definitions);
			const fixed = option ? fixedChoices(option, parsed.line.autocomplete.partial) : undefined;
			if (fixed) return choiceListText(fixed.choices, fixed.more);
		}
		const interaction = ConsoleInteraction.fromLine(parsed.line, definitions);
		await this.router.handle(interaction);
		if (interaction.isAutocomplete()) return choiceListText(interaction.choices ?? [], interaction.moreChoices);
		return this.shown(interaction);
	}

	private async page(direction: 1 | -1): Promise<string> {
		const buttons = (this.lastReply?.components ?? []).flatMap((row) => row.components);
		const button = buttons[direction === 1 ? 1 : 0];
		if (!button || !('custom_id' in button) || button.disabled) return 'There is no page in that direction.';
		const interaction = ConsoleInteraction.button(button.custom_id);
		await this.router.handle(interaction);
		return this.shown(interaction);
	}

	/** What the router sent, as text; the last message is the one whose buttons page on. */
	private shown(interaction: ConsoleInteraction): string {
		const last = interaction.messages.at(-1);
		if (last) this.lastReply = last;
		return interaction.messages.map(replyText).join('\n\n');
	}
}

/** Reads lines until "exit" or end of input. */
export async function runConsole(session: ConsoleSession, input: Readable, output: Writable): Promise<void> {
	const lines = createInterface({ input, output, terminal: false });
	output.write(`${CONSOLE_INTRO}\n> `);
	for await (const line of lines) {
		if (/^(exit|quit)$/i.test(line.trim())) break;
		const text = await session.run(line);
		output.write(text ? `${text}\n> ` : '> ');
	}
	lines.close();
	output.write('\n');
}
