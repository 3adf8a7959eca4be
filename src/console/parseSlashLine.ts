/**
 * Parses what a person types in the local console, the way Discord's client
 * reads it: `/agreement query:transport corridor year:2021`. Values run until
 * the next `name:`; option types come from the command's own definition.
 */
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import type { OptionValue } from '../bot/command.js';

export interface ParsedSlashLine {
	name: string;
	subcommand?: string;
	options: Map<string, OptionValue>;
	/** The option the user asked completions for, with `name:partial?`. */
	autocomplete?: { option: string; partial: string };
}

export type SlashParseOutcome = { ok: true; line: ParsedSlashLine } | { ok: false; error: string };

/**
 * @param text - the typed line
 * @param definitions - each command's options, by command name (from `data.toJSON().options`)
 * @example
 * parseSlashLine('/agreement year:2021', defs); // { ok: true, line: { name: 'agreement', options: Map { 'year' => 2021 } } }
 */
export function parseSlashLine(
	text: string,
	definitions: ReadonlyMap<string, readonly APIApplicationCommandOption[]>,
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
		// Choices are asked for on an autocompleted option, and on one with fixed choices, which Discord's client lists.
		if (raw.endsWith('?') && offersChoices(definition)) {
			autocomplete = { option: key, partial: raw.slice(0, -1) };
			continue;
		}
		const value = convert(definition, raw);
		if (value === undefined)
			return {
				ok: false,
				error: `Option ${key} expects ${ApplicationCommandOptionType[definition.type].toLowerCase()}`,
			};
		values.set(key, value);
	}
	const missing = options.find(
		(option) =>
			'required' in option && option.required && !values.has(option.name) && autocomplete?.option !== option.name,
	);
	if (missing && !autocomplete) return { ok: false, error: `/${name} needs ${missing.name}:…` };
	return { ok: true, line: { name, subcommand, options: values, autocomplete } };
}

/** Whether Discord offers choices for the option: completed by the bot, or fixed in its definition. */
export function offersChoices(definition: APIApplicationCommandOption): boolean {
	if ('autocomplete' in definition && definition.autocomplete) return true;
	return 'choices' in definition && (definition.choices?.length ?? 0) > 0;
}

function convert(definition: APIApplicationCommandOption, raw: string): OptionValue | undefined {
	switch (definition.type) {
		case ApplicationCommandOptionType.Integer:
			return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
		case ApplicationCommandOptionType.Number:
			return Number.isFinite(Number(raw)) && raw !== '' ? Number(raw) : undefined;
		case ApplicationCommandOptionType.Boolean:
			return raw === 'true' ? true : raw === 'false' ? false : undefined;
		case ApplicationCommandOptionType.Channel:
			return raw.replace(/^<#|>$/g, '').replace(/^#/, '');
		default:
			return raw;
	}
}
