// Every regular expression literal in src/ runs in linear time in practice: each is found with
// the TypeScript parser and run against adversarial inputs built from characters it matches,
// at growing sizes. Catastrophic backtracking on 80 000 characters would take minutes.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const SRC = join(__dirname, "..", "..", "src");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function regexLiterals(file: string): Array<{ where: string; regex: RegExp }> {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Array<{ where: string; regex: RegExp }> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const end = text.lastIndexOf("/");
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({
        where: `${relative(SRC, file)}:${line} ${text}`,
        regex: new RegExp(text.slice(1, end), text.slice(end + 1).replace("g", "")),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const LITERALS = sourceFiles(SRC).flatMap(regexLiterals);

/** Characters that classes in our patterns accept, and the separators between them. */
const ATOMS = [
  "a",
  "A",
  "0",
  ".",
  "-",
  "_",
  " ",
  "\t",
  "\n",
  "\r",
  "@",
  "<",
  ">",
  "(",
  ")",
  ";",
  ":",
  "/",
  "=",
  "#",
  "x",
  "%",
  "\u3000",
  "ア",
];

function adversarialInputs(size: number): string[] {
  const inputs: string[] = [];
  for (const atom of ATOMS)
    inputs.push(atom.repeat(size) + "!", "a" + atom.repeat(size) + "a", "<a" + atom.repeat(size) + "0>");
  for (const left of ["a", "0", "a-", "a."])
    for (const right of [".", "-", " ", "@", ":"]) inputs.push((left + right).repeat(size / 2) + "\u0000");
  inputs.push(
    "http://" + "a.".repeat(size / 2) + "!",
    "<" + "a ".repeat(size / 2),
    "i=" + "1".repeat(size),
    "(".repeat(size) + "x",
  );
  return inputs;
}

describe("regular expressions in src/", () => {
  it("are found (the scan itself works)", () => {
    expect(LITERALS.length).toBeGreaterThan(10);
  });

  it.each(LITERALS.map((literal) => [literal.where, literal.regex] as const))(
    "%s stays linear on adversarial input",
    (_, regex) => {
      const timings: number[] = [];
      for (const size of [20_000, 80_000]) {
        const started = performance.now();
        for (const input of adversarialInputs(size)) {
          regex.lastIndex = 0;
          regex.test(input);
          regex.lastIndex = 0;
          input.replace(
            new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : regex.flags + "g"),
            "",
          );
        }
        timings.push(performance.now() - started);
      }
      // Quadratic work at these sizes runs for minutes and grows 16-fold for 4 times the input;
      // linear work grows about 4-fold. A bounded repeat ({1,64}) is linear with a large factor,
      // which a slow machine can take seconds over: the growth tells them apart, not the clock.
      const [small = 0, large = 0] = timings;
      const linear = large < 500 || large / Math.max(small, 1) < 8;
      expect({ small, large, linear }).toMatchObject({ linear: true });
      expect(large).toBeLessThan(60_000);
    },
  );
});
