import type {
	AutocompleteInteraction,
	ButtonInteraction,
	ChatInputCommandInteraction,
	Interaction,
	MessageContextMenuCommandInteraction,
} from 'discord.js';
import { describe, expectTypeOf, it } from 'vitest';
import type {
	RoutedAutocomplete,
	RoutedButton,
	RoutedChatInput,
	RoutedInteraction,
	RoutedMessageCommand,
} from '../../src/bot/routedInteraction.js';

describe('RoutedInteraction', () => {
	it("is a part of discord.js's interactions, so the client hands them to the router as they come", () => {
		expectTypeOf<Interaction>().toExtend<RoutedInteraction>();
		expectTypeOf<ChatInputCommandInteraction>().toExtend<RoutedChatInput>();
		expectTypeOf<AutocompleteInteraction>().toExtend<RoutedAutocomplete>();
		expectTypeOf<ButtonInteraction>().toExtend<RoutedButton>();
		expectTypeOf<MessageContextMenuCommandInteraction>().toExtend<RoutedMessageCommand>();
	});
});
