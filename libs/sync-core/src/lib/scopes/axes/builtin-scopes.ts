import { AxeScope } from './axe-scope.js';

/**
 * The `projects` scope: Agresso `typ = PROJECT` → the `projects` axe of each company. It also
 * reports the analytics rows the source could not type (their `typ` is unknown).
 */
export function projectsScope(): AxeScope {
  return new AxeScope({
    name: 'projects',
    typ: 'PROJECT',
    axe: { kind: 'projects' },
    reportsUntypedRows: true,
  });
}

/** The `plates` scope: `typ = PLAQUE` → the custom axe named "plaque" in each company. */
export function platesScope(): AxeScope {
  return new AxeScope({
    name: 'plates',
    typ: 'PLAQUE',
    axe: { kind: 'custom', frenchName: 'plaque' },
    reportsUntypedRows: false,
  });
}

/** The `subposts` scope: `typ = SUBPOST` → the custom axe named "subpost" in each company. */
export function subpostsScope(): AxeScope {
  return new AxeScope({
    name: 'subposts',
    typ: 'SUBPOST',
    axe: { kind: 'custom', frenchName: 'subpost' },
    reportsUntypedRows: false,
  });
}
