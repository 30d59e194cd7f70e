// The production build's public base URL: npm run build refuses without one, and every setting it
// cannot use is reported in one line, with no stack trace.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

interface BuildSettings {
  BuildSettingsError: new (message: string) => Error;
  DEV_BASE_URL: string;
  publicBaseUrl(production: boolean, options?: { deploy?: boolean; warn?: (line: string) => void }): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const settings = require("../../scripts/build-settings.js") as BuildSettings;

function withBaseUrl<T>(value: string | undefined, run: () => T): T {
  const saved = process.env["IMPOSTOR_GUARD_BASE_URL"];
  if (value === undefined) delete process.env["IMPOSTOR_GUARD_BASE_URL"];
  else process.env["IMPOSTOR_GUARD_BASE_URL"] = value;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env["IMPOSTOR_GUARD_BASE_URL"];
    else process.env["IMPOSTOR_GUARD_BASE_URL"] = saved;
  }
}

describe("publicBaseUrl", () => {
  it.each([
    ["https://addins.example.org/impostor-guard", "https://addins.example.org/impostor-guard/"],
    ["https://addins.example.org/impostor-guard/", "https://addins.example.org/impostor-guard/"],
    ["  https://addins.example.org/ ", "https://addins.example.org/"],
  ])("takes %j as %j for a production build", (configured, expected) => {
    expect(withBaseUrl(configured, () => settings.publicBaseUrl(true, { deploy: true }))).toBe(expected);
  });

  it.each([
    ["not a URL", "foo", /is not a URL: "foo"/],
    ["plain HTTP", "http://addins.example.org/", /must start with https:\/\//],
    ["a file URL", "file:///srv/dist/", /must start with https:\/\//],
    ["a query", "https://addins.example.org/?x=1", /without user name, password, \?query or #fragment/],
    ["a fragment", "https://addins.example.org/#top", /without user name, password/],
    ["credentials", "https://user:secret@addins.example.org/", /without user name, password/],
  ])("refuses %s with a one-line reason", (_, configured, reason) => {
    const attempt = () => withBaseUrl(configured, () => settings.publicBaseUrl(true));
    expect(attempt).toThrow(settings.BuildSettingsError);
    expect(attempt).toThrow(reason);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("refuses a deployable build without the variable, and names the variable and an example", () => {
    for (const unset of [undefined, "", "   "]) {
      expect(() => withBaseUrl(unset, () => settings.publicBaseUrl(true, { deploy: true }))).toThrow(
        /IMPOSTOR_GUARD_BASE_URL is not set: .*npm run build/,
      );
    }
  });

  it("builds other production builds for localhost, and says so", () => {
    const warnings: string[] = [];
    const url = withBaseUrl(undefined, () =>
      settings.publicBaseUrl(true, { warn: (line) => warnings.push(line) }),
    );
    expect(url).toBe(settings.DEV_BASE_URL);
    expect(warnings).toEqual([expect.stringMatching(/not set: this dist\/ points at https:\/\/localhost:3000\/ and cannot be deployed/)]);
  });

  it("ignores the variable in development builds", () => {
    expect(withBaseUrl("https://addins.example.org/", () => settings.publicBaseUrl(false))).toBe(
      settings.DEV_BASE_URL,
    );
  });
});

describe("npm run build", () => {
  function build(baseUrl: string | undefined, output: string) {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env["IMPOSTOR_GUARD_BASE_URL"];
    if (baseUrl !== undefined) env["IMPOSTOR_GUARD_BASE_URL"] = baseUrl;
    // The same command as package.json's "build", into a scratch folder.
    return spawnSync("npx", ["webpack", "--mode", "production", "--env", "deploy", "--output-path", output], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
  }

  it("runs webpack with --env deploy, so a missing base URL is refused", () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(scripts["build"]).toMatch(/^webpack --mode production --env deploy && /);
  });

  it.each([
    ["without IMPOSTOR_GUARD_BASE_URL", undefined, "IMPOSTOR_GUARD_BASE_URL is not set"],
    ["with an http:// URL", "http://addins.example.org/", "must start with https://"],
  ])("exits 1 %s, writing one line and no dist/", (_, baseUrl, reason) => {
    const output = join(mkdtempSync(join(tmpdir(), "impostor-guard-refused-")), "dist");
    const result = build(baseUrl, output);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual([expect.stringContaining(reason)]);
    expect(lines[0]).toMatch(/^impostor-guard build: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(output, "manifest.xml"))).toBe(false);
  }, 60_000);
});
