import type { MicrosoftVerdict } from "../../src/classifier";
import { FILTER_VERDICTS, THREAT_KINDS } from "../../src/classifier/data/microsoftVerdict";
import { CATALOGUES } from "../../src/i18n";
import { DETAILS } from "../../src/i18n/details";
import { linkLabel, reasonValues, splitHidden, templateParts, threatKind } from "../../src/taskpane/cardText";
import { explainMicrosoftVerdict } from "../../src/taskpane/verdictLines";
import { linkView, wrapPoints } from "../../src/taskpane/linkView";

const WORDS = DETAILS.en.microsoftVerdict;

function verdict(values: Partial<MicrosoftVerdict>): MicrosoftVerdict {
  return {
    category: "",
    filterVerdict: "",
    safetyTip: "",
    direction: "INB",
    scl: undefined,
    bcl: undefined,
    compauth: "unknown",
    compauthReason: "",
    threat: false,
    ...values,
  };
}

describe("threatKind: the first screen's line on Microsoft's own verdict", () => {
  it("names the threat the category, safety tip or filter verdict gives, else a failed sender check", () => {
    expect(threatKind(verdict({ category: "HPHSH", threat: true }))).toBe("high-confidence-phish");
    expect(threatKind(verdict({ category: "SPM", safetyTip: "9.19", threat: true }))).toBe("impersonation");
    expect(threatKind(verdict({ category: "BIMP", safetyTip: "9.22", threat: true }))).toBe("impersonation");
    expect(threatKind(verdict({ category: "MALW", threat: true }))).toBe("malware");
    expect(
      threatKind(verdict({ category: "NONE", compauth: "fail", compauthReason: "000", threat: true })),
    ).toBe("spoof");
    // No filter verdict (SFV) is a threat kind, so threatKind need not read it.
    expect(Object.values(FILTER_VERDICTS).filter((kind) => THREAT_KINDS.has(kind))).toEqual([]);
    // A code with an inherited name is no kind ("constructor", "__proto__").
    expect(threatKind(verdict({ category: "constructor", compauth: "fail", threat: true }))).toBe("spoof");
  });

  it("fills the filter-verdict reason with that kind's sentence, in each language", () => {
    for (const language of ["en", "ja"] as const) {
      const values = reasonValues(
        { id: "filter-verdict", values: { category: "PHSH", compauth: "" } },
        CATALOGUES[language],
        verdict({ category: "PHSH", threat: true }),
      );
      expect(values["verdict"]).toBe(CATALOGUES[language].filterThreat.phish);
    }
  });
});

describe("explainMicrosoftVerdict", () => {
  it("puts a phishing or spoofing verdict first, before what merely describes the mail", () => {
    const lines = explainMicrosoftVerdict(
      verdict({ category: "SPM", filterVerdict: "SPM", compauth: "fail", compauthReason: "001", bcl: 4 }),
      WORDS,
    );
    expect(lines.map((line) => line.field)).toEqual(["compauth", "category", "bcl"]);
    expect(lines[0]).toEqual({ field: "compauth", threat: true, text: WORDS.compauth["implicit-fail"] });
  });

  it("says a verdict once when the filter verdict repeats the category", () => {
    const lines = explainMicrosoftVerdict(
      verdict({ category: "NONE", filterVerdict: "NSPM", scl: 1, bcl: 0 }),
      WORDS,
    );
    expect(lines).toEqual([{ field: "category", threat: false, text: WORDS.category.NONE }]);
  });

  it.each([
    ["PHSH", "category"],
    ["BIMP", "category"],
    ["SPOOF", "category"],
    ["HPHISH", "category"],
  ] as const)("marks CAT:%s as a threat", (code, field) => {
    expect(explainMicrosoftVerdict(verdict({ category: code }), WORDS)[0]).toMatchObject({
      field,
      threat: true,
    });
  });

  it("explains safety tips and tells impersonation from a first contact", () => {
    expect(explainMicrosoftVerdict(verdict({ safetyTip: "9.19" }), WORDS)[0]?.threat).toBe(true);
    expect(explainMicrosoftVerdict(verdict({ safetyTip: "9.25" }), WORDS)[0]).toEqual({
      field: "safetyTip",
      threat: false,
      text: WORDS.safetyTip["9.25"],
    });
  });

  it("uses the SCL only when neither category nor filter verdict is there", () => {
    expect(explainMicrosoftVerdict(verdict({ scl: 9 }), WORDS)).toEqual([
      { field: "scl", threat: false, text: WORDS.scl["high-confidence-spam"] },
    ]);
    expect(
      explainMicrosoftVerdict(verdict({ category: "SPM", scl: 9 }), WORDS).map((line) => line.field),
    ).toEqual(["category"]);
  });

  it("leaves out values Microsoft does not document, rather than showing them raw", () => {
    expect(
      explainMicrosoftVerdict(
        verdict({
          category: "XYZ",
          filterVerdict: "SKX",
          safetyTip: "9.1",
          compauth: "fail",
          compauthReason: "842",
          scl: 3,
        }),
        WORDS,
      ),
    ).toEqual([]);
  });
});

