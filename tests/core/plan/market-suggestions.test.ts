import { describe, expect, it } from "vitest";
import { classifyMarket, marketLabel, nearestMarkets } from "../../../src/core/plan/index.js";

describe("markets the table does not know: what the user probably meant", () => {
	it.each([
		["Brasil", ["BR"]],
		["brazill", ["BR"]],
		["Germny", ["DE"]],
		["Ger", ["DE", "GR"]],
		["巴两", ["BR"]],
		["DEU", ["DE", "EU"]],
		["Viet-Nam", ["VN"]],
		["Austira", ["AT"]],
		["South East Asia", ["Southeast Asia"]],
	])("should suggest %s → %j", (written, codes) => {
		expect(classifyMarket(written).known).toBe(false);
		expect(nearestMarkets(written)).toEqual(codes);
	});

	it.each(["XYZ", "QQ", "Narnia", "", "火星"])("should suggest nothing for %j, which is near no market", (written) => {
		expect(nearestMarkets(written)).toEqual([]);
	});

	it("should suggest at most three, names that start with what was typed first", () => {
		expect(nearestMarkets("Spainn")).toEqual(["ES"]);
		expect(nearestMarkets("Ind")).toEqual(["ID", "IN"]);
		expect(nearestMarkets("Xq")).toEqual([]);
		expect(nearestMarkets("Mal").length).toBeLessThanOrEqual(3);
	});

	it.each([
		["BR", "BR (Brazil / 巴西)"],
		["KR", "KR (South Korea / 韩国)"],
		["AE", "AE (United Arab Emirates / 阿联酋)"],
		["EU", "EU (European Union / 欧盟)"],
		["Southeast Asia", "Southeast Asia (东南亚)"],
		["AT", "AT (Austria / 奥地利)"],
	])("should name %s as %s", (code, label) => {
		expect(marketLabel(code)).toBe(label);
	});
});
