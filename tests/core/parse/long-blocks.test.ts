import { describe, expect, it } from "vitest";
import { closesBlock, openedBlock } from "../../../src/core/parse/long-blocks.js";

describe("The blocks a blank line does not end: what opens them", () => {
	it.each([
		["```", "fence"],
		["````ts title", "fence"],
		["~~~ `info` with backticks", "fence"],
		["<pre>", "html"],
		["<SCRIPT src=x>", "html"],
		["<!-- note", "html"],
		["<?php", "html"],
		["<![CDATA[", "html"],
	])("should open a block at %j", (line, kind) => {
		expect(openedBlock(line)?.kind).toBe(kind);
	});

	it.each([
		["two backticks", "``"],
		["a backtick fence whose info string holds a backtick", "```a``` text"],
		["raw HTML closed on its own line", "<pre>x</pre>"],
		["kind 1 closed by another kind 1 end tag", "<pre>x</script>"],
		["a doctype", "<!DOCTYPE html>"],
		["a tag that a blank line ends", "<div>"],
		["a tag name that only starts like one", "<pre-wrap>"],
	])("should open nothing at %s", (_what, line) => {
		expect(openedBlock(line)).toBeNull();
	});
});

describe("The blocks a blank line does not end: what closes them", () => {
	const fence = openedBlock("````")!;
	const pre = openedBlock("<pre>")!;

	it.each([
		["a fence as long", "````"],
		["a longer fence, indented three spaces, with trailing spaces", "   ``````  "],
		["kind 1 by any of its end tags", "</TEXTAREA> and text"],
	])("should close at %s", (_what, line) => {
		expect(closesBlock(line.includes("<") ? pre : fence, line)).toBe(true);
	});

	it.each([
		["a shorter fence", "```"],
		["the other fence character", "~~~~"],
		["a fence with words after it", "```` x"],
		["a fence indented four spaces", "    ````"],
		["a fence after a tab, which counts four columns", "\t````"],
	])("should not close at %s", (_what, line) => {
		expect(closesBlock(fence, line)).toBe(false);
	});

	it("should let the chunker's line scan close an indented fence, as list items indent them", () => {
		expect(closesBlock(fence, "\t\t````", Infinity)).toBe(true);
	});
});
