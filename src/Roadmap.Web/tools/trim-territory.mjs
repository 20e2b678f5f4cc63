// Trims the official administrative divisions (@etalab/decoupage-administratif, restored by npm ci)
// to the fields the territory import reads, into one compact file shipped with the app.
// Usage: node tools/trim-territory.mjs <output file>
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const data = "node_modules/@etalab/decoupage-administratif/data/";
const read = (name) => JSON.parse(readFileSync(data + name, "utf8"));
const output = process.argv[2];

const departements = read("departements.json").map((d) => ({ code: d.code, nom: d.nom, typeLiaison: d.typeLiaison }));
const epci = read("epci.json").map((e) => ({
  siren: e.code,
  nom: e.nom,
  type: e.type,
  population: e.populationMunicipale ?? null,
  membres: e.membres.map((m) => m.code),
}));
const communes = read("communes.json")
  .filter((c) => c.type === "commune-actuelle")
  .map((c) => ({
    code: c.code,
    nom: c.nom,
    departement: c.departement,
    siren: c.siren ?? null,
    codesPostaux: c.codesPostaux ?? [],
    population: c.population ?? null,
  }));

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify({ departements, epci, communes }));
