/**
 * What became of a proposal. A question that asks whether something proposed was ever done ("Was the border trade
 * zone ever built?", "Has the investment agreement been signed since?") is answered by a later record the dataset
 * links to it (a follow-up), or by the proposal's own status when it was done; a proposal with neither is all the
 * sources hold, and they do not say what became of it. Language only: the words that ask for an outcome.
 */
import type { Dataset } from '../../data/validateDataset.js';
import type { Entry } from '../entries.js';
import { foldText } from '../normalise.js';
import type { AskNotice } from './notice.js';

/** Words that ask what became of something (folded text). */
const ASKS_OUTCOME =
	/\b(ever|actually|yet|so far|by now|become of|became of|happened (to|with)|what happened|followed up|materiali[sz]ed|carried out|implemented)\b|\b(been|get|got|was it|were they) (built|signed|held|opened|implemented|launched|completed|established|set up|created|ratified)\b|\b(take|took) place\b/u;

/**
 * @param query - the question as asked
 * @param lead - the best match
 * @param dataset - its follow-ups
 * @returns a notice when the question asks what became of a proposal the sources never follow up
 * @example
 * unfollowedProposal('Was the border trade zone ever built?', zoneEntry, dataset); // { kind: 'no-follow-up', … }
 */
export function unfollowedProposal(query: string, lead: Entry, dataset: Dataset): AskNotice | undefined {
	const answer = lead.answer;
	if (answer.kind !== 'proposal' || answer.record.status === 'done' || !ASKS_OUTCOME.test(foldText(query)))
		return undefined;
	if (dataset.followUps.some((followUp) => followUp.earlier === answer.record.id)) return undefined;
	return { kind: 'no-follow-up', title: lead.label };
}
