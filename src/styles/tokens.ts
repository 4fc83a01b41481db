import { unsafeCSS } from 'lit';

/**
 * The design tokens: every public CSS custom property of the kit, each with its default, defined here once.
 * A CMS page loads no theme file, so each is read as var(--name, default). Defaults meet WCAG 2.1 AA contrast
 * on a light page; the widgets take the page's font and text colour unless told otherwise.
 */
export const TOKENS = {
  fontFamily: ['--rathaus-font-family', 'inherit', 'Font of all text; by default the page’s own.'],
  fontSize: ['--rathaus-font-size', '1em', 'Base size; everything inside scales with it (em).'],
  colorText: ['--rathaus-color-text', 'inherit', 'Text colour; by default the page’s own.'],
  colorPrimary: ['--rathaus-color-primary', '#0b5cab', 'Buttons, the current step, online markers.'],
  colorPrimaryText: ['--rathaus-color-primary-text', '#ffffff', 'Text on the primary colour.'],
  colorSurface: ['--rathaus-color-surface', 'transparent', 'Background of panels and list entries.'],
  colorInputBackground: ['--rathaus-color-input-background', '#ffffff', 'Background of inputs and secondary buttons.'],
  colorInputText: ['--rathaus-color-input-text', '#1b1b1b', 'Text in inputs.'],
  colorBorder: ['--rathaus-color-border', '#6b6b6b', 'Borders of inputs, panels and entries (3:1 against white).'],
  colorError: ['--rathaus-color-error', '#b00020', 'Error messages and invalid fields.'],
  colorSuccess: ['--rathaus-color-success', '#1e6b2f', 'Confirmations, e.g. the receipt.'],
  colorFocus: ['--rathaus-color-focus', '#ffbf47', 'Inner focus ring.'],
  colorFocusOuter: ['--rathaus-color-focus-outer', '#0b0c0c', 'Outer focus ring, so that focus shows on light and dark pages.'],
  radius: ['--rathaus-radius', '4px', 'Corner radius of buttons, inputs and panels.'],
  spaceS: ['--rathaus-space-s', '0.5em', 'Small spacing.'],
  spaceM: ['--rathaus-space-m', '1em', 'Medium spacing.'],
  spaceL: ['--rathaus-space-l', '1.5em', 'Large spacing.'],
} as const;

type TokenName = keyof typeof TOKENS;

/** `var(--rathaus-…, default)` for use inside css`…`. */
export const token = Object.fromEntries(
  Object.entries(TOKENS).map(([name, [property, fallback]]) => [name, unsafeCSS(`var(${property}, ${fallback})`)]),
) as Record<TokenName, ReturnType<typeof unsafeCSS>>;
