import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  getJson,
  postRun,
  readEvents,
  startHarness,
  type ServiceHarness,
} from '../../test/service-harness.js';
import { DEMO_DEPARTMENT_AXES } from '../demo.js';
import type { RunRecord } from '../runs/run-record.js';
import { departmentsScope, serviceRegistry } from './departments-scope.js';

let h: ServiceHarness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const departmentValues = (): string[] =>
  h.sim
    .state()
    .axeValues.filter((value) => Object.values(DEMO_DEPARTMENT_AXES).includes(value.axe))
    .map(
      (value) =>
        `${value.company === 'MTAwMQ==' ? 'BE10' : 'NL20'}/${value.code}=${value.names.find((n) => n.culture === 'fr')?.value ?? ''}`,
    )
    .sort();

describe('the departments plugin scope', () => {
  it('is registered after the built-in scopes', () => {
    expect(serviceRegistry().names()).toEqual([
      'users',
      'projects',
      'plates',
      'subposts',
      'departments',
    ]);
    expect(departmentsScope().definition).toMatchObject({
      typ: 'DEPARTMENT',
      axe: { kind: 'custom', frenchName: 'département' },
    });
  });

  it('writes the DEPARTMENT rows to the "Département" axe of each company, then has nothing left to do', async () => {
    const service = await h.start();
    const { id } = (await (await postRun(service, { scopes: ['departments'] })).json()) as {
      id: string;
    };
    const events = await readEvents(new URL(`runs/${id}/events`, service.url));
    expect(events.at(-1)).toMatchObject({
      type: 'run-finished',
      outcome: 'success',
      totals: { created: 7, invalid: 0, failed: 0 },
    });
    expect(departmentValues()).toEqual([
      'BE10/D10=Direction générale',
      'BE10/D20=Finances et administration',
      'BE10/D30=Opérations et chantiers',
      'BE10/D40=Ventes et marketing',
      'NL20/D10=Directie',
      'NL20/D20=Financiën en administratie',
      'NL20/D30=Service en onderhoud',
    ]);
    // Only the department axes were written: the rows of the other scopes stayed out.
    expect(h.sim.state().axeValues).toHaveLength(7);

    const again = (await (await postRun(service, { scopes: ['departments'] })).json()) as {
      id: string;
    };
    await service.runs.idle();
    const { body: record } = await getJson<RunRecord>(new URL(`runs/${again.id}`, service.url));
    expect(record.report?.totals).toMatchObject({ created: 0, updated: 0, unchanged: 7 });
  });

  it('reports every DEPARTMENT row as invalid, with the fix, when the company has no such axe', async () => {
    const state = h.sim.state();
    h.sim.setState({
      ...state,
      customAxes: state.customAxes.filter(
        (axe) => !Object.values(DEMO_DEPARTMENT_AXES).includes(axe.uuid),
      ),
    });
    const service = await h.start();
    const { id } = (await (await postRun(service, { scopes: ['departments'] })).json()) as {
      id: string;
    };
    await service.runs.idle();
    const { body: record } = await getJson<RunRecord>(new URL(`runs/${id}`, service.url));
    const scope = record.report?.scopes[0];
    expect(scope?.counts).toMatchObject({ created: 0, invalid: 7 });
    expect(scope?.invalid[0]).toMatchObject({
      fix: expect.stringMatching(/custom axe/) as unknown,
    });
    expect(h.sim.state().axeValues).toEqual([]);
  });
});
