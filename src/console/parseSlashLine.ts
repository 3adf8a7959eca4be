/**
 * Parses what a person types in the local console, the way Discord's client
 * reads it: `/agreement query:transport corridor year:2021`. Values run until
 * the next `name:`; option types come from the command's own definition.
 *
 * What Discord's client would not let through is refused here too, so the console answers as the bot would: an
 * option given twice, a value outside a fixed set of choices (a choice is typed by its name, as Discord shows it,
 * or its value), a number outside its range, text over its length.
 */
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import type { OptionValue } from '../bot/command.js';

/** One of an option's fixed choices, as the command defines it. */
export interface FixedChoice {
	name: string;
	value: string | number;
}

export interface ParsedSlashLine {
	name: string;
	subcommand?: string;
	options: Map<string, OptionValue>;
	/** The option the user asked completions for, with `name:partial?`. */
	autocomplete?: { option: string; partial: string };
	/** For `name:partial?` on an option with fixed choices: those Discord's client would show for the partial. */
	choices?: { option: string; offered: readonly FixedChoice[] };
}

export type SlashParseOutcome = { ok: true; line: ParsedSlashLine } | { ok: false; error: string };

export interface SlashParseOptions {
	/**
	 * The id of the channel a name stands for (`channel:#research`). Without it, a channel is named by its id only,
	 * as Discord sends it.
	 */
	channelId?: (name: string) => string;
}

/**
 * @param text - the typed line
 * @param definitions - each command's options, by command name (from `data.toJSON().options`)
 * @param parseOptions - how channel names are resolved
 * @example
 * parseSlashLine('/agreement year:2021', defs); // { ok: true, line: { name: 'agreement', options: Map { 'year' => 2021 } } }
 * parseSlashLine('/agreement kind:any memorandum', defs); // … options: Map { 'kind' => 'memorandum' }
 */
export function parseSlashLine(
	text: string,
	definitions: ReadonlyMap<string, readonly APIApplicationCommandOption[]>,
	parseOptions: SlashParseOptions = {},
): SlashParseOutcome {
	const match = /^\/([\w-]+)\s*(.*)$/su.exec(text.trim());
	if (!match) return { ok: false, error: 'Commands start with a slash, e.g. /agreement query:transport' };
	const [, name = '', rest = ''] = match;
	let options = definitions.get(name);
	if (!options) return { ok: false, error: `Unknown command /${name}. Type /help for the list.` };

	let body = rest;
	let subcommand: string | undefined;
	const subcommands = options.filter((option) => option.type === ApplicationCommandOptionType.Subcommand);
	if (subcommands.length > 0) {
		const [first = '', ...others] = body.split(/\s+/u);
		const chosen = subcommands.find((option) => option.name === first);
		if (!chosen)
			return { ok: false, error: `/${name} needs one of: ${subcommands.map((option) => option.name).join(', ')}` };
		subcommand = chosen.name;
		options = 'options' in chosen ? (chosen.options ?? []) : [];
		body = others.join(' ');
	}

	const values = new Map<string, OptionValue>();
	let autocomplete: ParsedSlashLine['autocomplete'];
	let choices: ParsedSlashLine['choices'];
	for (const part of body.split(/\s+(?=[\w-]+:)/u).filter((segment) => segment.trim() !== '')) {
		const separator = part.indexOf(':');
		if (separator <= 0) return { ok: false, error: `Write options as name:value (got "${part}")` };
		const key = part.slice(0, separator);
		const raw = part.slice(separator + 1).trim();
		const definition = options.find((option) => option.name === key);
		if (!definition)
			return {
				ok: false,
				error: `/${name} has no option "${key}". It has: ${options.map((option) => option.name).join(', ') || 'none'}`,
			};
		if (values.has(key) || autocomplete?.option === key || choices?.option === key)
			return { ok: false, error: `Give ${key} once.` };
		const fixed = fixedChoices(definition);
		if (raw.endsWith('?') && fixed) {
			choices = { option: key, offered: offeredChoices(fixed, raw.slice(0, -1)) };
			continue;
		}
		if (raw.endsWith('?') && 'autocomplete' in definition && definition.autocomplete) {
			autocomplete = { option: key, partial: raw.slice(0, -1) };
			continue;
		}
		const value = convert(definition, raw, parseOptions);
		if (!value.ok) return { ok: false, error: value.error };
		values.set(key, value.value);
	}
	const asking = autocomplete ?? choices;
	const missing = options.find(
		(option) => 'required' in option && option.required && !values.has(option.name) && asking?.option !== option.name,
	);
	if (missing && !asking) return { ok: false, error: `/${name} needs ${missing.name}:…` };
	return { ok: true, line: { name, subcommand, options: values, autocomplete, ...(choices ? { choices } : {}) } };
}

