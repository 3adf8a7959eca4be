/**
 * `check`: a text checked against the records, claim by claim, as text or as the rendered check in JSON. Its own
 * module so that `runCli` loads the checker (its sentence splitter, claim readers and matchers) only for `check`.
 */
import { checkText } from '../engine/check/checker.js';
import type { Engine } from '../engine/engine.js';
import { renderCheckText } from '../render/checkReportText.js';
import { renderCheck } from '../render/verdictProse.js';
import type { CliOutput } from './runCli.js';

/**
 * @param text - the text to check
 * @param engine - the engine
 * @param json - the rendered check as JSON instead of text
 * @returns the check for stdout (exit code 0)
 * @example
 * checkOutput('25 documents were signed in Ashgabat.', engine, false).stdout.split('\n')[0];
 * // '1 claim checked: 1 contradicted.'
 */
export function checkOutput(text: string, engine: Engine, json: boolean): CliOutput {
	const check = renderCheck(checkText(engine, text));
	return { stdout: json ? JSON.stringify(check, null, 2) : renderCheckText(check), stderr: '', exitCode: 0 };
}
