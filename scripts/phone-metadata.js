// Writes src/classifier/data/phoneMetadata.json: libphonenumber-js's "min" metadata cut down to
// the regions whose numbers scams in Microsoft's name give (see PHONE_REGIONS), so the task pane
// does not carry all 245 regions. Run `node scripts/phone-metadata.js` after upgrading
// libphonenumber-js; a test fails while the committed file differs from this output.
"use strict";

const { writeFileSync } = require("node:fs");
const { join } = require("node:path");

/**
 * Japan first; North America (toll-free callback numbers); then the countries tech-support
 * scam call centres and their victims most often use, per Microsoft's Global Tech Support Scam
 * Research (2021) and Japan's consumer-affairs warnings: UK, Ireland, Australia, New Zealand,
 * India, the Philippines, Singapore, Hong Kong, Taiwan, Korea, China, Germany, France.
 */
const PHONE_REGIONS = [
  "JP",
  "US",
  "CA",
  "GB",
  "IE",
  "AU",
  "NZ",
  "IN",
  "PH",
  "SG",
  "HK",
  "TW",
  "KR",
  "CN",
  "DE",
  "FR",
];

function phoneMetadata() {
  const full = require("libphonenumber-js/metadata.min.json");
  const countryCallingCodes = {};
  for (const [code, regions] of Object.entries(full.country_calling_codes)) {
    const kept = regions.filter((region) => PHONE_REGIONS.includes(region));
    if (kept.length > 0) countryCallingCodes[code] = kept;
  }
  const countries = {};
  for (const region of PHONE_REGIONS) countries[region] = full.countries[region];
  return { version: full.version, country_calling_codes: countryCallingCodes, countries };
}

const OUTPUT = join(__dirname, "..", "src", "classifier", "data", "phoneMetadata.json");

if (require.main === module) {
  writeFileSync(OUTPUT, JSON.stringify(phoneMetadata()) + "\n");
  process.stdout.write(`wrote ${OUTPUT}\n`);
}

module.exports = { phoneMetadata, PHONE_REGIONS, OUTPUT };
