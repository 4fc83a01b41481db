/** A colour as #rrggbb or #rgb; anything else is not a colour the assistant accepts. */
export function parseHex(value: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance, WCAG 2.1 definition (sRGB, 0.04045 threshold as in the current sRGB standard). */
export function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio (1 to 21) of two #hex colours, or undefined when one is not a colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const [x, y] = [parseHex(a), parseHex(b)];
  if (!x || !y) return undefined;
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The checks the assistant shows for a town's colours (WCAG 2.1 AA): text on buttons (1.4.3, 4.5:1) and the primary
 * colour as a border and marker against the page (1.4.11 non-text contrast, 3:1).
 */
export function contrastChecks(colours: { primary: string; primaryText: string; page: string }) {
  return [
    { id: 'button-text', label: 'Schrift auf Schaltflächen', ratio: contrastRatio(colours.primaryText, colours.primary), required: 4.5 },
    {
      id: 'primary-on-page',
      label: 'Hauptfarbe auf dem Seitenhintergrund',
      ratio: contrastRatio(colours.primary, colours.page),
      required: 3,
    },
  ].map((check) => ({ ...check, passes: check.ratio !== undefined && check.ratio >= check.required }));
}
