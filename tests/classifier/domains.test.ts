import {
  findLookalikeDomain,
  isMicrosoftLinkDomain,
  isMicrosoftSendingDomain,
  registrableDomain,
} from "../../src/classifier/domains";

describe("domains", () => {
  it("knows Microsoft's sending domains, including subdomains", () => {
    expect(isMicrosoftSendingDomain("accountprotection.microsoft.com")).toBe(true);
    expect(isMicrosoftSendingDomain("account.live.com")).toBe(true);
    expect(isMicrosoftSendingDomain("live.com")).toBe(false);
    expect(isMicrosoftSendingDomain("microsoft.com.evil.test")).toBe(false);
  });

  it("does not count customer-controlled Microsoft hosting as Microsoft's own site", () => {
    expect(isMicrosoftLinkDomain("login.microsoftonline.com")).toBe(true);
    expect(isMicrosoftLinkDomain("contoso.sharepoint.com")).toBe(false);
    expect(isMicrosoftLinkDomain("phish.web.core.windows.net")).toBe(false);
  });

  it("computes registrable domains with the public suffix list", () => {
    expect(registrableDomain("mail.example.co.jp")).toBe("example.co.jp");
    expect(registrableDomain("a.b.microsoft.com")).toBe("microsoft.com");
  });

  it.each([
    ["micros0ft.com", "confusable-characters"],
    ["rnicrosoft.com", "confusable-characters"],
    ["microsfot.com", "misspelt-brand"],
    ["microsoft-account-verify.help", "brand-in-domain"],
    ["secure-office365-login.com", "brand-in-domain"],
    ["xn--mcrosoft-c2a.com", "misspelt-brand"],
    ["xn--mcrosoft-thh.com", "punycode"],
    ["xn--micrsoft-qbh.com", "punycode"],
    ["microsoft.com.account-check.example", "brand-in-domain"],
    ["login.micros0ft.example", "confusable-characters"],
    ["microsoft-pc-support.jp.net", "brand-in-domain"],
  ])("finds the look-alike domain %s (%s)", (domain, reason) => {
    expect(findLookalikeDomain(domain)?.reason).toBe(reason);
  });

  it.each([
    "microsoft.com",
    "contoso.onmicrosoft.com",
    "example.co.jp",
    "economicoutlook.net",
    "andersenwindows.com",
  ])("leaves %s alone", (domain) => {
    expect(findLookalikeDomain(domain)).toBeUndefined();
  });
});
