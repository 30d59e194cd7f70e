import { parseHeaderBlock, readAuthentication } from "../../src/classifier/headers";

describe("readAuthentication", () => {
  it("reads spf, dkim with header.d, dmarc and compauth from Exchange Online's header", () => {
    const fields = parseHeaderBlock(
      [
        "Authentication-Results: spf=pass (sender IP is 40.92.10.5)",
        " smtp.mailfrom=accountprotection.microsoft.com; dkim=pass (signature was verified)",
        " header.d=accountprotection.microsoft.com;dmarc=pass action=none",
        " header.from=accountprotection.microsoft.com;compauth=pass reason=100",
        "From: x@y",
      ].join("\r\n"),
    );
    expect(readAuthentication(fields)).toEqual({
      spf: "pass",
      dkim: "pass",
      dkimDomains: ["accountprotection.microsoft.com"],
      dmarc: "pass",
      compauth: "pass",
      present: true,
    });
  });

  it("trusts only the top-most Authentication-Results, not one the sender wrote below", () => {
    const fields = parseHeaderBlock(
      [
        "Authentication-Results: mx.example.jp; spf=fail smtp.mailfrom=evil.test; dkim=none; dmarc=fail header.from=microsoft.com",
        "Received: from evil.test",
        "Authentication-Results: fake; spf=pass; dkim=pass header.d=microsoft.com; dmarc=pass",
      ].join("\n"),
    );
    const authentication = readAuthentication(fields);
    expect(authentication.dmarc).toBe("fail");
    expect(authentication.dkimDomains).toEqual([]);
  });

  it("falls back to the newest ARC-Authentication-Results when there is no Authentication-Results", () => {
    const fields = parseHeaderBlock(
      [
        "ARC-Authentication-Results: i=1; mx.google.com; dkim=fail header.d=old.test; spf=fail",
        "ARC-Authentication-Results: i=2; mx.microsoft.com 1; spf=pass smtp.mailfrom=contoso.com; dmarc=pass header.from=contoso.com; dkim=pass header.d=contoso.com",
      ].join("\n"),
    );
    const authentication = readAuthentication(fields);
    expect(authentication).toMatchObject({
      spf: "pass",
      dmarc: "pass",
      dkim: "pass",
      dkimDomains: ["contoso.com"],
    });
  });

  it("reports nothing present for an empty header block, as some Outlook clients return", () => {
    expect(readAuthentication(parseHeaderBlock("")).present).toBe(false);
  });
});
