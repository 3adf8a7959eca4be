/** The local time of day a daily post is set for, as `/daily set time:` reads it. */

/** 24-hour HH:MM, the hour with or without its leading zero. */
const TIME_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/**
 * @param text - what was typed, e.g. "9:05"
 * @returns the time as HH:MM ("09:05"); undefined for anything that is not a time of day
 * @example
 * normaliseTime(' 9:05 '); // '09:05'
 * normaliseTime('24:00'); // undefined
 */
export function normaliseTime(text: string): string | undefined {
	const match = TIME_PATTERN.exec(text.trim());
	return match ? `${match[1]?.padStart(2, '0')}:${match[2]}` : undefined;
}
