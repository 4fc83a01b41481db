import { unsafeCSS } from 'lit';

/**
 * The design tokens: every public CSS custom property of the kit, each with its default and (as its doc comment,
 * which custom-elements.json takes and the bundle leaves out) its meaning, defined here once.
 * A CMS page loads no theme file, so each is read as var(--name, default). Defaults meet WCAG 2.1 AA contrast
 * on a light page; the widgets take the page's font and text colour unless told otherwise.
 */
export const TOKENS = {
  /** Font of all text; by default the page’s own. */
  fontFamily: ['--rathaus-font-family', 'inherit'],
  // Never below 16px by default, so that hints (0.9em) stay at 14px or more and inputs at 16px (iOS zooms into
  // smaller inputs) even on pages whose text is 11px; a designer who sets the token gets that value as it is.
  /** Base size; everything inside scales with it (em); by default the page's own, but at least 16px. */
  fontSize: ['--rathaus-font-size', 'max(1em, 16px)'],
  /** Text colour; by default the page’s own. */
  colorText: ['--rathaus-color-text', 'inherit'],
  /** Buttons, the current step, online markers. */
  colorPrimary: ['--rathaus-color-primary', '#0b5cab'],
  /** Text on the primary colour. */
  colorPrimaryText: ['--rathaus-color-primary-text', '#ffffff'],
  /** Background of panels and list entries. */
  colorSurface: ['--rathaus-color-surface', 'transparent'],
  /** Background of inputs and secondary buttons. */
  colorInputBackground: ['--rathaus-color-input-background', '#ffffff'],
  /** Text in inputs. */
  colorInputText: ['--rathaus-color-input-text', '#1b1b1b'],
  /** Borders of inputs, panels and entries (3:1 against white). */
  colorBorder: ['--rathaus-color-border', '#6b6b6b'],
  /** Error messages and invalid fields. */
  colorError: ['--rathaus-color-error', '#b00020'],
  /** Confirmations, e.g. the receipt. */
  colorSuccess: ['--rathaus-color-success', '#1e6b2f'],
  /** Inner focus ring. */
  colorFocus: ['--rathaus-color-focus', '#ffbf47'],
  /** Outer focus ring, so that focus shows on light and dark pages. */
  colorFocusOuter: ['--rathaus-color-focus-outer', '#0b0c0c'],
  /** Corner radius of buttons, inputs and panels. */
  radius: ['--rathaus-radius', '4px'],
  /** Small spacing. */
  spaceS: ['--rathaus-space-s', '0.5em'],
  /** Medium spacing. */
  spaceM: ['--rathaus-space-m', '1em'],
  /** Large spacing. */
  spaceL: ['--rathaus-space-l', '1.5em'],
} as const;

type TokenName = keyof typeof TOKENS;

/** `var(--rathaus-…, default)` for use inside css`…`. */
export const token = Object.fromEntries(
  Object.entries(TOKENS).map(([name, [property, fallback]]) => [name, unsafeCSS(`var(${property}, ${fallback})`)]),
) as Record<TokenName, ReturnType<typeof unsafeCSS>>;
