// Follows the Office theme: dark or light from Outlook's body colour, high contrast from the system.

import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of "#rrggbb"; undefined when the colour cannot be read. */
function luminance(color: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? "");
  if (!match?.[1]) return undefined;
  const value = parseInt(match[1], 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

export function pickTheme(
  bodyBackgroundColor: string | undefined,
  forcedColors: boolean,
  prefersDark: boolean,
): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  const light = luminance(bodyBackgroundColor);
  if (light !== undefined) return light < 0.3 ? webDarkTheme : webLightTheme;
  return prefersDark ? webDarkTheme : webLightTheme;
}

function systemPrefers(query: string): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia(query).matches
  );
}

/** The theme for Outlook's body colour (when known) and the system's contrast and colour scheme. */
export function currentTheme(bodyBackgroundColor?: string): Theme {
  return pickTheme(
    bodyBackgroundColor,
    systemPrefers("(forced-colors: active)"),
    systemPrefers("(prefers-color-scheme: dark)"),
  );
}
