import fc from "fast-check";
import { PhraseMatcher } from "../../src/classifier/phraseMatcher";

describe("PhraseMatcher", () => {
  it("finds every phrase in one pass, Latin at word boundaries only", () => {
    const matcher = new PhraseMatcher([
      ["scam", "a"],
      ["security update", "b"],
      ["宝くじ", "c"],
    ]);
    const hits = matcher.findAll("no scampi. a security update! 宝くじに当選 scam");
    expect(hits.map((hit) => hit.value)).toEqual(["b", "c", "a"]);
  });

  it("does not find a word inside a contracted negative", () => {
    const matcher = new PhraseMatcher([["you won", "win"]]);
    expect(matcher.findAll("you won't believe it / you won’t / you won!").map((hit) => hit.start)).toEqual([
      35,
    ]);
  });

  it("keeps the longest of nested matches with the same value", () => {
    const matcher = new PhraseMatcher([
      ["unusual sign in", "x"],
      ["unusual sign in activity", "x"],
    ]);
    expect(matcher.findAll("unusual sign in activity").map((hit) => [hit.start, hit.end])).toEqual([[0, 24]]);
  });

  it("agrees with a naive search on random text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom("a", "b", "ア", "イ") }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.string({ maxLength: 60, unit: fc.constantFrom("a", "b", "ア", "イ", " ") }),
        (phrases, text) => {
          const unique = [...new Set(phrases)];
          const matcher = new PhraseMatcher(unique.map((phrase) => [phrase, phrase] as const));
          const found = new Set(matcher.findAll(text, 1_000_000).map((hit) => `${hit.value}@${hit.start}`));
          for (const phrase of unique) {
            for (let start = text.indexOf(phrase); start >= 0; start = text.indexOf(phrase, start + 1)) {
              const end = start + phrase.length;
              const word = (index: number): boolean => /[ab]/.test(text[index] ?? "");
              const boundaryOk = (!word(start) || !word(start - 1)) && (!word(end - 1) || !word(end));
              if (boundaryOk) expect(found.has(`${phrase}@${start}`)).toBe(true);
            }
          }
        },
      ),
    );
  });

  it("gives the same hits in the same order as a naive search, phrases repeated with other values included", () => {
    // Word units (letters, a digit, an accented letter, "t"), CJK, and the apostrophes of "won't".
    const unit = fc.constantFrom("a", "b", "0", "é", "t", "ア", "イ", "'", "’");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 4, unit }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.string({
          maxLength: 60,
          unit: fc.constantFrom("a", "b", "0", "é", "t", "T", "ア", "イ", "'", "’", " "),
        }),
        (entries, text) => {
          const matcher = new PhraseMatcher(entries.map(([phrase, value]) => [phrase, value] as const));
          const word = (index: number): boolean => /[a-z0-9\u00e0-\u024f]/.test(text[index] ?? "");
          // "'t" glues to the word before it ("won't"), unless a word goes on after it.
          const contracted = (end: number): boolean =>
            /['’]/.test(text[end] ?? "") && /[tT]/.test(text[end + 1] ?? "") && !word(end + 2);
          const naive: Array<{ start: number; end: number; value: number; order: number }> = [];
          entries.forEach(([phrase, value], order) => {
            for (let start = text.indexOf(phrase); start >= 0; start = text.indexOf(phrase, start + 1)) {
              const end = start + phrase.length;
              if ((!word(start) || !word(start - 1)) && (!word(end - 1) || (!word(end) && !contracted(end))))
                naive.push({ start, end, value, order });
            }
          });
          naive.sort(
            (left, right) => left.start - right.start || right.end - left.end || left.order - right.order,
          );
          const reach = new Map<number, number>();
          const expected = naive.filter((hit) => {
            if (hit.end <= (reach.get(hit.value) ?? -1)) return false;
            reach.set(hit.value, hit.end);
            return true;
          });
          expect(matcher.findAll(text, 1_000_000)).toEqual(
            expected.map(({ start, end, value }) => ({ start, end, value })),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
