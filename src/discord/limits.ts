/** Discord's limits, named once. Exceeding any of them makes Discord reject the reply. */
export const DISCORD_LIMITS = {
	messageContent: 2000,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	embedFieldName: 256,
	embedFieldValue: 1024,
	embedFooter: 2048,
	embedTotal: 6000,
	embedsPerMessage: 10,
	autocompleteChoices: 25,
	choiceName: 100,
	choiceValue: 100,
	customId: 100,
	buttonLabel: 80,
	/** Bytes of attachments one message may carry where the server has no boost (Discord's default upload limit). */
	attachmentBytes: 10 * 1024 * 1024,
} as const;

/** Acknowledge within 3 s; defer well before that when an answer is not ready. */
export const DEFER_AFTER_MS = 1500;
