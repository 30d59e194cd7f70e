import { readClientFacts } from "../../src/office/client";

function office(accountType: string | undefined, platform: string | undefined, mailbox = "1.14") {
  return {
    context: {
      mailbox: { userProfile: { accountType } },
      diagnostics: { platform },
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "Mailbox" && Number(version.split(".")[1]) <= Number(mailbox.split(".")[1]),
      },
    },
  } as unknown as Pick<typeof Office, "context">;
}

describe("readClientFacts", () => {
  it.each([
    ["office365", "OfficeOnline", { accountKind: "work", reportPlace: "web", pinning: true }],
    ["enterprise", "PC", { accountKind: "work", reportPlace: "classic-windows", pinning: false }],
    ["outlookCom", "OfficeOnline", { accountKind: "personal", reportPlace: "web", pinning: false }],
    ["office365", "Mac", { accountKind: "work", reportPlace: "mac", pinning: true }],
    ["gmail", "iOS", { accountKind: "unknown", reportPlace: "mobile", pinning: false }],
    [undefined, undefined, { accountKind: "unknown", reportPlace: "unknown", pinning: false }],
  ])("reads account %s on %s", (accountType, platform, facts) => {
    expect(readClientFacts(office(accountType, platform))).toEqual(facts);
  });

  it("offers no pinning where Mailbox 1.5 is missing", () => {
    expect(readClientFacts(office("office365", "PC", "1.4")).pinning).toBe(false);
  });

  it("answers 'unknown' instead of throwing when a client has no user profile", () => {
    const broken = {
      context: {
        get mailbox(): never {
          throw new Error("not in this host");
        },
        diagnostics: undefined,
        requirements: { isSetSupported: () => false },
      },
    } as unknown as Pick<typeof Office, "context">;
    expect(readClientFacts(broken)).toEqual({
      accountKind: "unknown",
      reportPlace: "unknown",
      pinning: false,
    });
  });
});
