/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { OutlookApp } from "../../src/taskpane/OutlookApp";
import { pickTheme } from "../../src/taskpane/theme";
import { mockOutlook, scriptedItem, type NotificationCall } from "../helpers/outlookMock";

const SCAM = {
  subject: "Unusual sign-in activity",
  from: { displayName: "Microsoft account team", emailAddress: "no-reply@acct-alerts.example" },
  html: '<p>Unusual sign-in activity. Verify your account within 24 hours.</p><a href="https://acct-alerts.example/x">Review</a>',
  text: "Unusual sign-in activity",
  headers: "Authentication-Results: spf=pass; dmarc=none",
};

describe("OutlookApp with a scripted Outlook", () => {
  it("shows the card, adds the warning bar, and applies settings at once", async () => {
    const calls: NotificationCall[] = [];
    const outlook = mockOutlook(scriptedItem(SCAM, calls));
    const { container } = render(<OutlookApp office={outlook.office} />);
    await waitFor(() =>
      expect(container.querySelector("[data-verdict]")).toHaveAttribute("data-verdict", "danger"),
    );
    await waitFor(() =>
      expect(calls.at(-1)).toMatchObject({ action: "replace", details: { type: "errorMessage" } }),
    );

    await userEvent.click(screen.getByText("Settings"));
    await userEvent.click(screen.getByRole("switch", { name: "Show a warning bar inside the message" }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "ja");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(calls.at(-1)).toMatchObject({ action: "remove" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
        "マイクロソフトをかたる詐欺メールです",
      ),
    );
    expect(outlook.roaming.get("impostorGuardSettings")).toEqual({
      reportAddress: "phish@office365.microsoft.com",
      showInfoBar: false,
      language: "ja",
    });
  });

  it("opens the fallback report with the original attached from the card", async () => {
    const outlook = mockOutlook(scriptedItem({ ...SCAM, itemId: "AAMk-42" }));
    render(<OutlookApp office={outlook.office} />);
    await userEvent.click(await screen.findByRole("button", { name: "Report as phishing" }));
    expect(outlook.newMessageForms).toEqual([
      expect.objectContaining({
        toRecipients: ["phish@office365.microsoft.com"],
        attachments: [{ type: "item", itemId: "AAMk-42", name: "Unusual sign-in activity" }],
      }),
    ]);
  });

  it("asks to select a message when none is selected", async () => {
    const outlook = mockOutlook(null);
    render(<OutlookApp office={outlook.office} />);
    expect(await screen.findByText("Select a message to check it.")).toBeInTheDocument();
  });
});

describe("pickTheme", () => {
  it("follows Outlook's dark and light body colours, and the system's high contrast first", () => {
    expect(pickTheme("#1f1f1f", false, false)).toBe(webDarkTheme);
    expect(pickTheme("#ffffff", false, true)).toBe(webLightTheme);
    expect(pickTheme(undefined, false, true)).toBe(webDarkTheme);
    expect(pickTheme("#ffffff", true, false)).toBe(teamsHighContrastTheme);
  });
});
