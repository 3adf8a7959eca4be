/**
 * Choices as the console prints them, for `option:partial?`: an autocompleted option's from the router, as Discord
 * asks for them; an option with fixed choices (country, kind) listed by `parseSlashLine`, as Discord's client lists
 * them without asking the bot. The console says how many more match, which Discord cannot.
 */
import { CHOICE_LIST_WORDS } from '../text/labelWords.js';
import type { ConsoleChoice } from './consoleInteraction.js';

/**
 * The choices as the console prints them, one a line, and how many more there are.
 *
 * @example
 * choiceListText([{ name: 'defence', value: 'defence' }], 6); // '  defence  →  defence\n… and 6 more: type to narrow'
 */
export function choiceListText(choices: readonly ConsoleChoice[], more: number): string {
	if (choices.length === 0) return CHOICE_LIST_WORDS.none;
	const lines = choices.map((choice) => `  ${choice.name}  →  ${choice.value}`);
	if (more > 0) lines.push(CHOICE_LIST_WORDS.more(more));
	return lines.join('\n');
}
