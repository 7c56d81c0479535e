import { ANALYTICS_COLUMNS, USER_COLUMNS } from '../lib/columns.js';
import type { AgressoView } from '../lib/types.js';

/** A seed value: every harness must be able to store it (CSV text, a SQL literal of the right type). */
export type ContractValue = string | number | boolean | Date | null;
/** One seed row: column name → value. Columns outside the view are extra columns a source must ignore. */
export type ContractRow = Readonly<Record<string, ContractValue>>;
/** The rows a harness must serve for each view, in order. */
export interface ContractData {
  readonly users: readonly ContractRow[];
  readonly analytics: readonly ContractRow[];
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const nullUser = Object.fromEntries(Object.keys(USER_COLUMNS).map((c) => [c, null])) as Record<string, ContractValue>;

/** A seed user: the columns given, every other view column NULL, plus an extra column. */
export function contractUser(values: Readonly<Record<string, ContractValue>>): ContractRow {
  return { ...nullUser, Commentaire: 'extra column', ...values };
}

/** Three users (a full row, hostile text, NULLs and an empty string) and four analytics rows. */
export const CONTRACT_DATA: ContractData = {
  users: [
    contractUser({
      AdresseEmail: 'anne.martin@iris-demo.example', Prenom: 'Anne', Nom: 'Martin', Entreprise: 'BE10',
      Fonction: 'Directrice', Role: 'Administrateur', Profil: 'Direction', Manager: '',
      Compte_Auxiliaire_Agresso: '400100', Moyen_Paiement_Prof: 'Y', Compte_Auxiliaire2: '400101', Matricule: 'E0001',
      Centre_Cout: 'CC-100', Creation_Vehicule: 'oui', Appro_Veh_Adm: 'N', Deduction_Distance_TravDom: '1',
      Distance_TravDom: 12.5, Devise: 'EUR', langue: 'fr', Structure: 'L1', Champs_Liaison_SSO: 'amartin',
      Droit_Relever_Plafond: '0', Methode_SSO: 'Saml', Update_Champs_Perso: 'non', Nouveau_Email: '', Action: 'U',
      CompanyID: 'BE10', LocationID: 'BRU', DivisionID: 'D1',
    }),
    contractUser({
      AdresseEmail: 'zoe.obrien@iris-demo.example', Prenom: 'Zoë', Nom: 'O\'Brien, "Jr"', Entreprise: 'NL20',
      Fonction: 'Chef\nde projet', Role: 'Gebruiker', Profil: 'Standaard', Manager: 'anne.martin@iris-demo.example',
      Moyen_Paiement_Prof: 'N', Creation_Vehicule: 'Y', Distance_TravDom: 0, Devise: 'EUR', langue: 'nl',
    }),
    contractUser({ AdresseEmail: 'null.columns@iris-demo.example', Centre_Cout: '' }),
  ],
  analytics: [
    { typ: 'PROJECT', client: 'BE10', code: 'P1001', description: 'Projet Atlas, phase 1', status: 'N',
      date_from: day('2024-01-01'), date_to: day('2099-12-31') },
    { typ: 'PLAQUE', client: 'NL20', code: '1-ABC-123', description: 'Plaque "Tesla"', status: 'N',
      date_from: day('2023-06-15'), date_to: day('2026-06-14') },
    { typ: 'SUBPOST', client: 'BE10', code: 'SP01', description: 'Déplacements', status: null,
      date_from: day('2024-02-29'), date_to: null },
    { typ: 'PROJECT', client: 'NL20', code: 'P1001', description: '', status: 'C', date_from: null, date_to: null },
  ],
};

/** `count` distinct, valid, fully filled users, one at a time (for volume checks and benchmarks). */
export function* syntheticUsers(count: number): Generator<ContractRow> {
  for (let i = 1; i <= count; i += 1) {
    const id = String(i).padStart(6, '0');
    const company = i % 2 === 0 ? 'NL20' : 'BE10';
    yield contractUser({
      AdresseEmail: `user.${id}@iris-demo.example`, Prenom: `Prénom ${id}`, Nom: `Nom-${id}, "démo"`, Entreprise: company,
      Fonction: 'Consultant', Role: 'Utilisateur', Profil: 'Standard', Manager: i === 1 ? '' : 'user.000001@iris-demo.example',
      Compte_Auxiliaire_Agresso: `44${id}`, Moyen_Paiement_Prof: i % 3 === 0 ? 'Y' : 'N', Matricule: `M${id}`,
      Centre_Cout: `CC-${company}`, Creation_Vehicule: i % 2 === 0 ? 'oui' : 'non', Appro_Veh_Adm: '0', Deduction_Distance_TravDom: '1',
      Distance_TravDom: i % 60, Devise: 'EUR', langue: i % 2 === 0 ? 'nl' : 'fr', Structure: 'L3', Methode_SSO: 'Saml',
      CompanyID: company === 'BE10' ? '1001' : '1002', LocationID: 'BRU', DivisionID: 'D40',
    });
  }
}

/** `count` synthetic users as an array. */
export function manyContractUsers(count: number): ContractRow[] {
  return [...syntheticUsers(count)];
}

/** The view columns of a seed or read row in a form every source agrees on (dates as `YYYY-MM-DD`, others as text). */
export function neutralRow(view: AgressoView, row: Readonly<Record<string, unknown>>): Record<string, string | null> {
  const kinds: Readonly<Record<string, string>> = view === 'users' ? USER_COLUMNS : ANALYTICS_COLUMNS;
  return Object.fromEntries(Object.entries(kinds).map(([column, kind]) => [column, neutral(kind, row[column])]));
}

function neutral(kind: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return kind === 'date' ? String(value).slice(0, 10) : String(value);
}