describe("linkLabel", () => {
  it("shows a written address as its host and cuts long words short", () => {
    expect(linkLabel("https://account.live.com/recent-activity")).toBe("account.live.com");
    expect(linkLabel("www.microsoft.com/genuine")).toBe("www.microsoft.com");
    expect(linkLabel("Take action")).toBe("Take action");
    const long = linkLabel(
      "Microsoft アカウント お客様のアカウントでサインインの確認が必要です。確認が完了するまで一部のメールを受信できません。",
    );
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("splitHidden", () => {
  it("marks zero-width characters and variation selectors inside a brand name", () => {
    expect(splitHidden("Micr\u200Bosoft")).toEqual([
      { text: "Micr", hidden: false },
      { text: "\u200B", hidden: true },
      { text: "osoft", hidden: false },
    ]);
    expect(splitHidden("M\u{E0101}i\u{E0101}c").filter((part) => part.hidden)).toHaveLength(2);
  });

  it("leaves emoji sequences and plain Japanese alone", () => {
    expect(splitHidden("⚠️ 注意 👨‍👩‍👧")).toEqual([{ text: "⚠️ 注意 👨‍👩‍👧", hidden: false }]);
  });
});

describe("templateParts", () => {
  it("splits a template into text and the placeholders it names", () => {
    expect(templateParts("It was sent from {domain}.")).toEqual([
      { text: "It was sent from " },
      { key: "domain" },
      { text: "." },
    ]);
  });
});

describe("linkView", () => {
  it.each([
    ["https://mercurygroup.co.in/take-action?id=1", "", "mercurygroup.co.in", true],
    ["https://storage-release-owa.web.app/", "", "storage-release-owa.web.app", false],
    [
      "https://pinecrest-docs.securefileshare-portal.com/v/2291",
      "pinecrest-docs.",
      "securefileshare-portal.com",
      true,
    ],
    ["http://198.51.100.77/owa/login.php", "", "198.51.100.77", true],
  ])("splits %s into who owns it and the elided rest", (url, subdomain, registrable, hasPath) => {
    expect(linkView(url)).toEqual({ subdomain, registrable, hasPath, full: url });
  });

  it("gives nothing for addresses that are not web links", () => {
    expect(linkView("javascript:alert(1)")).toBeUndefined();
    expect(linkView("not a url")).toBeUndefined();
  });
});

describe("wrapPoints", () => {
  it("lets an address wrap only after its punctuation", () => {
    expect(wrapPoints("https://a-b.example/x?y=1").join("")).toBe("https://a-b.example/x?y=1");
    expect(wrapPoints("no-reply@acct.info")).toEqual(["no-", "reply@", "acct.", "info"]);
  });
});
