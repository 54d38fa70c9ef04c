/**
 * A progress bar on stderr (cli-progress) that appears only when indexing takes more than a moment
 * and stderr is a terminal; piped output and CI stay quiet.
 */
import cliProgress from "cli-progress";

const SHOW_AFTER_MS = 400;

export interface Progress {
	tick(done: number): void;
	stop(): void;
}

export function startProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
	const interactive = Boolean(stream.isTTY) && !process.env.CI;
	const started = Date.now();
	let bar: cliProgress.SingleBar | null = null;
	return {
		tick(done) {
			if (!interactive) return;
			if (!bar && Date.now() - started >= SHOW_AFTER_MS) {
				bar = new cliProgress.SingleBar(
					{ stream, format: `${label} {bar} {value}/{total} {percentage}%`, hideCursor: true, clearOnComplete: true },
					cliProgress.Presets.shades_classic,
				);
				bar.start(total, done);
			}
			bar?.update(done);
		},
		stop() {
			bar?.stop();
		},
	};
}
