import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
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
      "generalRule",
      "reasons",
      "evidence",
      "microsoftVerdict",
      "ms",
      "parseMs",
    ]);
    expect(typeof lines[0]?.["ms"]).toBe("number");
    expect(typeof lines[0]?.["parseMs"]).toBe("number");
    expect(Object.keys(lines[0]?.["evidence"] as object)).toEqual(["claim", "origin", "asks", "story"]);
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
    expect(result.stdout).toMatch(/asks +call-number \[body\] "\+1 \(888\) 254-1973" -> \+18882541973/);
    expect(result.stdout).toMatch(/genuine-security-code-en\.eml: no known scam pattern/);
    expect(result.stdout).toMatch(/dev\/ja\/[^:]+\.eml: /);
    expect(result.status).toBe(1);
  });

  it("prints Microsoft's own verdict when its servers stamped one", () => {
    const message = [
      "Received: from a.prod.outlook.com by b.prod.outlook.com with HTTPS",
      "Authentication-Results: spf=fail smtp.mailfrom=x.example;compauth=fail reason=001",
      "Received: from mail.x.example (203.0.113.9) by c.mail.protection.outlook.com",
      "From: Microsoft <a@x.example>",
      "Subject: hi",
      "X-Forefront-Antispam-Report: CAT:PHSH;SFV:SPM;SCL:9;DIR:INB;",
      "",
      "hello",
    ].join("\r\n");
    const json = JSON.parse(run(["scan", "--json", "-"], message).stdout) as {
      microsoftVerdict: Record<string, unknown>;
    };
    expect(json.microsoftVerdict).toMatchObject({
      category: "PHSH",
      filterVerdict: "SPM",
      scl: 9,
      compauthReason: "001",
      threat: true,
    });
    expect(run(["scan", "-"], message).stdout).toMatch(
      /microsoft CAT:PHSH SFV:SPM SCL:9 compauth=fail reason=001 \(threat\)/,
    );
  });

  it("says in the human output how much of a huge message it did not read", () => {
    const body = "x".repeat(1_200_000);
    const result = run(["scan", "-"], `From: a@b.example\nSubject: big\n\n${body}\n`);
    expect(result.stdout).toMatch(
      /note {5}2000\d\d body characters beyond the analysed prefix were not read/,
    );
  });

  it("writes the message's control characters and direction overrides as escapes, never raw, in the human output", () => {
    const title = "\u001b]0;pwned\u0007";
    const result = run(
      ["scan", "-"],
      [
        "From: =?UTF-8?B?" +
          Buffer.from(`Microsoft Support ${title}\u202e`).toString("base64") +
          "?= <help@pc-fix.example>",
        "Subject: Virus detected",
        "",
        "Your computer is infected. Call Microsoft Support now at 1-800-555-0199.",
        `<mailto:x\u009b2J@pc-fix.example>`,
      ].join("\n"),
    );
    expect(result.stdout).toContain("brand-in-display-name");
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(result.stdout).toContain("\\u001b]0;pwned\\u0007");
  });

  it("reads a message from standard input with -", () => {
    const result = run(["scan", "--json", "-"], "From: Ken <ken@b.example>\nSubject: hi\n\nhello\n");
    expect(JSON.parse(result.stdout)).toMatchObject({ file: "-", verdict: "none" });
    expect(result.status).toBe(0);
  });

  it("exits 1 when the only thing flagged is a caution", () => {
    const result = run(
      ["scan", "--json", "-"],
      "From: Microsoft Support <a@b.example>\nSubject: hi\n\nhello\n",
    );
    expect(JSON.parse(result.stdout)).toMatchObject({ verdict: "caution", generalRule: true });
    expect(result.status).toBe(1);
  });

  it("says so, and exits 2, when a folder holds no .eml file", () => {
    const folder = mkdtempSync(join(tmpdir(), "ig-empty-"));
    writeFileSync(join(folder, "notes.txt"), "not mail");
    const result = run(["scan", folder]);
    expect(result.stderr).toContain(`${folder}: no .eml files found`);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(2);
  });

  it("shows progress on standard error when it is a terminal, and only then", async () => {
    const folder = mkdtempSync(join(tmpdir(), "ig-many-"));
    mkdirSync(join(folder, "inbox"));
    for (let index = 0; index < 60; index += 1)
      copyFileSync(join(FIXTURE_DIRECTORY, "ordinary-en.eml"), join(folder, "inbox", `m${index}.eml`));
    const capture = (isTTY: boolean) => {
      const out: string[] = [];
      const err: string[] = [];
      return {
        out,
        err,
        streams: {
          stdout: { write: (text: string) => out.push(text) > 0 },
          stderr: { isTTY, write: (text: string) => err.push(text) > 0 },
        },
      };
    };
    const terminal = capture(true);
    await expect(main(["scan", "--json", folder], terminal.streams)).resolves.toBe(0);
    expect(terminal.out).toHaveLength(60);
    expect(terminal.err.join("")).toContain("scanned 60 / 60");
    const piped = capture(false);
    await main(["scan", "--json", folder], piped.streams);
    expect(piped.err).toEqual([]);
  });

  it("explains its usage on a wrong command", () => {
    const result = run(["frobnicate"]);
    expect(result.stderr).toContain("usage: impostor-guard scan");
    expect(result.status).toBe(2);
  });
});
