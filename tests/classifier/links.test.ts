import { describeLink, unwrapSafeLinks } from "../../src/classifier/links";

describe("describeLink", () => {
  it("unwraps Outlook Safe Links to the real destination", () => {
    const wrapped =
      "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.test%2Flogin&data=05%7C01&reserved=0";
    expect(unwrapSafeLinks(wrapped)).toBe("https://evil.test/login");
    expect(describeLink({ href: wrapped, text: "Sign in" }).microsoft).toBe(false);
  });

  it("notices visible text that names another site than the destination", () => {
    const link = describeLink({
      href: "https://account-live-security.com/r",
      text: "https://account.live.com/recent",
    });
    expect(link.textShowsOtherDomain).toBe("account.live.com");
    expect(link.microsoft).toBe(false);
  });

  it("does not call a link mismatched when text and destination share a registrable domain", () => {
    const link = describeLink({
      href: "https://go.microsoft.com/fwlink/?LinkId=1",
      text: "www.microsoft.com",
    });
    expect(link.textShowsOtherDomain).toBeUndefined();
    expect(link.microsoft).toBe(true);
  });

  it("flags shorteners and IP-address links", () => {
    expect(describeLink({ href: "https://bit.ly/abc", text: "here" }).shortener).toBe(true);
    expect(describeLink({ href: "http://198.51.100.7/owa", text: "here" }).ipLiteral).toBe(true);
    expect(describeLink({ href: "https://aka.ms/x", text: "here" }).shortener).toBe(false);
  });
});
