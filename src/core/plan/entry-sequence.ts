/**
 * The plan's market-entry sequence: the table in its plan note with a market column and a planned
 * entry-date column (the plan template's "市场进入顺序 Market-entry sequence"). Each row with a date
 * becomes a milestone on the plan's timeline and roadmap. Columns are found by their header words in
 * either language, so a table people built themselves, or one with its columns moved, reads the
 * same; a date that cannot be read is reported on its row, never guessed.
 */
import { readTablesSteps } from "../parse/tables.js";
import type { Steps } from "../parse/steps.js";
import type { Problem } from "../parse/types.js";
import { linkInValue } from "../parse/wikilinks.js";
import { isCalendarDay, toIsoDate } from "./dates.js";

export interface MarketEntry {
	/** The market as written in its cell (`DE`, `德国 Germany`). */
	readonly market: string;
	/** The planned entry day, YYYY-MM-DD. */
	readonly date: string;
	/** The row's line in the plan note. */
	readonly line: number;
	/** The link target in the row's entry-note cell, if any. */
	readonly note: string | null;
}

/** Header words of the entry-date column (compared lower-cased, white space as one space). */
const DATE_HEADERS = ["计划进入", "进入日期", "进入时间", "entry date", "date of entry", "planned entry"];
/** Header words of the market column: one of these as a word of its own. */
const MARKET_WORDS = new Set(["市场", "目标市场", "国家", "地区", "market", "markets", "target market", "country", "region"]);
const NOTE_WORDS = ["笔记", "note"];
/** Where one of the date headers could be written: only pieces matching this are read. */
const MAY_HOLD = /计划进入|进入日期|进入时间|entry|date of entry/i;

const norm = (cell: string): string => cell.toLowerCase().replace(/\s+/g, " ").trim();
const words = (cell: string): string[] => norm(cell).split(/[ /|·,，、()（）]+/).filter((w) => w !== "");

function columns(header: readonly string[]): { market: number; date: number; note: number } | null {
	const date = header.findIndex((h) => DATE_HEADERS.some((d) => norm(h).includes(d)));
	const market = header.findIndex((h, i) => i !== date && (MARKET_WORDS.has(norm(h)) || words(h).some((w) => MARKET_WORDS.has(w))));
	if (date < 0 || market < 0) return null;
	const note = header.findIndex((h, i) => i !== date && i !== market && NOTE_WORDS.some((n) => norm(h).includes(n)));
	return { market, date, note };
}

export interface EntryReading {
	readonly entries: readonly MarketEntry[];
	readonly problems: readonly Problem[];
}

/** The entries of every market-entry table in a plan note, in the note's order. */
export function* readEntrySequenceSteps(text: string): Steps<EntryReading> {
	const tables = yield* readTablesSteps(text, MAY_HOLD, (header) => columns(header) !== null);
	const entries: MarketEntry[] = [];
	const problems: Problem[] = [];
	for (const table of tables) {
		const col = columns(table.header.cells);
		if (!col) continue;
		for (const row of table.rows) {
			const written = row.cells[col.date] ?? "";
			const market = row.cells[col.market] ?? "";
			if (written === "") continue;
			const date = toIsoDate(written);
			if (date === null) problems.push({ line: row.line, code: "entry-date", args: { market: market || "?", value: written } });
			else if (market === "") problems.push({ line: row.line, code: "entry-market", args: { date } });
			else entries.push({ market, date, line: row.line, note: col.note >= 0 ? linkInValue(row.cells[col.note] ?? "") : null });
		}
	}
	return { entries, problems };
}

/** The entries as milestones are drawn: real days only, earliest first (the timeline and the roadmap). */
export function entriesByDate(entries: readonly MarketEntry[]): MarketEntry[] {
	return entries.filter((e) => isCalendarDay(e.date)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
