/**
 * The local Discord stand-in for end-to-end tests (see `fakeDiscord.ts`), and its fault and nonce add-ons: the one
 * public entry point, so tests import from here and the parts stay free to move.
 */
export {
	ALL_PERMISSIONS,
	APP_ID,
	BOT_ID,
	CHANNEL_ID,
	GUILD_ID,
	USER_ID,
	botUser,
	buildMessage,
	snowflake,
	testUser,
	textChannel,
} from './discordObjects.js';
export { FakeDiscord, type FakeDiscordOptions } from './fakeDiscord.js';
export { type Interception, type Interceptor, faults } from './faults.js';
export { FaultPlan, type PlannedFault, planned } from './faultPlan.js';
export { DEFAULT_HEARTBEAT_INTERVAL_MS, type GatewayEvent, type GatewayEventKind } from './gateway.js';
export type { InteractionExtras, InteractionInput } from './interactionPayloads.js';
export type { InteractionHandle } from './interactions.js';
export { NonceMemory, type NonceMemoryOptions } from './nonceMemory.js';
export {
	type FakeResponse,
	type RecordedFile,
	type RecordedRequest,
	type RequestMatcher,
	matches,
} from './requests.js';
export type { RouteHandler } from './routes.js';
