// A production build for a real host: every URL in both manifests points at the configured
// base URL, no manifest declares spam reporting, and the pages the Office Store asks for are there.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManifestUtil } from "@microsoft/app-manifest";

const ROOT = join(__dirname, "..", "..");
const BASE = "https://addins.example.org/impostor-guard/";
const output = mkdtempSync(join(tmpdir(), "impostor-guard-dist-"));

beforeAll(() => {
  const env = { ...process.env, IMPOSTOR_GUARD_BASE_URL: BASE };
  execFileSync("npx", ["webpack", "--mode", "production", "--output-path", output], { cwd: ROOT, env, stdio: "pipe" });
  execFileSync("node", ["scripts/unified-manifest.js", output], { cwd: ROOT, env, stdio: "pipe" });
}, 180_000);

function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^"'<>\s]+/g)].map((match) => match[0]);
}

describe("npm run build with IMPOSTOR_GUARD_BASE_URL", () => {
  it("leaves no localhost URL in the XML manifest and points every add-in URL at the base URL", () => {
    const xml = readFileSync(join(output, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    // Comments may cite documentation; only the manifest's values must point at the host.
    const urls = urlsIn(xml.replace(/<!--[\s\S]*?-->/g, "")).filter((url) => !url.startsWith("http://schemas.") && !url.startsWith("http://www.w3.org"));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url === "https://addins.example.org" || url.startsWith(BASE)).toBe(true);
    expect(xml).toContain("<AppDomain>https://addins.example.org</AppDomain>");
    expect(xml).toContain(`<SupportUrl DefaultValue="${BASE}support.html">`);
  });

  it("writes a unified manifest in step with the XML one, in English and Japanese", () => {
    const manifest = JSON.parse(readFileSync(join(output, "unified", "manifest.json"), "utf8"));
    const japanese = JSON.parse(readFileSync(join(output, "unified", "ja-jp.json"), "utf8"));
    const packageVersion = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    expect(manifest.version).toBe(packageVersion);
    expect(manifest.id).toBe(/<Id>([^<]+)<\/Id>/.exec(readFileSync(join(ROOT, "manifest.xml"), "utf8"))?.[1]);
    expect(JSON.stringify(manifest)).not.toContain("localhost");
    expect(manifest.developer).toMatchObject({
      privacyUrl: `${BASE}privacy.html`,
      websiteUrl: `${BASE}support.html`,
      termsOfUseUrl: `${BASE}terms.html`,
    });
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(japanese["description.short"].length).toBeLessThanOrEqual(80);
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: "MailboxItem.Read.User", type: "Delegated" }]);
    const actions = manifest.extensions[0].runtimes.flatMap((runtime: { actions?: Array<{ id: string; pinnable?: boolean }> }) => runtime.actions ?? []);
    expect(actions.some((action: { pinnable?: boolean }) => action.pinnable === true)).toBe(true);
    expect(actions.map((action: { type: string }) => action.type)).toEqual(["openPage", "openPage"]);
    for (const icon of [manifest.icons.outline, manifest.icons.color]) expect(existsSync(join(output, "unified", icon))).toBe(true);
  });

  it("declares no spam reporting, function or event runtime in the unified manifest, at manifest version 1.17", () => {
    const text = readFileSync(join(output, "unified", "manifest.json"), "utf8");
    const manifest = JSON.parse(text);
    expect(manifest.manifestVersion).toBe("1.17");
    for (const marker of ["spamReportingOverride", "spamPreProcessingDialog", "executeFunction", "autoRunEvents"]) {
      expect([marker, text.includes(marker)]).toEqual([marker, false]);
    }
    expect(existsSync(join(output, "commands.html"))).toBe(false);
    expect(existsSync(join(output, "commands.js"))).toBe(false);
  });

  it("writes a unified manifest that Microsoft's JSON schema for its version accepts", async () => {
    const manifest = JSON.parse(readFileSync(join(output, "unified", "manifest.json"), "utf8"));
    const schemaPath = require.resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
    await expect(ManifestUtil.validateManifestAgainstSchema(manifest, schema)).resolves.toEqual([]);
  });

  it("ships the support, privacy and terms pages, in English and Japanese, saying what is read and that nothing leaves", () => {
    for (const page of [
      "support.html",
      "support.ja.html",
      "privacy.html",
      "privacy.ja.html",
      "terms.html",
      "terms.ja.html",
      "page.css",
    ]) {
      expect(existsSync(join(output, page))).toBe(true);
    }
    const privacy = readFileSync(join(output, "privacy.html"), "utf8");
    expect(privacy).toContain("ReadItem");
    expect(privacy).toContain("Nothing from the message");
    expect(privacy).toContain("no telemetry");
    const privacyJa = readFileSync(join(output, "privacy.ja.html"), "utf8");
    expect(privacyJa).toContain("ReadItem");
    expect(privacyJa).toContain("テレメトリの送信");
    const terms = readFileSync(join(output, "terms.html"), "utf8");
    expect(terms).toContain("without warranty");
    expect(terms).toContain("not a Microsoft product");
    expect(readFileSync(join(output, "terms.ja.html"), "utf8")).toContain("保証もありません");
    for (const page of ["support.html", "privacy.html", "terms.html", "terms.ja.html"]) {
      expect(readFileSync(join(output, page), "utf8")).not.toContain("<script");
    }
  });
});
