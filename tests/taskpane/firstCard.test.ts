/**
 * @jest-environment jsdom
 */
import "../helpers/textEncoding";
import { classify } from "../../src/classifier";
import { CATALOGUES } from "../../src/i18n";
import { paintFirstCard } from "../../src/taskpane/firstCard";
import { readFixture } from "../helpers/fixtures";

async function paint(fixture: string, language: "en" | "ja"): Promise<HTMLElement> {
  const container = document.createElement("div");
  paintFirstCard(container, classify(await readFixture(fixture)), CATALOGUES[language], [], false);
  return container;
}

describe("the first card's line about the sender", () => {
  it("says Microsoft sent a genuine Microsoft message, from its verified domain", async () => {
    const card = await paint("genuine-security-code-en.eml", "en");
    const note = card.querySelector('[data-note="genuineMicrosoft"]');
    expect(note?.textContent).toBe(CATALOGUES.en.genuineMicrosoft.replace("{domain}", "microsoft.com"));
  });

  it("says an encrypted message's content was not checked, naming its sender's domain", async () => {
    const card = await paint("dev/secure-message/neg-ome-ja-sekkei-zumen.eml", "ja");
    expect(card.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe("none");
    const note = card.querySelector('[data-note="protectedContent"]');
    const domain = note?.querySelector("[data-fact]")?.textContent ?? "";
    expect(domain).not.toBe("");
    expect(note?.textContent).toBe(CATALOGUES.ja.protectedContent.replace("{domain}", domain));
  });

  it("has no such line on a flagged message", async () => {
    const card = await paint(
      "dev/secure-message/account-credential-fr-avocat-purview-thread-hijack.eml",
      "en",
    );
    expect(card.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe("danger");
    expect(card.querySelector("[data-note]")).toBeNull();
  });
});
