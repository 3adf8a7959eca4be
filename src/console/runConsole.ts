/**
 * The local console: type slash commands, read the replies as text. Each line becomes an interaction
 * (`ConsoleInteraction`) handed to the bot's own router, so dispatch, autocomplete, paging, error handling and
 * logging are the bot's: trying the console is trying the bot.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { APIApplicationCommandOption } from 'discord.js';
import type { Command, CommandContext } from '../bot/command.js';
import { InteractionRouter } from '../bot/router.js';
import { type ListAction, decodeActionId } from '../discord/actionIds.js';
import { decodePageId } from '../discord/customIds.js';
import type { Reply } from '../render/reply.js';
import { replyText } from '../render/replyText.js';
import { ConsoleChannels } from './consoleChannels.js';
import { choiceListText } from './consoleChoices.js';
import { ConsoleInteraction } from './consoleInteraction.js';
import { parseSlashLine } from './parseSlashLine.js';

export const CONSOLE_INTRO = `Local console: type a slash command as in Discord, e.g.
  /agreement query:transport year:2021
  /ask question:How many documents were signed in Ashgabat?
  /visit which:Ashgabat
Add ? after a value to see its choices (/agreement query:bord?, kind:?, sector:?). "next"/"prev" page a list, "export"
saves the whole list as CSV and JSON, "chart" saves its chart as PNG (the paths are printed), "exit" quits.
Channels are named as in Discord (/daily set channel:#research …); nothing is posted from the console.`;

/** What the console adds under a list with Export or Chart buttons. */
const ACTION_HINTS: Readonly<Record<ListAction, string>> = {
	export: 'Type "export" to save the whole list as CSV and JSON.',
	chart: 'Type "chart" to save its chart as PNG.',
};

/** The words that press a list's page buttons, in any case ("next", "NEXT", "Next"). */
const PAGE_WORDS: Readonly<Record<string, 1 | -1>> = { next: 1, prev: -1, previous: -1 };

/** What one typed line did. */
export interface ConsoleOutcome {
	/** What to print. */
	text: string;
	/**
	 * `reply`: the bot answered (as it would in Discord; a refusal is an answer too); `choices`: autocomplete or fixed
	 * choices; `refused`: the console could not run the line (not a command, a bad option, no page that way).
	 */
	kind: 'reply' | 'choices' | 'refused' | 'empty';
	/** The messages the bot sent for it, oldest first. */
	replies: readonly Reply[];
}

export class ConsoleSession {
	/** The last message shown, whose buttons "next" and "prev" press. */
	private lastReply: Reply | undefined;
	private readonly definitions: ReadonlyMap<string, readonly APIApplicationCommandOption[]>;
	private readonly router: InteractionRouter;
	private readonly channels = new ConsoleChannels();
	private filesDir: string | undefined;

	/**
	 * @param filesDir - where exports and charts are saved; a new folder in the system's temporary folder by default
	 */
	constructor(commands: ReadonlyMap<string, Command>, context: CommandContext, filesDir?: string) {
		this.definitions = new Map([...commands].map(([name, command]) => [name, command.data.toJSON().options ?? []]));
		this.router = new InteractionRouter(commands, context);
		this.filesDir = filesDir;
	}

	/**
	 * Runs one typed line.
	 *
	 * @returns the text to print
	 */
	async run(line: string): Promise<string> {
		return (await this.answer(line)).text;
	}

	/**
	 * Runs one typed line.
	 *
	 * @returns what it did: the text to print, and the bot's messages
	 */
	async answer(line: string): Promise<ConsoleOutcome> {
		const text = line.trim();
		if (text === '') return { text: '', kind: 'empty', replies: [] };
		const pageWord = Object.hasOwn(PAGE_WORDS, text.toLowerCase()) ? PAGE_WORDS[text.toLowerCase()] : undefined;
		if (pageWord) return this.page(pageWord);
		const action = text.toLowerCase();
		if (action === 'export' || action === 'chart') return this.act(action);
		const parsed = parseSlashLine(text, this.definitions, { channelId: (name) => this.channels.idOf(name) });
		if (!parsed.ok) return refused(parsed.error);
		if (parsed.line.choices) {
			const { offered } = parsed.line.choices;
			return choicesOutcome(
				offered.map((choice) => ({ name: choice.name, value: String(choice.value) })),
				0,
			);
		}
		const interaction = ConsoleInteraction.fromLine(parsed.line, this.definitions.get(parsed.line.name) ?? []);
		await this.router.handle(interaction);
		if (interaction.isAutocomplete()) return choicesOutcome(interaction.choices ?? [], interaction.moreChoices);
		return this.shown(interaction);
	}

	private async page(direction: 1 | -1): Promise<ConsoleOutcome> {
		const buttons = this.lastButtons().filter((button) => decodePageId(button.custom_id));
		const button = buttons[direction === 1 ? 1 : 0];
		if (!button || button.disabled) return refused('There is no page in that direction.');
		const interaction = ConsoleInteraction.button(button.custom_id);
		await this.router.handle(interaction);
		return this.shown(interaction);
	}

	/** Presses the last list's Export or Chart button; the files it brings are saved and their paths printed. */
	private async act(action: ListAction): Promise<ConsoleOutcome> {
		const button = this.lastButtons().find((candidate) => decodeActionId(candidate.custom_id)?.action === action);
		if (!button)
			return refused(action === 'export' ? 'There is no list to export.' : 'There is no chart for this list.');
		const interaction = ConsoleInteraction.button(button.custom_id);
		await this.router.handle(interaction);
		return this.shown(interaction);
	}

	private lastButtons(): { custom_id: string; disabled?: boolean }[] {
		return (this.lastReply?.components ?? [])
			.flatMap((row) => row.components)
			.flatMap((button) => ('custom_id' in button ? [button] : []));
	}

	/**
	 * What the router sent, as text, and where its files were saved. The last message is the one whose buttons page
	 * on, unless it only brought files: the list stays the one to page, export and chart.
	 */
	private shown(interaction: ConsoleInteraction): ConsoleOutcome {
		const last = interaction.messages.at(-1);
		if (last && interaction.files.length === 0) this.lastReply = last;
		const text = interaction.messages.map(replyText);
		if (interaction.files.length > 0) text.push(this.save(interaction.files));
		else if (last) {
			const actions = this.lastButtons().flatMap((button) => decodeActionId(button.custom_id)?.action ?? []);
			if (actions.length > 0) text.push(actions.map((action) => ACTION_HINTS[action]).join(' '));
		}
		return { text: this.channels.named(text.join('\n\n')), kind: 'reply', replies: [...interaction.messages] };
	}

	private save(files: readonly { name: string; data: Buffer }[]): string {
		if (this.filesDir) mkdirSync(this.filesDir, { recursive: true });
		else this.filesDir = mkdtempSync(join(tmpdir(), 'ca-diplomacy-'));
		const dir = this.filesDir;
		return files
			.map((file) => {
				const path = join(dir, file.name);
				writeFileSync(path, file.data);
				return `Saved ${file.name}: ${path}`;
			})
			.join('\n');
	}
}

function refused(text: string): ConsoleOutcome {
	return { text, kind: 'refused', replies: [] };
}

function choicesOutcome(choices: readonly { name: string; value: string | number }[], more: number): ConsoleOutcome {
	return {
		text: choiceListText(
			choices.map((choice) => ({ name: choice.name, value: String(choice.value) })),
			more,
		),
		kind: 'choices',
		replies: [],
	};
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
