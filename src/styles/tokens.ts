import { unsafeCSS } from 'lit';

/**
 * The design tokens: every public CSS custom property of the kit, each with its default, defined here once.
 * A CMS page loads no theme file, so each is read as var(--name, default). Defaults meet WCAG 2.1 AA contrast
 * on a light page; the widgets take the page's font and text colour unless told otherwise.
 */
export const TOKENS = {
  fontFamily: ['--rathaus-font-family', 'inherit'],
  fontSize: ['--rathaus-font-size', '1em'],
  colorText: ['--rathaus-color-text', 'inherit'],
  colorPrimary: ['--rathaus-color-primary', '#0b5cab'],
  colorPrimaryText: ['--rathaus-color-primary-text', '#ffffff'],
  colorSurface: ['--rathaus-color-surface', 'transparent'],
  colorInputBackground: ['--rathaus-color-input-background', '#ffffff'],
  colorInputText: ['--rathaus-color-input-text', '#1b1b1b'],
  colorBorder: ['--rathaus-color-border', '#6b6b6b'],
  colorError: ['--rathaus-color-error', '#b00020'],
  colorSuccess: ['--rathaus-color-success', '#1e6b2f'],
  colorFocus: ['--rathaus-color-focus', '#ffbf47'],
  colorFocusOuter: ['--rathaus-color-focus-outer', '#0b0c0c'],
  radius: ['--rathaus-radius', '4px'],
  spaceS: ['--rathaus-space-s', '0.5em'],
  spaceM: ['--rathaus-space-m', '1em'],
  spaceL: ['--rathaus-space-l', '1.5em'],
} as const;

type TokenName = keyof typeof TOKENS;

/** `var(--rathaus-…, default)` for use inside css`…`. */
export const token = Object.fromEntries(
  Object.entries(TOKENS).map(([name, [property, fallback]]) => [name, unsafeCSS(`var(${property}, ${fallback})`)]),
) as Record<TokenName, ReturnType<typeof unsafeCSS>>;
