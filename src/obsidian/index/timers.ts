/** Timeouts a component owns: all cleared on unload, so nothing runs after the plugin is gone. */
export class Timers {
	private readonly ids = new Set<number>();

	later(fn: () => void, ms: number): number {
		const id = window.setTimeout(() => {
			this.ids.delete(id);
			fn();
		}, ms);
		this.ids.add(id);
		return id;
	}

	/** Lets the UI paint and handle input before the work goes on. */
	pause(): Promise<void> {
		return new Promise((resolve) => this.later(resolve, 0));
	}

	clear(id: number): void {
		window.clearTimeout(id);
		this.ids.delete(id);
	}

	clearAll(): void {
		for (const id of this.ids) window.clearTimeout(id);
		this.ids.clear();
	}
}
