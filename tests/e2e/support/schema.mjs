// Validates exported files against the JSON Schema the app publishes (generated from the Rust types).
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DIST } from './server.mjs';

export function loadValidator(schemaPath = path.join(DIST, 'schema/agenda-rdc-v1.schema.json')) {
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // schemars marks Rust integer and float widths as formats; check their ranges.
  const enteros = { uint8: 255, uint32: 4294967295, uint64: Number.MAX_SAFE_INTEGER };
  for (const [nombre, max] of Object.entries(enteros)) {
    ajv.addFormat(nombre, { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= max });
  }
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && Math.abs(n) <= 2147483648 });
  ajv.addFormat('double', { type: 'number', validate: (n) => Number.isFinite(n) });
  return ajv.compile(schema);
}
