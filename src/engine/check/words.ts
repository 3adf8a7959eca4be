/**
 * Words as the checker compares them: the search terms (`normaliseTerms`: folded, stop words out, the dataset's
 * spellings applied, "Kazakh" → "kazakhstan") with plurals reduced to the singular, so "investments" in a claim meets
 * "investment" in a figure's label and "companies" meets "company".
 */
import { normaliseTerms } from '../normalise.js';

/**
 * @example
 * stem('companies'); // 'company'
 * stem('memoranda'); // 'memorandum'
 */
export function stem(term: string): string {
	if (term.length <= 3) return term;
	if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`;
	if (term === 'memoranda') return 'memorandum';
	if (/(?:ss|us|is|ics)$/u.test(term)) return term;
	if (/(?:sses|xes|ches|shes)$/u.test(term)) return term.slice(0, -2);
	if (term.endsWith('s')) return term.slice(0, -1);
	return term;
}

/**
 * @param text - any text
 * @returns its search terms, each reduced to the singular
 * @example
 * stemmedWords('Kazakh investments'); // ['kazakhstan', 'investment']
 */
export function stemmedWords(text: string): string[] {
	return normaliseTerms(text).map(stem);
}
