// A vault of ordinary notes with no plan at all (issue 13): product documentation in 30 languages, as a
// team that also keeps plans might have beside them. What the tool costs there is what every user of such
// a vault pays for nothing: the whole CLI process, `index --format json` with an empty cache, against the
// floor (walking, reading and tag-scanning every file, in process) in the same run.
//   node bench/ordinary.mjs [--notes 6000] [--seed 1] [--runs 5]     (needs dist/: npm run build)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { makeRandom } from "./random.mjs";

const GENERATOR_VERSION = 1;
const CACHE_DIR = fileURLToPath(new URL("./.cache/", import.meta.url));
const here = (rel) => fileURLToPath(new URL(rel, import.meta.url));

/** One or two sentences of documentation per language, in its own script. */
const LANGS = {
	en: ["Install the package and restart the application.", "The data model keeps one record per order."],
	zh: ["安装完成后请重新启动应用程序。", "数据模型为每个订单保存一条记录。"],
	ja: ["パッケージをインストールしてから、アプリを再起動してください。", "設定ファイルはユーザーのホームにあります。"],
	ko: ["패키지를 설치한 후 애플리케이션을 다시 시작하십시오.", "설정 파일은 홈 폴더에 있습니다."],
	ru: ["Установите пакет и перезапустите приложение.", "Модель данных хранит одну запись на заказ."],
	uk: ["Встановіть пакет і перезапустіть застосунок.", "Файл налаштувань лежить у домашній теці."],
	ar: ["قم بتثبيت الحزمة ثم أعد تشغيل التطبيق.", "يحفظ نموذج البيانات سجلًا واحدًا لكل طلب."],
	he: ["התקינו את החבילה והפעילו מחדש את היישום.", "קובץ ההגדרות נמצא בתיקיית הבית."],
	hi: ["पैकेज इंस्टॉल करें और एप्लिकेशन को फिर से शुरू करें।", "डेटा मॉडल हर ऑर्डर के लिए एक रिकॉर्ड रखता है।"],
	bn: ["প্যাকেজটি ইনস্টল করুন এবং অ্যাপ্লিকেশনটি আবার চালু করুন।", "সেটিংস ফাইলটি হোম ফোল্ডারে আছে।"],
	th: ["ติดตั้งแพ็กเกจแล้วเริ่มแอปพลิเคชันใหม่", "ไฟล์การตั้งค่าอยู่ในโฟลเดอร์หลัก"],
	vi: ["Cài đặt gói rồi khởi động lại ứng dụng.", "Mô hình dữ liệu lưu một bản ghi cho mỗi đơn hàng."],
	id: ["Pasang paket lalu mulai ulang aplikasi.", "Berkas pengaturan ada di folder beranda."],
	tr: ["Paketi yükleyin ve uygulamayı yeniden başlatın.", "Veri modeli her sipariş için bir kayıt tutar."],
	de: ["Installieren Sie das Paket und starten Sie die Anwendung neu.", "Das Datenmodell speichert einen Datensatz pro Bestellung."],
	fr: ["Installez le paquet puis redémarrez l'application.", "Le modèle de données garde un enregistrement par commande."],
	es: ["Instala el paquete y reinicia la aplicación.", "El modelo de datos guarda un registro por pedido."],
	pt: ["Instale o pacote e reinicie o aplicativo.", "O arquivo de configuração fica na pasta pessoal."],
	it: ["Installa il pacchetto e riavvia l'applicazione.", "Il modello dei dati conserva un record per ordine."],
	nl: ["Installeer het pakket en start de toepassing opnieuw.", "Het configuratiebestand staat in de thuismap."],
	pl: ["Zainstaluj pakiet i uruchom ponownie aplikację.", "Model danych przechowuje jeden rekord na zamówienie."],
	cs: ["Nainstalujte balíček a restartujte aplikaci.", "Konfigurační soubor je v domovské složce."],
	sv: ["Installera paketet och starta om programmet.", "Datamodellen sparar en post per order."],
	fi: ["Asenna paketti ja käynnistä sovellus uudelleen.", "Asetustiedosto on kotikansiossa."],
	el: ["Εγκαταστήστε το πακέτο και επανεκκινήστε την εφαρμογή.", "Το αρχείο ρυθμίσεων βρίσκεται στον αρχικό φάκελο."],
	fa: ["بسته را نصب کنید و برنامه را دوباره اجرا کنید.", "فایل تنظیمات در پوشه خانه است."],
	ta: ["தொகுப்பை நிறுவி பயன்பாட்டை மீண்டும் தொடங்கவும்.", "அமைப்புக் கோப்பு முகப்புக் கோப்புறையில் உள்ளது."],
	ka: ["დააინსტალირეთ პაკეტი და გადატვირთეთ აპლიკაცია.", "პარამეტრების ფაილი მთავარ საქაღალდეშია."],
	hu: ["Telepítse a csomagot, majd indítsa újra az alkalmazást.", "Az adatmodell rendelésenként egy rekordot tárol."],
	ro: ["Instalați pachetul și reporniți aplicația.", "Fișierul de configurare se află în dosarul personal."],
};
/** Section names of documentation; some are words a dimension's vocabulary also holds (Data, Security, Marketing). */
const SECTIONS = ["Installation", "Configuration", "Usage", "API reference", "Data", "Data model", "Security", "Troubleshooting", "FAQ", "Examples", "Marketing site", "Release notes", "Dimensions and units"];
const CODE = ["npm install --save example-sdk", "const client = new Client({ region: \"eu-west-1\" });\nawait client.orders.list({ since: \"2026-01-01\" });", "SELECT id, total FROM orders WHERE created_at > now() - interval '7 days';", "curl -H \"Authorization: Bearer $TOKEN\" https://api.example.com/v2/orders"];

