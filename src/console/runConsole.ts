/**
 * The local console: type slash commands, read the replies as text. Each line becomes an interaction
 * (`ConsoleInteraction`) handed to the bot's own router, so dispatch, autocomplete, paging, error handling and
 * logging are the bot's: trying the console is trying the bot. Any button the router answers can be pressed, by its
 * number or its label, without the console knowing what it does.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { APIApplicationCommandOption } from 'discord.js';
import type { Command, CommandContext } from '../bot/command.js';
import { InteractionRouter } from '../bot/router.js';
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
Add ? after a value to see its choices (/agreement query:bord?, kind:?, sector:?). Under a reply its buttons are
listed, numbered: type the number or the label (any case) to press one, e.g. "next", "prev", "export" (saves the
whole list as CSV and JSON), "chart" (saves its chart as PNG); files are saved and their paths printed. "exit" quits.
Channels are named as in Discord (/daily set channel:#research …); nothing is posted from the console.`;

/** What the console says when a word names a button the replies do not have. */
const NO_SUCH_BUTTON: Readonly<Record<string, string>> = {
	next: 'There is no page in that direction.',
	prev: 'There is no page in that direction.',
	previous: 'There is no page in that direction.',
	export: 'There is no list to export.',
	chart: 'There is no chart for this list.',
};

/** Short words for a label's own ("prev" presses "◀ Previous"). */
const LABEL_WORDS: Readonly<Record<string, string>> = { prev: 'previous' };

/** The console's user, as the bot mentions it (`<@console>`), is "you" in its replies. */
const CONSOLE_USER_MENTION = /<@console>/gu;

/** A button still to press, as the console lists it. */
interface LiveButton {
	label: string;
	customId: string;
}

/** A message shown since the last command, with the buttons it still offers. */
interface ShownMessage {
	buttons: LiveButton[];
	/** Only the caller sees it: a page turned in it stays private. */
	private: boolean;
}

/** What one typed line did. */
export interface ConsoleOutcome {
	/** What to print. */
	text: string;
	/**
	 * `reply`: the bot answered (as it would in Discord; a refusal is an answer too); `choices`: autocomplete or fixed
	 * choices; `refused`: the console could not run the line (not a command, a bad option, no such button).
	 */
	kind: 'reply' | 'choices' | 'refused' | 'empty';
	/** The messages the bot sent for it, oldest first. */
	replies: readonly Reply[];
}

export class ConsoleSession {
	/**
	 * The messages shown since the last slash command whose buttons can still be pressed, newest first: a command's
	 * reply starts them afresh; a button's reply is added (a new message) or takes the place of the message pressed
	 * (a page turned), as in Discord, where earlier messages keep their buttons.
	 */
	private shownMessages: ShownMessage[] = [];
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
	 * Runs one typed line: a slash command, or a button's number or label.
	 *
	 * @returns what it did: the text to print, and the bot's messages
	 */
	async answer(line: string): Promise<ConsoleOutcome> {
		const text = line.trim();
		if (text === '') return { text: '', kind: 'empty', replies: [] };
		if (!text.startsWith('/')) {
			const pressed = this.buttonFor(text);
			if (pressed) return pressed.button ? this.press(pressed.button) : refused(pressed.problem);
		}
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
		this.shownMessages = [];
		return this.shown(interaction, undefined);
	}

	/** The buttons that can be pressed now, numbered from 1 as listed. */
	liveButtons(): readonly LiveButton[] {
		const seen = new Set<string>();
		return this.shownMessages
			.flatMap((message) => message.buttons)
			.filter((button) => !seen.has(button.customId) && Boolean(seen.add(button.customId)));
	}

	/**
	 * The button a typed number or label names: the number as listed, the label in any case (its arrows and
	 * punctuation aside), or its first word or words when no other button's label begins so.
	 *
	 * @returns the button; a problem when the words name no button or several; undefined when they are not a
	 *   button's words at all (the line is then read as a command)
	 */
	private buttonFor(typed: string): { button?: LiveButton; problem: string } | undefined {
		const live = this.liveButtons();
		if (/^\d+$/u.test(typed)) {
			const button = live[Number(typed) - 1];
			return button ? { button, problem: '' } : { problem: `There is no button [${typed}].` };
		}
		const words = labelWords(typed);
		const wanted = LABEL_WORDS[words] ?? words;
		const exact = live.filter((button) => labelWords(button.label) === wanted);
		const starting = live.filter((button) => ` ${labelWords(button.label)} `.startsWith(` ${wanted} `));
		const matches = exact.length > 0 ? exact : starting;
		const [only] = matches;
		if (only && matches.length === 1) return { button: only, problem: '' };
		if (matches.length > 1) return { problem: `Which one? ${listed(live, matches)}: type its number.` };
		return Object.hasOwn(NO_SUCH_BUTTON, wanted) ? { problem: NO_SUCH_BUTTON[wanted] ?? '' } : undefined;
	}

	/** Presses a button through the router, as Discord would send the press. */
	private async press(button: LiveButton): Promise<ConsoleOutcome> {
		const interaction = ConsoleInteraction.button(button.customId);
		await this.router.handle(interaction);
		return this.shown(interaction, button);
	}

	/**
	 * What the router sent, as text, where its files were saved, and the buttons left to press. A message a press
	 * turned (a list's next page) takes the place of the one pressed; any other message is added, unless it only
	 * brought files.
	 */
	private shown(interaction: ConsoleInteraction, pressed: LiveButton | undefined): ConsoleOutcome {
		const turned = interaction.turned && pressed ? this.shownMessages.findIndex((shown) => has(shown, pressed)) : -1;
		// Discord keeps a turned message as private as it was; the console's update knows nothing of it.
		const privately = turned >= 0 && this.shownMessages[turned]?.private === true;
		const messages = interaction.messages.map((message) => (privately ? { ...message, ephemeral: true } : message));
		if (turned >= 0) this.shownMessages.splice(turned, 1);
		for (const message of messages) {
			const buttons = liveButtonsOf(message);
			if (buttons.length > 0) this.shownMessages.unshift({ buttons, private: message.ephemeral });
		}
		const text = messages.map(replyText);
		if (interaction.files.length > 0) text.push(this.save(interaction.files));
		const live = this.liveButtons();
		if (live.length > 0 && interaction.files.length === 0)
			text.push(`${listed(live, live)} — type a number or a label to press it.`);
		const printed = this.channels.named(text.join('\n\n')).replace(CONSOLE_USER_MENTION, '@you');
		return { text: printed, kind: 'reply', replies: messages };
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

/** The enabled buttons of a message, in the order Discord shows them. */
function liveButtonsOf(reply: Reply): LiveButton[] {
	return reply.components
		.flatMap((row) => row.components)
		.flatMap((button) =>
			'custom_id' in button && button.disabled !== true
				? [{ label: button.label ?? button.custom_id, customId: button.custom_id }]
				: [],
		);
}

function has(message: ShownMessage, button: LiveButton): boolean {
	return message.buttons.some((candidate) => candidate.customId === button.customId);
}

/** "[1] Next ▶  [2] Export (CSV, JSON)": the buttons, numbered as in `all`. */
function listed(all: readonly LiveButton[], buttons: readonly LiveButton[]): string {
	return buttons.map((button) => `[${all.indexOf(button) + 1}] ${button.label}`).join('  ');
}

/** A label's words, for matching what is typed: lower case, letters and digits only ("◀ Previous" → "previous"). */
function labelWords(label: string): string {
	return label
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
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
