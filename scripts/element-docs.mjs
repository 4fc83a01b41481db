#!/usr/bin/env node
// Prints the README's reference of the elements and design tokens from custom-elements.json (npm run analyze).
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const order = [
  'rathaus-service-list',
  'rathaus-login-button',
  'rathaus-login-provider',
  'rathaus-application-form',
  'rathaus-status-tracker',
];
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement)
  .sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName));
const clean = (text = '') => text.replace(/\s+/g, ' ').replaceAll('|', '\\|').trim();
const lines = [];
for (const element of elements) {
  lines.push(`### \`<${element.tagName}>\``, '', clean(element.summary), '');
  const attributes = (element.attributes ?? []).filter((attribute) => attribute.name !== 'lang');
  if (attributes.length) {
    lines.push('| attribute | meaning |', '| --- | --- |', ...attributes.map((a) => `| \`${a.name}\` | ${clean(a.description)} |`), '');
  }
  if (element.events?.length) {
    lines.push('| event | when |', '| --- | --- |', ...element.events.map((e) => `| \`${e.name}\` | ${clean(e.description)} |`), '');
  }
  if (element.cssParts?.length) lines.push(`Parts: ${element.cssParts.map((part) => `\`${part.name}\``).join(', ')}.`, '');
}
lines.push('### Design tokens', '', 'Every element reads these CSS custom properties, each with the default shown.', '');
lines.push('| property | default | what |', '| --- | --- | --- |');
for (const token of elements[0]?.cssProperties ?? [])
  lines.push(`| \`${token.name}\` | \`${token.default}\` | ${clean(token.description)} |`);
console.log(lines.join('\n'));