function note(r, lang, i, titles) {
	const [a, b] = LANGS[lang];
	const parts = [];
	if (r.chance(0.6)) parts.push(`---\ntitle: ${lang}-${i}\n${r.chance(0.5) ? `tags: [docs, ${lang}]\n` : ""}${r.chance(0.3) ? `aliases: [guide-${i}]\n` : ""}---`);
	parts.push(`# ${r.pick(SECTIONS)} ${i}`);
	const sections = r.int(2, 6);
	for (let s = 0; s < sections; s++) {
		parts.push(`## ${r.pick(SECTIONS)}`);
		for (let p = r.int(1, 3); p > 0; p--) {
			let text = Array.from({ length: r.int(2, 6) }, () => r.pick([a, b])).join(" ");
			if (r.chance(0.3)) text += ` See [the guide](https://docs.example.com/${lang}/${r.id(6)}) or [[${r.pick(titles)}]].`;
			if (r.chance(0.15)) text += " Use `client.orders.list()` for that.";
			if (r.chance(0.05)) text += " Each dimension of the cube is a field.";
			if (r.chance(0.1)) text += ` https://github.com/example/sdk/issues/${r.int(1, 999)}`;
			parts.push(text);
		}
		const k = r.next();
		if (k < 0.25) parts.push(`\`\`\`${r.pick(["bash", "js", "sql", ""])}\n${r.pick(CODE)}\n\`\`\``);
		else if (k < 0.4) parts.push(`| Option | Default | ${lang} |\n|---|---|---|\n| \`region\` | \`eu-west-1\` | ${a} |\n| \`retries\` | 3 | ${b} |`);
		else if (k < 0.55) parts.push(Array.from({ length: r.int(2, 5) }, () => `- ${r.pick([a, b])}`).join("\n"));
		else if (k < 0.62) parts.push(`> [!note]\n> ${a}`);
		else if (k < 0.67) parts.push(`![diagram](images/${r.id(6)}.png)`);
		else if (k < 0.69) parts.push(Array.from({ length: r.int(2, 4) }, () => `- [ ] ${r.pick([a, b])}`).join("\n")); // a docs checklist
	}
	return parts.join("\n\n") + "\n";
}

function generate(dir, notes, seed) {
	const r = makeRandom(seed);
	const langs = Object.keys(LANGS);
	const titles = Array.from({ length: notes }, (_, i) => `${langs[i % langs.length]}-${i}`);
	for (let i = 0; i < notes; i++) {
		const lang = langs[i % langs.length];
		const folder = path.join(dir, lang, `part-${Math.floor(i / 300)}`);
		fs.mkdirSync(folder, { recursive: true });
		fs.writeFileSync(path.join(folder, `${titles[i]}.md`), note(r, lang, i, titles));
	}
	return { notes, seed };
}

