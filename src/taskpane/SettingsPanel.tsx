// Settings on the card: reporting address, in-message warning, language. Saved to roaming settings.

import * as React from "react";
import { Button, Field, Input, Select, Switch, Text } from "@fluentui/react-components";
import {
  isValidReportAddress,
  REPORT_ADDRESSES,
  type LanguageSetting,
  type Settings,
} from "../office/settings";
import { Collapsible } from "./Collapsible";
import type { Catalogue } from "../i18n";
import { PANE_WORDS } from "../i18n/paneWords";

/** What became of a save: kept in Outlook, or applied for now with a sentence saying why not kept. */
export type SaveOutcome = { kept: true } | { kept: false; message: string };

export interface SettingsPanelProps {
  settings: Settings;
  catalogue: Catalogue;
  /** Applies the settings and stores them; resolves, never rejects. */
  onSave: (settings: Settings) => Promise<SaveOutcome>;
}

export function SettingsPanel({ settings, catalogue, onSave }: SettingsPanelProps) {
  const [draft, setDraft] = React.useState(settings);
  const [outcome, setOutcome] = React.useState<SaveOutcome | undefined>();
  const saved = outcome?.kept === true;
  const labels = PANE_WORDS[catalogue.language].settingsLabels;
  const addressValid = isValidReportAddress(draft.reportAddress);
  const suggestions =
    catalogue.language === "ja"
      ? [REPORT_ADDRESSES.microsoft, REPORT_ADDRESSES.antiPhishingJapan]
      : [REPORT_ADDRESSES.microsoft];
  const languageNames: Record<LanguageSetting, string> = {
    auto: labels.languageAuto,
    en: "English",
    ja: "日本語",
  };
  return (
    <Collapsible summary={catalogue.sections.settings} testId="settings">
      {() => (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!addressValid) return;
            void onSave(draft).then(setOutcome);
          }}
          style={{ display: "flex", flexDirection: "column", gap: 8, paddingTop: 8 }}
        >
          <Field label={labels.reportAddress} validationState={addressValid ? "none" : "error"}>
            <Input
              type="email"
              list="report-address-suggestions"
              value={draft.reportAddress}
              onChange={(_, data) => {
                setOutcome(undefined);
                setDraft({ ...draft, reportAddress: data.value });
              }}
            />
          </Field>
          <datalist id="report-address-suggestions">
            {suggestions.map((address) => (
              <option key={address} value={address} />
            ))}
          </datalist>
          <Switch
            label={labels.showInfoBar}
            checked={draft.showInfoBar}
            onChange={(_, data) => {
              setOutcome(undefined);
              setDraft({ ...draft, showInfoBar: data.checked });
            }}
          />
          <Field label={labels.language}>
            <Select
              value={draft.language}
              onChange={(_, data) => {
                setOutcome(undefined);
                setDraft({ ...draft, language: data.value as LanguageSetting });
              }}
            >
              {(Object.keys(languageNames) as LanguageSetting[]).map((language) => (
                <option key={language} value={language}>
                  {languageNames[language]}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" appearance="primary" disabled={!addressValid}>
            {saved ? labels.saved : labels.save}
          </Button>
          {outcome && !outcome.kept ? <Text role="alert">{outcome.message}</Text> : null}
        </form>
      )}
    </Collapsible>
  );
}
