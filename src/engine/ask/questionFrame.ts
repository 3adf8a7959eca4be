/**
 * Researchers wrap a question in conversation: "any idea …", "can you tell me …", "quick q - … thanks". The frame
 * names nothing to search for, and it hides how the question starts ("when", "which", "how many"), which is how it
 * says what it asks. The words are language only.
 */

/** Greetings and openers, each with the punctuation after it. */
const OPENERS = String.raw`(?:(?:hi|hey|hello|ok|okay|quick (?:q|question)|question|qq)\b[\s,:;.!\-–—]*)*`;
/** Asking to be told, with the punctuation after it ("can you tell me", "I need to know:"). */
const ASKING = String.raw`(?:(?:any idea|do you know|does anyone know|(?:can|could|would) you (?:please )?(?:tell me|say|check)|(?:please |pls )?tell me|i(?:'d| would)? (?:like|want|need) to know|i'?m wondering|i am wondering|wondering|please|pls)\b(?: (?:if|whether)\b)?[\s,:;.!\-–—]*)?`;
const LEADING = new RegExp(`^${OPENERS}${ASKING}`, 'iu');

/** Thanks, and a last request for anything at all, after the question. */
const TRAILING =
	/[\s,;.!?\-–—]*(?:(?:thanks|thank you|thx|ty|cheers|please|pls|any (?:info|idea|ideas|details|news)|anyone)[\s,;.!?\-–—]*)+$/iu;

/**
 * @param question - the question as typed, trimmed
 * @returns the question without its conversational frame; the question itself when the frame is all there is
 * @example
 * withoutFrame('any idea when the Ankara council met? thanks'); // 'when the Ankara council met'
 */
export function withoutFrame(question: string): string {
	const inner = question.replace(LEADING, '').replace(TRAILING, '').trim();
	return inner === '' ? question : inner;
}
