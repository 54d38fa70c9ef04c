/** Today's date in the user's time zone, as the ISO day the core compares due dates with. */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number): string => String(n).padStart(2, "0");
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
