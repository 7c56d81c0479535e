import type { AgressoAnalyticsRow, AgressoUserRow, AgressoView } from './types.js';

/**
 * How a column is typed: text, boolean-like as given, number, date, an id (text or number), or
 * any scalar as given (extra columns asked for by the caller).
 */
export type ColumnKind = 'text' | 'bool' | 'number' | 'date' | 'id' | 'scalar';

/** The columns of `iris_N2F_User`, in the order of the legacy SQL file, with their kind. */
export const USER_COLUMNS: Readonly<Record<keyof AgressoUserRow, ColumnKind>> = {
  AdresseEmail: 'text',
  Prenom: 'text',
  Nom: 'text',
  Entreprise: 'text',
  Fonction: 'text',
  Role: 'text',
  Profil: 'text',
  Manager: 'text',
  Compte_Auxiliaire_Agresso: 'text',
  Moyen_Paiement_Prof: 'bool',
  Compte_Auxiliaire2: 'text',
  Matricule: 'text',
  Centre_Cout: 'text',
  Creation_Vehicule: 'bool',
  Appro_Veh_Adm: 'bool',
  Deduction_Distance_TravDom: 'bool',
  Distance_TravDom: 'number',
  Devise: 'text',
  langue: 'text',
  Structure: 'text',
  Champs_Liaison_SSO: 'text',
  Droit_Relever_Plafond: 'bool',
  Methode_SSO: 'text',
  Update_Champs_Perso: 'bool',
  Nouveau_Email: 'text',
  Action: 'text',
  CompanyID: 'id',
  LocationID: 'id',
  DivisionID: 'id',
};

/** The columns of `iris_N2F_Analytics`, in the order of the legacy SQL file, with their kind. */
export const ANALYTICS_COLUMNS: Readonly<Record<keyof AgressoAnalyticsRow, ColumnKind>> = {
  typ: 'text',
  client: 'text',
  code: 'text',
  description: 'text',
  status: 'text',
  date_from: 'date',
  date_to: 'date',
};

/** The column names a view must provide, in order. */
export function viewColumns(view: AgressoView): readonly string[] {
  return Object.keys(view === 'users' ? USER_COLUMNS : ANALYTICS_COLUMNS);
}

/** The columns of a view and their kinds. */
export function viewColumnKinds(view: AgressoView): Readonly<Record<string, ColumnKind>> {
  return view === 'users' ? USER_COLUMNS : ANALYTICS_COLUMNS;
}

/** The column whose value identifies a row in reports: the e-mail or the code. */
export function keyColumn(view: AgressoView): string {
  return view === 'users' ? 'AdresseEmail' : 'code';
}

/** The Agresso view behind each logical view, for messages and the SQL files. */
export const VIEW_NAMES: Readonly<Record<AgressoView, string>> = {
  users: 'iris_N2F_User',
  analytics: 'iris_N2F_Analytics',
};
