// Follows the Office theme: dark or light from Outlook's body colour, high contrast from the system.

import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { isDark, systemPrefers } from "./luminance";

export function pickTheme(
  bodyBackgroundColor: string | undefined,
  forcedColors: boolean,
  prefersDark: boolean,
): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  return isDark(bodyBackgroundColor, prefersDark) ? webDarkTheme : webLightTheme;
}

/** The theme for Outlook's body colour (when known) and the system's contrast and colour scheme. */
export function currentTheme(bodyBackgroundColor?: string): Theme {
  return pickTheme(
    bodyBackgroundColor,
    systemPrefers("(forced-colors: active)"),
    systemPrefers("(prefers-color-scheme: dark)"),
  );
}
