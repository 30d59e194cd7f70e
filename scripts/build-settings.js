// Build settings shared by webpack.config.js and the tests: the public base URL and the manifest rewrite.
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/** The sample messages the demo page offers, copied from tests/fixtures/mail. */
const SAMPLE_FILES = require("../src/taskpane/samples.json").map((sample) => sample.file);

/**
 * The URL dist/ will be served from: IMPOSTOR_GUARD_BASE_URL for production builds (must be
 * https), https://localhost:3000/ otherwise.
 */
function publicBaseUrl(production) {
  const configured = process.env.IMPOSTOR_GUARD_BASE_URL;
  if (!production || !configured) return DEV_BASE_URL;
  const url = new URL(configured);
  if (url.protocol !== "https:") throw new Error("IMPOSTOR_GUARD_BASE_URL must be an https:// URL");
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every development URL of the manifest at `baseUrl`; AppDomain takes its origin alone. */
function rewriteManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml
    .split(`<AppDomain>${DEV_BASE_URL.slice(0, -1)}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(baseUrl);
}

const SIDELOAD_HELP = [
  "Sideload manifest.xml into Outlook:",
  "  Outlook on the web / new Outlook for Windows: open https://aka.ms/olksideload, My add-ins, Add a custom add-in, Add from file.",
  "  Classic Outlook on Windows / Outlook on Mac: Get Add-ins, My add-ins, Add a custom add-in, Add from file.",
].join("\n");

module.exports = { DEV_BASE_URL, SAMPLE_FILES, publicBaseUrl, rewriteManifest, SIDELOAD_HELP };
