import { readdirSync } from "node:fs";
import { join } from "node:path";
import { classify, type Verdict } from "../../src/classifier";
import { CATALOGUES } from "../../src/i18n";
import { DEMO_WORDS } from "../../src/i18n/demoWords";
import { DETAILS } from "../../src/i18n/details";
import { PANE_WORDS } from "../../src/i18n/paneWords";
import { reasonValues, templateParts } from "../../src/taskpane/cardText";
import { parseEml } from "../../src/mail/parseEml";
import { readFileSync } from "node:fs";

/** Every string in a catalogue with its path ("reason.link-goes-to"). */
function strings(value: unknown, prefix = ""): Array<[string, string]> {
  if (typeof value === "string") return [[prefix, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, prefix ? `${prefix}.${key}` : key));
  return [];
}

function placeholders(template: string): string[] {
  return templateParts(template)
    .flatMap((part) => ("key" in part ? [part.key] : []))
    .sort();
}

const PAIRS = [
  ["first screen", CATALOGUES.en, CATALOGUES.ja],
  ["more sections", DETAILS.en, DETAILS.ja],
  ["full pane", PANE_WORDS.en, PANE_WORDS.ja],
  ["demo page", DEMO_WORDS.en, DEMO_WORDS.ja],
] as const;

describe.each(PAIRS)("the %s catalogues", (_, en, ja) => {
  const english = new Map(strings(en));
  const japanese = new Map(strings(ja));

  it("have the same keys in English and Japanese (where to get help differs by country)", () => {
    const keys = (map: Map<string, string>) =>
      [...map.keys()].filter((path) => !path.startsWith("help.contacts.")).sort();
    expect(keys(japanese)).toEqual(keys(english));
  });

  it("have no empty string", () => {
    for (const [path, text] of [...english, ...japanese])
      expect([path, text.trim().length > 0]).toEqual([path, true]);
  });

  it("fill the same placeholders in both languages", () => {
    for (const [path, text] of english)
      if (!path.startsWith("help.contacts."))
        expect([path, placeholders(japanese.get(path) ?? "")]).toEqual([path, placeholders(text)]);
  });

  it("hold no code points, MIME types or raw header values", () => {
    const jargon =
      /U\+[0-9A-F]{4}|\\u[0-9a-f]{4}|\b(application|text|multipart|message)\/[a-z]|spf=|dkim=|dmarc=|compauth|\b(CAT|SFV|SFTY|SCL|BCL):|X-Forefront|Authentication-Results/i;
    for (const [path, text] of [...english, ...japanese])
      expect([path, jargon.test(text)]).toEqual([path, false]);
  });

  it("write Japanese in Japanese, errors included", () => {
    // Names that stay as they are in Japanese text: the product, and Microsoft services.
    const names = /^(appName|demo\.title|languageName|carrier\.|language$)/;
    const contact = /^help\.contacts\.\d+\.(url|phone)$/;
    for (const [path, text] of japanese) {
      if (names.test(path) || contact.test(path) || /^(\{\w+\})+$/.test(text)) continue;
      expect([path, /[\u3040-\u30ff\u4e00-\u9fff]/.test(text)]).toEqual([path, true]);
    }
  });
});

describe("reason sentences", () => {
  const directory = join(__dirname, "..", "fixtures", "mail");
  const files = [
    ...readdirSync(directory)
      .filter((name) => name.endsWith(".eml"))
      .map((name) => join(directory, name)),
    ...["en", "ja"].flatMap((language) =>
      readdirSync(join(directory, "dev", language))
        .filter((name) => name.endsWith(".eml"))
        .map((name) => join(directory, "dev", language, name)),
    ),
  ];

  it("get every value their template names, for every reason the test mail gives", async () => {
    const seen = new Set<string>();
    for (const file of files) {
      const verdict: Verdict = classify(await parseEml(readFileSync(file)));
      for (const reason of verdict.reasons) {
        seen.add(reason.id);
        for (const language of ["en", "ja"] as const) {
          const values = reasonValues(reason, CATALOGUES[language], verdict.origin.microsoftVerdict);
          for (const key of placeholders(CATALOGUES[language].reason[reason.id]))
            expect([file, reason.id, key, (values[key] ?? "").length > 0]).toEqual([
              file,
              reason.id,
              key,
              true,
            ]);
        }
      }
    }
    // The test mail exercises most reasons; the rest are checked by the placeholder test above.
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });
});
