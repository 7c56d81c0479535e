import { toJsonSchema } from '@valibot/to-json-schema';
import { Ajv } from 'ajv';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from './read-file.js';
import { configFileSchema } from './schema.js';

const CLI_ROOT = join(import.meta.dirname, '../..');
const SCHEMA_FILE = join(CLI_ROOT, 'schema/n2f-sync.config.schema.json');

// Generated from the valibot schema: checks and transforms (trim, time zones, safe URLs) stay with
// the CLI's own validation; the JSON Schema gives editors the keys, types, enums and ranges.
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  ...toJsonSchema(configFileSchema, { errorMode: 'ignore', target: 'draft-07' }),
  title: 'n2f-sync configuration',
};

// The file as shipped, which editors load through the examples' $schema.
const shipped = JSON.parse(await readFile(SCHEMA_FILE, 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(
  shipped,
);

describe('the configuration JSON Schema', () => {
  it('is the one shipped in the package (regenerate with vitest -u)', async () => {
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(SCHEMA_FILE);
  });

  it.each(['n2f-sync.sandbox.config.json', 'n2f-sync.production.config.yaml'])(
    'accepts the example %s, which names it',
    async (name) => {
      const { raw } = await readConfigFile(join(CLI_ROOT, 'examples'), name);
      expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
      expect(raw).toHaveProperty('$schema', '../schema/n2f-sync.config.schema.json');
    },
  );

  it('rejects an unknown key, a wrong type and an unknown value', () => {
    expect(validate({ sandbox: 'yes', agresso: { type: 'oracle' }, extra: 1 })).toBe(false);
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toEqual(expect.arrayContaining(['/sandbox type', ' additionalProperties']));
  });
});