export function ensureOrdinaryVault(notes, seed) {
	const dir = path.join(CACHE_DIR, `ordinary-${notes}-${seed}`);
	const manifest = path.join(dir, "manifest.json");
	if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).version === GENERATOR_VERSION) return dir;
	fs.rmSync(dir, { recursive: true, force: true });
	const tmp = `${dir}.tmp-${process.pid}`;
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	const made = generate(tmp, notes, seed);
	fs.writeFileSync(path.join(tmp, "manifest.json"), JSON.stringify({ version: GENERATOR_VERSION, ...made }, null, "\t") + "\n");
	fs.renameSync(tmp, dir);
	return dir;
}

/** Seconds of one whole CLI process, with a cache folder of its own that starts empty (a cold run). */
function cliProcess(dir) {
	const cacheHome = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), "intl-plan-ordinary-"));
	try {
		const start = process.hrtime.bigint();
		const child = spawnSync(process.execPath, [here("../bin/intl-plan.js"), "index", dir, "--format", "json"], { env: { ...process.env, XDG_CACHE_HOME: cacheHome }, stdio: ["ignore", "ignore", "ignore"] });
		const seconds = Number(process.hrtime.bigint() - start) / 1e9;
		// No plan there: `index` says so (exit 0) and lists nothing.
		return child.status === 0 ? { seconds } : { error: `exit ${child.status ?? child.signal}` };
	} finally {
		fs.rmSync(cacheHome, { recursive: true, force: true });
	}
}

function floor(dir, core) {
	const child = spawnSync(process.execPath, [here("./measure.mjs"), "floor", dir], { encoding: "utf8", env: { ...process.env, INTL_PLAN_CORE: core } });
	return child.status === 0 ? JSON.parse(child.stdout.trim().split("\n").at(-1)) : { error: `floor crashed (exit ${child.status})` };
}

/** How many notes the prefilter lets through to the parser, and how many of those yield anything. */
async function passing(dir, core) {
	// eslint-disable-next-line no-unsanitized/method -- the module under test is chosen by whoever runs the bench (INTL_PLAN_CORE), never by note content
	const { dimensionMatcher, DEFAULT_CONFIG, indexNote } = await import(pathToFileURL(core).href);
	const matcher = dimensionMatcher(DEFAULT_CONFIG);
	let passed = 0;
	let yielded = 0;
	for (const rel of fs.readdirSync(dir, { recursive: true })) {
		if (!String(rel).endsWith(".md")) continue;
		const text = fs.readFileSync(path.join(dir, rel), "utf8");
		if (!matcher.mightMatter(text)) continue;
		passed++;
		if (indexNote(String(rel), text, matcher, DEFAULT_CONFIG)) yielded++;
	}
	return { passed, yielded };
}

/** The figures for the report: best of `runs` for the floor and the process, each run alternating. */
export async function measureOrdinary({ notes = 6000, seed = 1, runs = 3, core, log = () => undefined }) {
	const dir = ensureOrdinaryVault(notes, seed);
	for (const rel of fs.readdirSync(dir, { recursive: true })) if (String(rel).endsWith(".md")) fs.readFileSync(path.join(dir, rel)); // a warm disk cache for both
	const floors = [];
	const processes = [];
	for (let i = 0; i < runs; i++) {
		floors.push(floor(dir, core));
		processes.push(cliProcess(dir));
	}
	const failed = [...floors, ...processes].find((m) => m.error);
	if (failed) return { notes, error: failed.error };
	const best = (list) => Math.min(...list.map((m) => m.seconds));
	const result = { notes, floor: best(floors), process: best(processes), everyProcess: processes.map((m) => m.seconds), ...(await passing(dir, core)) };
	log(`  ordinary vault: process ${result.process.toFixed(3)} s, floor ${result.floor.toFixed(3)} s (${(result.process / result.floor).toFixed(2)}×)`);
	return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({ options: { notes: { type: "string", default: "6000" }, seed: { type: "string", default: "1" }, runs: { type: "string", default: "5" } } });
	const core = path.resolve(process.env.INTL_PLAN_CORE ?? here("../dist/core.js"));
	const m = await measureOrdinary({ notes: Number(values.notes), seed: Number(values.seed), runs: Number(values.runs), core, log: (s) => process.stderr.write(`${s}\n`) });
	console.log(JSON.stringify(m, null, "\t"));
}
