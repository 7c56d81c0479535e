import { fileURLToPath } from 'node:url';

/**
 * Paths of the shipped, anonymised demo data set: CSV exports of the two views for the N2F
 * simulator's demo account (companies BE10 and NL20), for `createFileSource`.
 * @example const source = createFileSource(demoDataFiles());
 */
export function demoDataFiles(): { users: string; analytics: string } {
  // Resolved from this module, so it works from src/ (tests) and dist/ (the package) alike.
  const file = (name: string): string => fileURLToPath(new URL(`../../data/demo/${name}`, import.meta.url));
  return { users: file('users.csv'), analytics: file('analytics.csv') };
}
