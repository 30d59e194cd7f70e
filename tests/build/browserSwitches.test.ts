// scripts/browser.ts repeats playwright-core's `--disable-features` list, because Chromium reads only
// the last such switch: this checks the copy against the playwright-core that is installed.

import { readFileSync } from "node:fs";
import { PLAYWRIGHT_DISABLED_FEATURES } from "../../scripts/browser";

/** The `disabledFeatures` array of playwright-core's chromiumSwitches, read from its bundle. */
function installedPlaywrightDisabledFeatures(): string[] {
  const bundle = readFileSync(require.resolve("playwright-core/lib/coreBundle"), "utf8");
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
  if (list === undefined) throw new Error("playwright-core's disabledFeatures list was not found: read chromiumSwitches and update scripts/browser.ts");
  return [...list.matchAll(/^\s*"([^"]+)"/gm)].map((match) => match[1] ?? "");
}

describe("the browser switches", () => {
  it("keep every feature playwright-core turns off", () => {
    const installed = installedPlaywrightDisabledFeatures();
    expect(installed.length).toBeGreaterThan(5);
    expect(installed.filter((feature) => !PLAYWRIGHT_DISABLED_FEATURES.includes(feature as never))).toEqual([]);
  });
});
