import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { minifyLitCss } from '../../scripts/kit-build-plugins.ts';

// What the minify plugin hands over for a css`` template: each ${…} replaced by this placeholder.
const $ = '@TEMPLATE_EXPRESSION();';

describe("the kit build's minifier for Lit's styles", () => {
  test('keeps every declaration after a value that ends in an interpolation', () => {
    const css = `input { border: 2px solid ${$}; border-radius: ${$}; background: ${$}; padding: 0.4em 0.6em; }`;
    assert.equal(minifyLitCss(css), `input{border:2px solid ${$};border-radius:${$};background:${$};padding:.4em .6em}`);
  });

  test('keeps interpolations inside functions and media queries, and drops comments and white space', () => {
    const css = `/* why */\n.a {\n  margin: calc(${$} * 2) ${$};\n}\n@media (forced-colors: active) {\n  .a { border-color: CanvasText; }\n}`;
    assert.equal(minifyLitCss(css), `.a{margin:calc(${$} * 2) ${$}}@media (forced-colors:active){.a{border-color:canvastext}}`);
  });

  test('stops the build when an interpolation stands where no value goes, instead of losing it', () => {
    assert.throws(() => minifyLitCss(`.a { color: red; } ${$}`), /lost in minifying|Unexpected end of input/);
  });
});
