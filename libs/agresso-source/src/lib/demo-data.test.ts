import { describe, expect, it } from 'vitest';
import { collect } from '../testing/index.js';
import { createFileSource } from './file-source.js';
import { demoDataFiles } from './demo-data.js';
import type { AgressoAnalyticsRow, AgressoUserRow } from './types.js';

// The simulator's demo account (docs: /tmp/team/demo-account.md): role and profile labels in fr / nl / en.
const ROLES = ['Utilisateur', 'Gebruiker', 'User', 'Manager', 'Administrateur', 'Beheerder', 'Administrator'];
const PROFILES = ['Standard', 'Standaard', 'Cadre', 'Kader', 'Executive', 'Direction', 'Directie', 'Management'];
const BOOLEANS = ['y', 'n', '1', '0', 'oui', 'non'];

async function demo(): Promise<{ users: AgressoUserRow[]; analytics: AgressoAnalyticsRow[] }> {
  const source = createFileSource(demoDataFiles());
  const users = await collect(source.readUsers());
  const analytics = await collect(source.readAnalytics());
  expect(users.every((r) => r.valid) && analytics.every((r) => r.valid)).toBe(true);
  return { users: users.flatMap((r) => (r.valid ? [r.row] : [])), analytics: analytics.flatMap((r) => (r.valid ? [r.row] : [])) };
}

function depth(byMail: ReadonlyMap<string, AgressoUserRow>, user: AgressoUserRow): number {
  let level = 1;
  for (let u = user; u.Manager; level += 1) {
    const manager = byMail.get(u.Manager);
    if (manager === undefined || level > 10) throw new Error(`${user.AdresseEmail}: manager chain broken at ${u.Manager}`);
    u = manager;
  }
  return level;
}

describe('demo data set', () => {
  it('has about 40 valid users of BE10 and NL20 with demo-account roles, profiles and booleans', async () => {
    const { users } = await demo();
    expect(users.length).toBeGreaterThanOrEqual(35);
    expect(new Set(users.map((u) => u.Entreprise))).toEqual(new Set(['BE10', 'NL20']));
    expect(new Set(users.map((u) => u.langue))).toEqual(new Set(['fr', 'nl', 'en']));
    expect(new Set(users.map((u) => u.AdresseEmail)).size).toBe(users.length);
    for (const u of users) {
      expect(u.AdresseEmail).toMatch(/^[a-z.'-]+@iris-demo\.example$/);
      expect(ROLES).toContain(u.Role);
      expect(PROFILES).toContain(u.Profil);
      expect(u.Devise).toBe('EUR');
      for (const b of [u.Moyen_Paiement_Prof, u.Creation_Vehicule, u.Appro_Veh_Adm, u.Deduction_Distance_TravDom, u.Droit_Relever_Plafond, u.Update_Champs_Perso]) {
        expect(BOOLEANS).toContain(String(b).toLowerCase());
      }
    }
  });

  it('has a 4-level manager hierarchy inside the set, one top manager per company', async () => {
    const { users } = await demo();
    const byMail = new Map(users.map((u) => [u.AdresseEmail ?? '', u]));
    const tops = users.filter((u) => !u.Manager);
    expect(tops.map((u) => u.Entreprise).sort()).toEqual(['BE10', 'NL20']);
    const levels = users.map((u) => depth(byMail, u));
    expect(Math.max(...levels)).toBe(4);
    for (const u of users) if (u.Manager) expect(byMail.get(u.Manager)?.Entreprise).toBe(u.Entreprise);
  });

  it('has projects, plates and sub-posts with validity dates, some open-ended, some codes in both companies', async () => {
    const { analytics } = await demo();
    const count = (typ: string): number => analytics.filter((a) => a.typ === typ).length;
    expect([count('PROJECT'), count('PLAQUE'), count('SUBPOST')]).toEqual([25, 10, 12]);
    expect(new Set(analytics.map((a) => a.client))).toEqual(new Set(['BE10', 'NL20']));
    expect(analytics.filter((a) => a.date_to === '2099-12-31').length).toBeGreaterThan(5);
    for (const a of analytics) {
      expect(String(a.date_from)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(String(a.date_from) < String(a.date_to)).toBe(true);
    }
    const keys = analytics.map((a) => `${a.typ}/${a.code}`);
    expect(keys.length - new Set(keys).size).toBeGreaterThanOrEqual(3);
    expect(new Set(analytics.map((a) => `${a.typ}/${a.client}/${a.code}`)).size).toBe(analytics.length);
  });
});
