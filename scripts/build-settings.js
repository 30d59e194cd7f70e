// Build settings shared by webpack.config.js and the tests: the public base URL and the manifest rewrite.
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/** The sample messages the demo page offers, copied from tests/fixtures/mail. */
const SAMPLE_FILES = require("../src/taskpane/samples.json").map((sample) => sample.file);

/** A setting the build cannot use; its message is one line for the person running the build. */
class BuildSettingsError extends Error {
  constructor(message) {
    super(message);
    this.name = "BuildSettingsError";
  }
}

const EXAMPLE = "IMPOSTOR_GUARD_BASE_URL=https://addins.example.org/impostor-guard/ npm run build";

/** Reads IMPOSTOR_GUARD_BASE_URL as an https:// directory URL ending in "/"; throws BuildSettingsError. */
function configuredBaseUrl(configured) {
  let url;
  try {
    url = new URL(configured);
  } catch {
    throw new BuildSettingsError(
      `IMPOSTOR_GUARD_BASE_URL is not a URL: ${JSON.stringify(configured)}. Example: ${EXAMPLE}`,
    );
  }
  if (url.protocol !== "https:")
    throw new BuildSettingsError(
      `IMPOSTOR_GUARD_BASE_URL must start with https:// (Outlook loads add-ins only over HTTPS), not ${url.protocol}//`,
    );
  if (url.username || url.password || url.search || url.hash)
    throw new BuildSettingsError(
      "IMPOSTOR_GUARD_BASE_URL must be a plain https:// folder URL, without user name, password, ?query or #fragment",
    );
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The URL dist/ will be served from. Development builds use https://localhost:3000/. A production
 * build uses IMPOSTOR_GUARD_BASE_URL; without it, `deploy` (npm run build) refuses, since a dist/
 * whose manifest points at localhost looks deployable and is not, and other production builds
 * (the browser tests and the benchmark, which serve dist/ on localhost) get localhost and a warning.
 */
function publicBaseUrl(production, { deploy = false, warn = () => undefined } = {}) {
  if (!production) return DEV_BASE_URL;
  const configured = process.env.IMPOSTOR_GUARD_BASE_URL;
  if (configured !== undefined && configured.trim() !== "") return configuredBaseUrl(configured.trim());
  if (deploy)
    throw new BuildSettingsError(
      `IMPOSTOR_GUARD_BASE_URL is not set: say where dist/ will be served from, e.g. ${EXAMPLE} (npm run build:dev builds for localhost)`,
    );
  warn(
    `IMPOSTOR_GUARD_BASE_URL is not set: this dist/ points at ${DEV_BASE_URL} and cannot be deployed (see README, Deploy)`,
  );
  return DEV_BASE_URL;
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

module.exports = {
  BuildSettingsError,
  DEV_BASE_URL,
  SAMPLE_FILES,
  publicBaseUrl,
  rewriteManifest,
  SIDELOAD_HELP,
};
