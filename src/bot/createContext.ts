/** Everything a running bot or console needs, built once at startup. */
import { loadCommands, loadMessageCommands } from '../../commands/index.js';
import { loadDataset } from '../data/loadDataset.js';
import { Engine } from '../engine/engine.js';
import type { Logger } from '../logger.js';
import { packagePath } from '../packageRoot.js';
import type { Command, CommandContext, MessageCommand } from './command.js';

export interface BotContext {
	commands: ReadonlyMap<string, Command>;
	/** The message commands (Apps → "…"), for the router; the console has no messages to use them on. */
	messageCommands: ReadonlyMap<string, MessageCommand>;
	context: CommandContext;
}

/**
 * @param logger - the logger commands use
 * @param dataDir - the dataset directory (the repository's by default)
 */
export async function createBotContext(logger: Logger, dataDir = packagePath('data')): Promise<BotContext> {
	const engine = new Engine(await loadDataset(dataDir));
	return {
		commands: loadCommands(),
		messageCommands: loadMessageCommands(),
		context: { engine, logger, now: () => new Date() },
	};
}