type Converted = { ok: true; value: OptionValue } | { ok: false; error: string };

/** A typed value as Discord would send it, or why Discord's client would not have sent it. */
function convert(definition: APIApplicationCommandOption, raw: string, parseOptions: SlashParseOptions): Converted {
	const { name } = definition;
	const typeName = ApplicationCommandOptionType[definition.type].toLowerCase();
	const fixed = fixedChoices(definition);
	if (fixed) {
		const chosen = fixed.find((choice) => fold(choice.name) === fold(raw) || fold(String(choice.value)) === fold(raw));
		return chosen
			? { ok: true, value: chosen.value }
			: { ok: false, error: `Option ${name} is one of: ${fixed.map((choice) => choice.name).join(', ')}.` };
	}
	switch (definition.type) {
		case ApplicationCommandOptionType.Integer:
		case ApplicationCommandOptionType.Number: {
			const number = Number(raw);
			const valid = definition.type === ApplicationCommandOptionType.Integer ? /^-?\d+$/.test(raw) : raw !== '';
			if (!valid || !Number.isFinite(number)) return { ok: false, error: `Option ${name} expects ${typeName}` };
			const { min_value: min, max_value: max } = definition;
			if ((min !== undefined && number < min) || (max !== undefined && number > max))
				return { ok: false, error: `Option ${name} is from ${min ?? '…'} to ${max ?? '…'}.` };
			return { ok: true, value: number };
		}
		case ApplicationCommandOptionType.Boolean:
			return raw === 'true' || raw === 'false'
				? { ok: true, value: raw === 'true' }
				: { ok: false, error: `Option ${name} expects ${typeName}` };
		case ApplicationCommandOptionType.Channel:
			return channelValue(name, raw, parseOptions);
		case ApplicationCommandOptionType.String: {
			const max = definition.max_length;
			if (max !== undefined && raw.length > max)
				return { ok: false, error: `Option ${name} takes at most ${max} characters.` };
			return { ok: true, value: raw };
		}
		default:
			return { ok: true, value: raw };
	}
}

/**
 * A channel as an id: `<#123>`, `#123` and `123` are ids, as Discord writes them; `#research` is a name, resolved by
 * the console's own channels.
 */
function channelValue(option: string, raw: string, parseOptions: SlashParseOptions): Converted {
	const id = /^(?:<#(\d{1,20})>|#?(\d{1,20}))$/u.exec(raw);
	const digits = id?.[1] ?? id?.[2];
	if (digits) return { ok: true, value: digits };
	const named = /^#?([\p{L}\p{N}_-]{1,100})$/u.exec(raw)?.[1];
	if (named && parseOptions.channelId) return { ok: true, value: parseOptions.channelId(named.toLowerCase()) };
	return {
		ok: false,
		error: parseOptions.channelId
			? `Option ${option} is a channel: #name or its id.`
			: `Option ${option} is a channel: give its id.`,
	};
}

function fixedChoices(definition: APIApplicationCommandOption): readonly FixedChoice[] | undefined {
	return 'choices' in definition && definition.choices && definition.choices.length > 0
		? definition.choices
		: undefined;
}

/** The choices whose name or value contains what was typed, as Discord's client narrows them (all for nothing). */
function offeredChoices(choices: readonly FixedChoice[], partial: string): FixedChoice[] {
	const typed = fold(partial.trim());
	return choices.filter((choice) => fold(choice.name).includes(typed) || fold(String(choice.value)).includes(typed));
}

/** Case and accents set aside, as a person typing "turkiye" means "Türkiye". */
function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
