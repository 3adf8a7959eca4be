/**
 * The local console: type slash commands, read the replies as text. It runs
 * the very handlers the bot runs, so trying it is trying the bot.
 */
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { APIApplicationCommandOption } from 'discord.js';
import type { Command, CommandContext, CommandInput } from '../bot/command.js';
import { GENERIC_ERROR } from '../bot/messages.js';
import { LIST_PAGES } from '../bot/pagedLists.js';
import { decodePageId } from '../discord/customIds.js';
import type { Reply } from '../render/reply.js';
import { replyText } from '../render/replyText.js';
import { parseSlashLine } from './parseSlashLine.js';

export const CONSOLE_INTRO = `Local console: type a slash command as in Discord, e.g.
  /agreement query:transport year:2021
  /ask question:How many documents were signed in Ashgabat?
  /visit which:Ashgabat
Add ? after a value to see autocomplete choices (/agreement query:bord?). "next"/"prev" page a list, "exit" quits.`;

export class ConsoleSession {
	private lastReply: Reply | undefined;
	private readonly definitions: ReadonlyMap<string, readonly APIApplicationCommandOption[]>;

	constructor(
		private readonly commands: ReadonlyMap<string, Command>,
		private readonly context: CommandContext,
	) {
		this.definitions = new Map([...commands].map(([name, command]) => [name, command.data.toJSON().options ?? []]));
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
		const command = this.commands.get(parsed.line.name);
		if (!command) return `Unknown command /${parsed.line.name}`;
		const input: CommandInput = {
			options: parsed.line.options,
			subcommand: parsed.line.subcommand,
			userId: 'console',
			guildId: 'console',
			canManageGuild: true,
		};
		try {
			if (parsed.line.autocomplete) {
				const { option, partial } = parsed.line.autocomplete;
				const choices = command.autocomplete?.(option, partial, input, this.context) ?? [];
				return choices.length > 0
					? choices.map((choice) => `  ${choice.name}  →  ${choice.value}`).join('\n')
					: '(no choices)';
			}
			const reply = await command.execute(input, this.context);
			this.lastReply = reply;
			return replyText(reply);
		} catch (error) {
			this.context.logger.error({ event: 'console-command', command: parsed.line.name, err: error }, 'failed');
			return GENERIC_ERROR;
		}
	}

	private page(direction: 1 | -1): string {
		const buttons = (this.lastReply?.components ?? []).flatMap((row) => row.components);
		const button = buttons[direction === 1 ? 1 : 0];
		const state = button && 'custom_id' in button && !button.disabled ? decodePageId(button.custom_id) : undefined;
		const pager = state ? LIST_PAGES[state.list] : undefined;
		if (!state || !pager) return 'There is no page in that direction.';
		this.lastReply = pager(state.state, state.page, this.context);
		return replyText(this.lastReply);
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
