/**
 * Application commands as Discord keeps them: global and per guild, overwritten by PUT and upserted by POST, each with
 * an id that stays the same across registrations (and that interactions for the command carry).
 */
import { ApplicationCommandType } from 'discord.js';
import { APP_ID, asRecord, snowflake } from './discordObjects.js';

type StoredCommand = Record<string, unknown>;

export class CommandRegistry {
	private readonly globalCommands = new Map<string, StoredCommand>();
	private readonly guildCommands = new Map<string, Map<string, StoredCommand>>();
	private readonly commandIds = new Map<string, string>();

	/** Commands registered through PUT/POST (global when guildId is omitted). */
	registered(guildId?: string): StoredCommand[] {
		const store = guildId === undefined ? this.globalCommands : this.guildCommands.get(guildId);
		return store ? [...store.values()] : [];
	}

	/** Whether a command of that name is registered in that guild. */
	isGuildCommand(guildId: string, name: string): boolean {
		return this.guildCommands.get(guildId)?.has(name) === true;
	}

	/** The id of a registered command, or a stable fake id per name. */
	idFor(name: string, guildId: string | undefined): string {
		const registered =
			(guildId ? this.guildCommands.get(guildId)?.get(name) : undefined) ?? this.globalCommands.get(name);
		if (typeof registered?.id === 'string') return registered.id;
		let id = this.commandIds.get(name);
		if (!id) {
			id = snowflake();
			this.commandIds.set(name, id);
		}
		return id;
	}

	/** PUT: the body's commands replace the scope's. */
	overwrite(body: unknown, guildId: string | undefined): StoredCommand[] {
		const store = this.storeFor(guildId);
		const commands = (Array.isArray(body) ? body : []).map((raw) => this.toCommand(store, raw, guildId));
		store.clear();
		for (const command of commands) store.set(String(command.name), command);
		return commands;
	}

	/** POST: one command added or replaced. */
	upsert(body: unknown, guildId: string | undefined): StoredCommand {
		const store = this.storeFor(guildId);
		const command = this.toCommand(store, body, guildId);
		store.set(String(command.name), command);
		return command;
	}

	private storeFor(guildId: string | undefined): Map<string, StoredCommand> {
		if (guildId === undefined) return this.globalCommands;
		let store = this.guildCommands.get(guildId);
		if (!store) {
			store = new Map();
			this.guildCommands.set(guildId, store);
		}
		return store;
	}

	private toCommand(store: Map<string, StoredCommand>, raw: unknown, guildId: string | undefined): StoredCommand {
		const command = asRecord(raw) ?? {};
		const name = typeof command.name === 'string' ? command.name : 'unnamed';
		const existing = store.get(name);
		const id = typeof existing?.id === 'string' ? existing.id : this.idFor(name, undefined);
		return {
			type: ApplicationCommandType.ChatInput,
			description: '',
			default_member_permissions: null,
			nsfw: false,
			...command,
			id,
			application_id: APP_ID,
			version: snowflake(),
			...(guildId ? { guild_id: guildId } : {}),
		};
	}
}
