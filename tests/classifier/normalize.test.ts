import fc from "fast-check";
import { foldText, normalizeText, quoteOriginal, truncateNormalized } from "../../src/classifier/normalize";

describe("normalizeText", () => {
  it("folds full-width letters, case and half-width katakana", () => {
    expect(foldText("Ｍｉｃｒｏｓｏｆｔ")).toBe("microsoft");
    expect(foldText("ﾏｲｸﾛｿﾌﾄ")).toBe("マイクロソフト");
    expect(foldText("ｻﾎﾟｰﾄ")).toBe("サポート");
  });

  it("removes invisible characters and maps look-alike letters to Latin", () => {
    expect(foldText("Micro\u200bsoft")).toBe("microsoft");
    expect(foldText("Місrоsоft")).toBe("microsoft");
    expect(foldText("Mic\u00adrosoft")).toBe("microsoft");
  });

  it("turns hyphens, underscores and runs of spaces into one space", () => {
    expect(foldText("Microsoft_account_team")).toBe("microsoft account team");
    expect(foldText("sign-in \n\t  now")).toBe("sign in now");
  });

  it("drops spaces next to Japanese so spacing does not matter", () => {
    expect(foldText("マイクロソフト テクニカル　サポート")).toBe("マイクロソフトテクニカルサポート");
    expect(foldText("Microsoft アカウント")).toBe("microsoftアカウント");
  });

  it("folds table-like strings the same way on its shortcut as character by character", () => {
    const ranges: Array<[number, number]> = [
      [0x61, 0x7a],
      [0x30, 0x39],
      [0xe0, 0xff],
      [0x3041, 0x3096],
      [0x30a1, 0x30fc],
      [0x4e00, 0x9fff],
    ];
    const characters = ["'", ".", "&", "$", "@", "|", ":", "/", " "];
    for (const [first, last] of ranges)
      for (let codePoint = first; codePoint <= last; codePoint += 1)
        characters.push(String.fromCodePoint(codePoint));
    // Every character alone, then runs of them, with and without spaces.
    for (const character of characters) expect(foldText(character)).toBe(normalizeText(character).text);
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: fc.constantFrom(...characters) }), (value) => {
        expect(foldText(value)).toBe(normalizeText(value).text);
      }),
      { numRuns: 2000 },
    );
    expect(foldText("vírus detectado")).toBe("vírus detectado");
    expect(foldText("pcがロック")).toBe("pcがロック");
    expect(foldText("encyclopædia")).toBe(normalizeText("encyclopædia").text);
  });

  it("quotes the original text behind a folded range", () => {
    const normalized = normalizeText("Dear user, your Ｍｉｃｒｏ\u200bｓｏｆｔ account");
    const start = normalized.text.indexOf("microsoft");
    expect(quoteOriginal(normalized, start, start + "microsoft".length)).toBe("Ｍｉｃｒｏ\u200bｓｏｆｔ");
  });

  it("keeps an offset for every folded unit when NFKC expands a character", () => {
    for (const input of ["㈀", "\ufdfa", "x\ufdfay"]) {
      const normalized = normalizeText(input);
      expect(normalized.starts.length).toBe(normalized.text.length);
      expect(quoteOriginal(normalized, 0, normalized.text.length)).toBe(input);
    }
  });

  it("keeps offsets inside the original for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        const normalized = normalizeText(input);
        expect(normalized.starts.length).toBe(normalized.text.length);
        for (let index = 0; index < normalized.text.length; index += 1) {
          const start = normalized.starts[index] ?? -1;
          const end = normalized.ends[index] ?? -1;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(input.length);
          expect(start).toBeLessThan(end);
        }
      }),
    );
  });
});

describe("truncateNormalized", () => {
  it("cuts the folded text where the original is cut, as folding the prefix would", () => {
    const original = "Ｍｉｃｒｏｓｏｆｔ サポート\n> quoted Micro\u200bsoft";
    const whole = normalizeText(original);
    for (const end of [0, 5, 14, 15, 16, original.length - 3, original.length]) {
      const cut = truncateNormalized(whole, end);
      expect(cut.text).toBe(normalizeText(original.slice(0, end)).text);
      expect(cut.original).toBe(original.slice(0, end));
    }
  });
});
