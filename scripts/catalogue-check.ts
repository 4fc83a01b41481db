/**
 * `npm run catalogue:check [folder]`: checks the catalogue's data files (municipalities, services, forms, building
 * blocks; default the repository's catalogue/, or CATALOGUE_DIR) as the API does at start, without starting it.
 * Prints every problem as `file:line (pointer): message` and exits with 1 if there is any.
 */
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../server/catalogue/load-catalogue.ts';
import { formatProblem } from '../server/forms/source/yaml-file.ts';

const dir = process.argv[2] || process.env.CATALOGUE_DIR || fileURLToPath(new URL('../catalogue/', import.meta.url));
const { data, forms, problems } = await loadCatalogue(dir);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} Problem${problems.length === 1 ? '' : 'e'} im Katalog ${dir}`);
  process.exitCode = 1;
} else {
  const later = data.municipalities.filter((m) => m.liveFrom === undefined).length;
  const unverified = data.municipalities.filter((m) => Object.values(m.verified).includes(false)).length;
  const online = data.offerings.filter((o) => o.mode === 'online').length;
  console.log(
    `Katalog in Ordnung: ${data.municipalities.length} Verwaltungen (${later} "später"), ${data.services.length} Leistungen, ` +
      `${online} Online-Angebote, ${forms.forms.size} Formulare.`,
  );
  if (unverified > 0) console.log(`${unverified} Verwaltungen mit ungeprüften Angaben (verified: false).`);
  if (forms.unverified.length > 0)
    console.log(`${forms.unverified.length} Formulare mit ungeprüften nächsten Schritten (verified.nextSteps: false).`);
}
