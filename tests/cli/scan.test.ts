import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_DIRECTORY } from "../helpers/fixtures";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "impostor-guard.js");

beforeAll(() => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
});

function run(args: string[], input?: string) {
  return spawnSync("node", [BIN, ...args], { cwd: ROOT, input, encoding: "utf8" });
}

describe("impostor-guard scan", () => {
  it("prints one JSON object per message, keeping the path as given, and goes on after a bad file", () => {
    const folder = mkdtempSync(join(tmpdir(), "ig-"));
    writeFileSync(join(folder, "zz-not-mail.eml"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const given = join("tests", "fixtures", "mail", "lottery-en.eml");
    const result = run([
      "scan",
      "--json",
      given,
      folder,
      "missing.eml",
      join("tests", "fixtures", "mail", "ordinary-ja.eml"),
    ]);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      file: given,
      verdict: "danger",
      impersonatesMicrosoft: true,
      patterns: ["lottery"],
    });
    expect(Object.keys(lines[0] ?? {})).toEqual([
      "file",
      "verdict",
      "impersonatesMicrosoft",
      "patterns",
      "evidence",
      "ms",
    ]);
    expect(typeof lines[0]?.["ms"]).toBe("number");
    expect(lines[1]).toEqual({
      file: join(folder, "zz-not-mail.eml"),
      error: expect.stringContaining("not readable as an email"),
    });
    expect(lines[2]).toEqual({ file: "missing.eml", error: "no such file or folder" });
    expect(lines[3]).toMatchObject({ verdict: "none", patterns: [] });
    expect(result.status).toBe(2);
  });

  it("scans folders recursively and prints a verdict line with evidence lines for people", () => {
    const result = run(["scan", FIXTURE_DIRECTORY]);
    expect(result.stdout).toMatch(
      /tech-support-ja\.eml: DANGER, impersonates Microsoft: tech-support \(high\)/,
    );
    expect(result.stdout).toMatch(/phone-number \[body\] "\+1 \(888\) 254-1973" -> \+18882541973/);
    expect(result.stdout).toMatch(/genuine-security-code-en\.eml: no known scam pattern/);
    expect(result.status).toBe(1);
  });

  it("says in the human output how much of a huge message it did not read", () => {
    const body = "x".repeat(1_200_000);
    const result = run(["scan", "-"], `From: a@b.example\nSubject: big\n\n${body}\n`);
    expect(result.stdout).toMatch(
      /note {5}2000\d\d body characters beyond the analysed prefix were not read/,
    );
  });

  it("reads a message from standard input with -", () => {
    const result = run(
      ["scan", "--json", "-"],
      "From: Microsoft Support <a@b.example>\nSubject: hi\n\nhello\n",
    );
    expect(JSON.parse(result.stdout)).toMatchObject({ file: "-", verdict: "none" });
    expect(result.status).toBe(0);
  });

  it("explains its usage on a wrong command", () => {
    const result = run(["frobnicate"]);
    expect(result.stderr).toContain("usage: impostor-guard scan");
    expect(result.status).toBe(2);
  });
});
