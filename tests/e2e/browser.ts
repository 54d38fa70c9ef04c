/** Debian's Chromium (/usr/bin/chromium, which .ci/run installs) as every end-to-end test starts it. */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SHOTS = join(ROOT, "test-artifacts/screenshots");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const haveChromium = existsSync(CHROMIUM);

/** A headless browser with its profile in `dir`, its first page, and the screenshots folder made. */
export async function launch(dir: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await chromium.launchPersistentContext(join(dir, "profile"), { executablePath: CHROMIUM, args: ARGS, headless: true });
	const page = context.pages()[0] ?? (await context.newPage());
	mkdirSync(SHOTS, { recursive: true });
	return { context, page };
}
