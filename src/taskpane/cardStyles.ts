// Styles the first screen and the "more" sections share. Message text wraps at spaces and
// punctuation, breaks inside a word only when one word is wider than the pane, and never makes
// the pane scroll sideways at 320 px.

import { makeStyles, tokens } from "@fluentui/react-components";

export const useSharedStyles = makeStyles({
  /** A fact a reader can check (a domain, a number, a file name), inline in a sentence. */
  fact: {
    fontWeight: tokens.fontWeightSemibold,
    wordBreak: "normal",
    overflowWrap: "anywhere",
  },
  /** An address, a host or a file name in monospace. */
  mono: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "normal",
    overflowWrap: "anywhere",
  },
  /** Text quoted from the message. */
  quote: { wordBreak: "normal", overflowWrap: "anywhere" },
  /** A character the reader cannot see, shown as a mark. */
  hidden: {
    display: "inline-block",
    minWidth: "0.7em",
    margin: "0 1px",
    borderRadius: tokens.borderRadiusSmall,
    outline: `${tokens.strokeWidthThin} dashed ${tokens.colorStatusDangerBorder2}`,
    color: tokens.colorStatusDangerForeground1,
    textAlign: "center",
    lineHeight: 1,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** A "more" section: a native disclosure, one tap to open. */
  more: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    "& > summary": {
      cursor: "pointer",
      fontWeight: tokens.fontWeightSemibold,
      minHeight: "24px",
      paddingBlock: tokens.spacingVerticalXXS,
    },
    "& > summary:focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  moreBody: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
  },
});

export type SharedStyles = ReturnType<typeof useSharedStyles>;
