import { describe, expect, it } from "vitest";
import { classifyMarket, knownMarkets, toIsoDate } from "../../../src/core/plan/index.js";
import { dayNumber, daysBetween } from "../../../src/core/plan/dates.js";

describe("Markets: developed or emerging, by the built-in IMF table", () => {
	it.each([
		["US", "US", "developed"],
		["美国", "US", "developed"],
		["德国", "DE", "developed"],
		["Germany", "DE", "developed"],
		["gb", "GB", "developed"],
		["欧盟", "EU", "developed"],
		["eu", "EU", "developed"],
		["European Union", "EU", "developed"],
		["东南亚", "Southeast Asia", "emerging"],
		["Southeast Asia", "Southeast Asia", "emerging"],
		["拉美", "Latin America", "emerging"],
		["越南", "VN", "emerging"],
		["BR", "BR", "emerging"],
		["Singapore", "SG", "developed"],
	])("should classify %s as %s, %s", (written, code, type) => {
		expect(classifyMarket(written)).toEqual({ market: { code, type }, known: true });
	});

	it("should treat an unknown market as emerging and say it is unknown", () => {
		expect(classifyMarket("Narnia")).toEqual({ market: { code: "Narnia", type: "emerging" }, known: false });
		expect(classifyMarket("zz")).toEqual({ market: { code: "ZZ", type: "emerging" }, known: false });
	});

	it("should apply an override and count the market as known", () => {
		expect(classifyMarket("巴西", { BR: "developed" })).toEqual({ market: { code: "BR", type: "developed" }, known: true });
	});

	it("should list every known market once, sorted", () => {
		const codes = knownMarkets().map((m) => m.code);
		expect(new Set(codes).size).toBe(codes.length);
		expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
		expect(codes).toEqual(expect.arrayContaining(["US", "CN", "EU", "Southeast Asia"]));
	});
});

describe("Dates: what users write → ISO", () => {
	it.each([
		["2026-12-01", "2026-12-01"],
		["2026-12-1", "2026-12-01"],
		["2026/12/1", "2026-12-01"],
		["2026.12.01", "2026-12-01"],
		["2026年12月1日", "2026-12-01"],
		["[[2026-12-01]]", "2026-12-01"],
		["[[2026-12-01|Dec 1]]", "2026-12-01"],
		[" 2026-12-01 ", "2026-12-01"],
	])("should read %j as %s", (written, iso) => {
		expect(toIsoDate(written)).toBe(iso);
	});

	it.each(["2026-02-30", "2026-13-01", "next Friday", "12/01/2026", "", "2026"])("should refuse %j", (written) => {
		expect(toIsoDate(written)).toBeNull();
	});

	it("should read a Date object and refuse other values", () => {
		expect(toIsoDate(new Date(2026, 11, 1))).toBe("2026-12-01");
		expect(toIsoDate(new Date(Number.NaN))).toBeNull();
		expect(toIsoDate(20261201)).toBeNull();
	});
});

describe("Days between dates", () => {
	it("should count calendar days across months, leap days and years, early years as written", () => {
		expect(daysBetween("2026-11-20", "2026-11-25")).toBe(5);
		expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
		expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
		expect(daysBetween("2027-01-10", "2027-01-05")).toBe(-5);
		// Date.UTC alone reads year 50 as 1950: a year is a year.
		expect(daysBetween("0050-01-01", "0051-01-01")).toBe(365);
		expect(dayNumber("1970-01-01")).toBe(0);
		expect(dayNumber("0099-12-31") < dayNumber("0100-01-01")).toBe(true);
		expect(daysBetween("0050-01-01", "1950-01-01")).toBe(693_960);
	});
});
