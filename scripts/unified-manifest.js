// Writes the unified manifest (dist/unified: manifest.json, ja-jp.json and its two icons) for
// the Microsoft 365 app catalogue from the built XML manifest, with Microsoft's converter, then
// fills in what the converter cannot know. Usage: node scripts/unified-manifest.js [dist]
"use strict";

const { copyFileSync, readFileSync, writeFileSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { convert } = require("office-addin-manifest-converter");

/** The catalogue's short description is at most 80 characters. */
const SHORT_DESCRIPTION = {
  en: "Spots scam mail that misuses Microsoft's name, with the evidence.",
  ja: "マイクロソフトをかたる詐欺メールを、証拠とともに見分けます。",
};
const ACCENT_COLOR = "#0078D4";
/**
 * 1.17, the converter's own default ("the latest public version that the converter supports"):
 * the converter writes exactly that schema's shape, and 1.17 already has everything this add-in
 * declares (a read-mode pane, "pinnable", localization). 1.20 was chosen only for integrated spam
 * reporting ("spamReportingOverride"), which the add-in no longer declares; a later version would
 * add nothing the add-in uses.
 */
const MANIFEST_VERSION = "1.17";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

async function writeUnifiedManifest(distDirectory) {
  const output = join(distDirectory, "unified");
  await convert(join(distDirectory, "manifest.xml"), output, false, SCHEMA_URL, MANIFEST_VERSION, false);
  const manifestPath = join(output, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const base = manifest.developer.websiteUrl.replace(/support(\.ja)?\.html$/, "");
  manifest.description.short = SHORT_DESCRIPTION.en;
  manifest.developer.websiteUrl = `${base}support.html`;
  manifest.developer.privacyUrl = `${base}privacy.html`;
  manifest.developer.termsOfUseUrl = `${base}terms.html`;
  manifest.accentColor = ACCENT_COLOR;
  manifest.icons = { outline: "outline-32.png", color: "color-192.png" };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
  const japanesePath = join(output, "ja-jp.json");
  const japanese = JSON.parse(readFileSync(japanesePath, "utf8"));
  japanese["description.short"] = SHORT_DESCRIPTION.ja;
  japanese.$schema = SCHEMA_URL.replace(
    "MicrosoftTeams.schema.json",
    "MicrosoftTeams.Localization.schema.json",
  );
  writeFileSync(japanesePath, JSON.stringify(japanese, null, 2) + "\n");
  for (const icon of ["outline-32.png", "color-192.png"])
    copyFileSync(join(__dirname, "..", "assets", icon), join(output, icon));
  return output;
}

if (require.main === module) {
  writeUnifiedManifest(resolve(process.argv[2] ?? join(__dirname, "..", "dist"))).then(
    (output) => process.stdout.write(`unified manifest written to ${output}\n`),
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 1;
    },
  );
}

module.exports = { writeUnifiedManifest, SHORT_DESCRIPTION, MANIFEST_VERSION };
