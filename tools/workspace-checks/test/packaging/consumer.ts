import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { workspaceRoot as root, type Tarball } from './pack.js';
import { run } from './run.js';

const TEMPLATE = join(import.meta.dirname, '../../consumer');
const NPM_INSTALL = ['install', '--no-audit', '--no-fund', '--prefer-offline'];

/** The @types/node the workspace uses, so the consumer compiles against the same Node API. */
async function typesNodeVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  return manifest.devDependencies['@types/node'] ?? 'latest';
}

/** A project outside the workspace that depends on the tarballs only, as an integrator's would. */
export async function installConsumer(dir: string, tarballs: readonly Tarball[]): Promise<void> {
  for (const file of await readdir(TEMPLATE)) await copyFile(join(TEMPLATE, file), join(dir, file));
  const dependencies = Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.path}`]));
  const manifest = {
    name: 'n2f-consumer',
    private: true,
    type: 'module',
    dependencies: { ...dependencies, '@types/node': await typesNodeVersion() },
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run('npm', NPM_INSTALL, { cwd: dir });
}

/** `npm install -g` into a private prefix: the operator's install, without root. */
export async function installGlobally(
  prefix: string,
  tarballs: readonly Tarball[],
): Promise<string> {
  await run(
    'npm',
    [...NPM_INSTALL, '--global', '--prefix', prefix, ...tarballs.map((t) => t.path)],
    { cwd: prefix },
  );
  return process.platform === 'win32' ? prefix : join(prefix, 'bin');
}
