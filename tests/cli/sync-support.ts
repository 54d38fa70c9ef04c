/** A small team vault on disk for the sync command's tests, and the CLI run in-process. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { main, type Io } from "../../src/cli/main.js";

export const LIBRARY_PATH = "Intl plan/checklist-library.md";

export const LIBRARY = `---
intl-plan-library: 1
---
# 团队清单库 Team checklist library

## 战略决策 Strategy

- 用平台数据为候选市场打分 ^ck-strategy-scoring
    - en:: Score candidate markets with platform data
    - when:: always
    - source:: §3.1
- 先以跨境电商试水新市场 ^ck-strategy-trial
    - en:: Test new markets through cross-border e-commerce first
    - when:: size = small, micro
    - source:: §3.1

## 技术赋能 Technology

- 建设数据中台 ^ck-tech-data
    - en:: Build a data platform
    - when:: always
    - source:: §3.2
- 接入海外支付 ^ck-tech-payments
    - en:: Connect overseas payment methods
    - when:: always
    - source:: §3.2

## 风险合规 Compliance

- 在欧盟注册商标 ^ck-comp-eu-trademark
    - en:: Register the trademark in the EU
    - when:: market = EU
    - source:: §3.4
- 建立合规台账 ^ck-comp-register
    - en:: Keep a compliance register
    - when:: always
    - source:: §3.4, §4.4
`;

export function plan(company: string, owner: string, lang: "zh" | "en", markets: string): string {
	return `---
intl-plan: 1
company: ${company}
size: small
markets: [${markets}]
owner: ${owner}
lang: ${lang}
---
# ${company}

${owner} 的规划。

## 战略决策 Strategy

%% intl-plan:checklist %%

## 技术赋能 Technology

%% intl-plan:checklist %%

## 风险合规 Compliance

%% intl-plan:checklist %%
`;
}

export interface Captured extends Io {
	stdout: string;
	stderr: string;
}

export function capture(): Captured {
	const io: Captured = {
		stdout: "",
		stderr: "",
		out: (s) => (io.stdout += s),
		err: (s) => (io.stderr += s),
		columns: 100,
		color: false,
		env: { LANG: "en_US.UTF-8" },
	};
	return io;
}

export async function cli(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
	const io = capture();
	const status = await main(args, io);
	return { status, stdout: io.stdout, stderr: io.stderr };
}

export function makeVault(files: Record<string, string>, root = mkdtempSync(join(tmpdir(), "intl-plan-sync-"))): string {
	for (const [path, text] of Object.entries(files)) {
		const full = join(root, ...path.split("/"));
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
	return root;
}

export const SETTINGS = { ".obsidian/plugins/intl-plan/data.json": JSON.stringify({ libraryPath: LIBRARY_PATH }) };

export const read = (root: string, path: string): string => readFileSync(join(root, ...path.split("/")), "utf8");
export const write = (root: string, path: string, text: string): void => writeFileSync(join(root, ...path.split("/")), text);
