/**
 * Commander's own errors (an unknown option, a missing argument, a value outside the choices) in the
 * user's language. Commander writes them in English only; the parts that vary (the option, the value,
 * the suggestion) are taken from its message and put into ours. A message not recognised is shown as
 * Commander wrote it: never lost, only untranslated.
 */
import type { CommanderError } from "commander";
import { t, type Lang, type MessageKey } from "../core/index.js";

const PATTERNS: readonly (readonly [string, RegExp, MessageKey])[] = [
	["commander.unknownOption", /^unknown option '([^']*)'/u, "cli.commander.unknownOption"],
	["commander.unknownCommand", /^unknown command '([^']*)'/u, "cli.commander.unknownCommand"],
	["commander.missingArgument", /^missing required argument '([^']*)'/u, "cli.commander.missingArgument"],
	["commander.optionMissingArgument", /^option '([^']*)' argument missing/u, "cli.commander.optionMissingArgument"],
	["commander.missingMandatoryOptionValue", /^required option '([^']*)' not specified/u, "cli.commander.missingMandatoryOption"],
	["commander.invalidArgument", /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/u, "cli.commander.invalidChoice"],
	["commander.excessArguments", /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./u, "cli.commander.excessArguments"],
];

export function commanderMessage(e: CommanderError, lang: Lang): string {
	const [first = "", ...rest] = e.message.replace(/^error: /u, "").split("\n");
	const suggestion = /^\(Did you mean (.+)\?\)$/u.exec(rest.join(" ").trim())?.[1];
	const known = PATTERNS.find(([code, re]) => code === e.code && re.test(first));
	const m = known ? known[1].exec(first) : null;
	const text = known && m ? t(lang, known[2], { a: m[1] ?? "", b: m[2] ?? "", c: m[3] ?? "" }) : first;
	const hint = suggestion ? `${lang === "zh" ? "" : " "}${t(lang, "cli.commander.didYouMean", { suggestion })}` : "";
	return `${text}${hint}\n${t(lang, "cli.commander.help")}`;
}
