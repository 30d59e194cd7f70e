import { findBrandMentions } from "../../src/classifier/claims";
import { normalizeText } from "../../src/classifier/normalize";
import { compileRules, DEFAULT_RULES } from "../../src/classifier/rules";

const mentions = (text: string) => findBrandMentions(normalizeText(text), compileRules(DEFAULT_RULES));

describe("findBrandMentions", () => {
  it("finds Microsoft's name plainly written, without calling it disguised", () => {
    expect(mentions("Microsoft account team")).toEqual([
      expect.objectContaining({ brand: "microsoft account", disguised: false, text: "Microsoft account" }),
    ]);
    expect(mentions("マイクロソフト サポート")[0]).toMatchObject({
      brand: "マイクロソフト",
      disguised: false,
    });
  });

  it.each(["Micr0soft", "M1crosoft", "Microsfot", "Micro soft", "Місrоsоft", "Micro\u200bsoft"])(
    "recognises the disguised name %s",
    (text) => {
      expect(mentions(text).some((mention) => mention.disguised)).toBe(true);
    },
  );

  it("does not see the name in ordinary words next to it", () => {
    expect(
      mentions("a microsoft product | Microsoft Press 1 Microsoft").every((mention) => !mention.disguised),
    ).toBe(true);
    expect(mentions("microscope microsystems")).toEqual([]);
  });
});
