/**
 * @jest-environment jsdom
 */
import "../helpers/textEncoding";
import "@testing-library/jest-dom";
import * as React from "react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DemoApp } from "../../src/taskpane/DemoApp";
import { CATALOGUES } from "../../src/i18n";
import { DEMO_WORDS } from "../../src/i18n/demoWords";
import { FIXTURE_DIRECTORY } from "../helpers/fixtures";

function serveSamples(status = 200): jest.Mock {
  const fetchSample = jest.fn(async (url: string) => {
    const file = decodeURIComponent(url.replace(/^samples\//, ""));
    const bytes = readFileSync(join(FIXTURE_DIRECTORY, file));
    return {
      ok: status === 200,
      status,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    };
  });
  Object.assign(globalThis, { fetch: fetchSample });
  return fetchSample;
}

describe("DemoApp", () => {
  it("opens with what the add-in is and a sample in the visitor's language already checked", async () => {
    const fetchSample = serveSamples();
    const { container } = render(<DemoApp displayLanguage="ja-JP" />);
    expect(screen.getByText(DEMO_WORDS.ja.demo.intro)).toBeInTheDocument();
    await waitFor(() =>
      expect(container.querySelector("[data-verdict]")).toHaveAttribute("data-verdict", "danger"),
    );
    expect(fetchSample).toHaveBeenCalledWith("samples/account-credential-ja.eml");
    expect(screen.getByTestId("sample-picker")).toHaveValue("account-credential-ja.eml");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(CATALOGUES.ja.headline.danger);
  });

  it("switches the whole page between English and Japanese", async () => {
    serveSamples();
    const { container } = render(<DemoApp displayLanguage="en-US" />);
    await waitFor(() => expect(container.querySelector("[data-verdict]")).not.toBeNull());
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(CATALOGUES.en.headline.danger);
    await userEvent.click(screen.getByRole("button", { name: "日本語" }));
    expect(screen.getByRole("button", { name: "日本語" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(CATALOGUES.ja.headline.danger);
    expect(screen.getByText(DEMO_WORDS.ja.demo.intro)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("ja");
  });

  it("checks another sample when one is picked", async () => {
    serveSamples();
    const { container } = render(<DemoApp displayLanguage="en-US" />);
    await waitFor(() => expect(container.querySelector("[data-verdict]")).not.toBeNull());
    await userEvent.selectOptions(screen.getByTestId("sample-picker"), "genuine-security-code-en.eml");
    await waitFor(() =>
      expect(container.querySelector("[data-verdict]")).toHaveAttribute("data-verdict", "none"),
    );
  });

  it("says in Japanese, with no English left in, why pasted text is not an email", async () => {
    serveSamples();
    render(<DemoApp displayLanguage="ja" />);
    await userEvent.click(screen.getByText(DEMO_WORDS.ja.demo.ownMessage));
    await userEvent.type(screen.getByRole("textbox"), "hello there");
    await userEvent.click(screen.getByRole("button", { name: DEMO_WORDS.ja.demo.analysePasted }));
    const error = await screen.findByTestId("demo-error");
    expect(error).toHaveTextContent(DEMO_WORDS.ja.errors.parse["not-email"]);
    expect(error.textContent).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("says so when a sample cannot be loaded", async () => {
    serveSamples(404);
    render(<DemoApp displayLanguage="en" />);
    expect(await screen.findByTestId("demo-error")).toHaveTextContent(DEMO_WORDS.en.errors.sampleFailed);
  });
});
