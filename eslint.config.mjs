import nx from '@nx/eslint-plugin';

/** Which tags a project may depend on: the dependency rules of docs/architecture.md. */
const depConstraints = [
  { sourceTag: 'scope:foundation', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:cache', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:metrics', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:simulator', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:adapter', onlyDependOnLibsWithTags: ['scope:foundation'] },
  { sourceTag: 'scope:core', onlyDependOnLibsWithTags: ['scope:adapter', 'scope:foundation', 'scope:cache'] },
  {
    sourceTag: 'scope:tooling',
    onlyDependOnLibsWithTags: ['scope:foundation', 'scope:cache', 'scope:metrics', 'scope:simulator', 'scope:adapter', 'scope:core', 'scope:tooling'],
  },
  {
    sourceTag: 'scope:app',
    onlyDependOnLibsWithTags: ['scope:foundation', 'scope:cache', 'scope:metrics', 'scope:simulator', 'scope:adapter', 'scope:core'],
  },
];

/** Tests may also use the simulator, the test servers and the generators (never the apps). */
const testDepConstraints = depConstraints.map((rule) =>
  rule.sourceTag === 'scope:app'
    ? { ...rule, onlyDependOnLibsWithTags: [...rule.onlyDependOnLibsWithTags, 'scope:tooling'] }
    : { ...rule, onlyDependOnLibsWithTags: [...rule.onlyDependOnLibsWithTags, 'scope:simulator', 'scope:tooling', 'scope:metrics'] },
);

const testFiles = ['**/*.test.ts', '**/test/**/*.ts', '**/testing/**/*.ts'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/node_modules', '**/test-output', '**/vitest.config.*.timestamp*'] },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allowCircularSelfDependency: false, depConstraints },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Workspace config files share the root presets by relative path on purpose.
    files: ['**/eslint.config.mjs', '**/vitest.config.mts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: testFiles,
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allowCircularSelfDependency: false, depConstraints: testDepConstraints },
      ],
    },
  },
];
