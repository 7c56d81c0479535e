import type { AppConfig } from '../config/load.js';
import type { SecretName } from '../config/env-secrets.js';
import { InvalidConfigError } from '../config/problems.js';
import type { Secret } from '../config/secret.js';

/** A secret the loader was asked to require; its absence here is a configuration problem all the same. */
export function requireSecret(config: AppConfig, name: SecretName): Secret {
  const secret = config.secrets[name];
  if (secret === undefined) {
    throw new InvalidConfigError([{ key: name, problem: 'is not set', fix: `export ${name} or ${name}_FILE` }], config.configPath);
  }
  return secret;
}
