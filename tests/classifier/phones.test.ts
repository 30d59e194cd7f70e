import { readFileSync } from "node:fs";
import { findPhoneNumbers } from "../../src/classifier/phones";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { phoneMetadata, OUTPUT } = require("../../scripts/phone-metadata.js") as {
  phoneMetadata: () => unknown;
  OUTPUT: string;
};

describe("findPhoneNumbers", () => {
  it("finds Japanese numbers in any width, and North American toll-free numbers", () => {
    const found = findPhoneNumbers(
      "お電話ください ０１２０−９８７−６５４ / 050-3188-4421 / call 1-888-254-1973 now",
    );
    expect(found.map((phone) => phone.number)).toEqual(["+81120987654", "+815031884421", "+18882541973"]);
    expect(found[0]?.text).toBe("０１２０−９８７−６５４");
  });

  it("finds international numbers of the regions scam call centres use", () => {
    expect(findPhoneNumbers("Call +44 20 7946 0958 or +91 98765 43210").map((phone) => phone.number)).toEqual(
      ["+442079460958", "+919876543210"],
    );
  });

  it("does not take an IP address or a dotted version for a phone number", () => {
    expect(
      findPhoneNumbers("IP アドレス: 203.0.113.57 / IP address 198.51.100.200 / build 10.0.22631.4460"),
    ).toEqual([]);
    expect(findPhoneNumbers("IP 203.0.113.57. Call 03-5400-1234.").map((phone) => phone.number)).toEqual([
      "+81354001234",
    ]);
  });

  it("does not take dates, order numbers or prices for phone numbers", () => {
    expect(findPhoneNumbers("Order 4871203345 on 2026-11-14, total JPY 14,900, ref 56475600545 188")).toEqual(
      [],
    );
  });

  it("leaves the stack-trace limit as it found it", () => {
    const before = Error.stackTraceLimit;
    expect(findPhoneNumbers("Call 0120-987-654 or 1-808-239-0188 now, ref 12345678.")).toHaveLength(2);
    expect(Error.stackTraceLimit).toBe(before);
  });

  it("ships the metadata scripts/phone-metadata.js derives from the installed libphonenumber-js", () => {
    expect(JSON.parse(readFileSync(OUTPUT, "utf8"))).toEqual(phoneMetadata());
  });
});
