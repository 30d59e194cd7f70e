// Whether the pane is dark: from the relative luminance of Outlook's body colour, else the
// system's colour scheme. Both the Fluent theme and the first screen's plain style follow it.

/** Relative luminance of "#rrggbb"; undefined when the colour cannot be read. */
export function luminance(color: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? "");
  if (!match?.[1]) return undefined;
  const value = parseInt(match[1], 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** Dark for Outlook's body colour when it is known, else for the system's colour scheme. */
export function isDark(bodyBackgroundColor: string | undefined, prefersDark: boolean): boolean {
  const light = luminance(bodyBackgroundColor);
  return light !== undefined ? light < 0.3 : prefersDark;
}

/** Whether the system matches a media query ("(prefers-color-scheme: dark)"); false without a window. */
export function systemPrefers(query: string): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia(query).matches
  );
}
