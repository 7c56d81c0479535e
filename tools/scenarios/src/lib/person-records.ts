import { PROFILES, ROLES } from './account.js';
import { anyCase, booleanForm, padded } from './noise.js';
import type { Random } from './prng.js';
import type { ScenarioN2fUser, ScenarioUserRow } from './types.js';

/** One person of the scenario and what happens to them. */
export interface Person {
  mail: string;
  index: number;
  manager: string | null;
  company: { uuid: string; code: string };
  fate: 'new' | 'invalid' | 'changed' | 'same';
  unknownManager: boolean;
}

const JOBS = ['Consultant', 'Engineer', 'Accountant', 'Driver', ''];
const CULTURES = ['fr', 'nl', 'en'];
const BOOLEAN_COLUMNS = [
  'Moyen_Paiement_Prof',
  'Creation_Vehicule',
  'Appro_Veh_Adm',
  'Deduction_Distance_TravDom',
  'Droit_Relever_Plafond',
] as const;

/** A person's Agresso row (noisy forms) and the N2F user it must equal once synced. */
export function personRecords(
  random: Random,
  person: Person,
): { row: ScenarioUserRow; target: ScenarioN2fUser } {
  const role = random.pick(ROLES);
  const profile = random.pick(PROFILES);
  const flags = BOOLEAN_COLUMNS.map(() => random.chance(0.4));
  const [pay = false, vehicle = false, approve = false, deduct = false, raise = false] = flags;
  const job = random.pick(JOBS);
  const culture = random.pick(CULTURES);
  const structure = random.pick(['', 'L2', 'L3', null]);
  const sso = random.pick(['Saml', 'SAML', 'Integrated']);
  const aux = random.chance(0.5) ? `AUX${person.index}` : null;
  const row: ScenarioUserRow = {
    AdresseEmail: padded(random, anyCase(random, person.mail)),
    Prenom: `First${person.index}`,
    Nom: padded(random, `Last${person.index}`),
    Entreprise: padded(random, person.company.code),
    Fonction: job,
    Role: anyCase(random, random.pick(role.names).value),
    Profil: padded(random, random.pick(profile.names).value),
    Manager: person.manager === null ? random.pick([null, '']) : anyCase(random, person.manager),
    Compte_Auxiliaire_Agresso: aux,
    Moyen_Paiement_Prof: booleanForm(random, pay),
    Compte_Auxiliaire2: null,
    Matricule: String(10_000 + person.index),
    Centre_Cout: `CC${person.index % 50}`,
    Creation_Vehicule: booleanForm(random, vehicle),
    Appro_Veh_Adm: booleanForm(random, approve),
    Deduction_Distance_TravDom: booleanForm(random, deduct),
    Distance_TravDom: random.int(80),
    Devise: random.pick(['EUR', 'eur']),
    langue: anyCase(random, culture),
    Structure: structure,
    Champs_Liaison_SSO: null,
    Droit_Relever_Plafond: booleanForm(random, raise),
    Methode_SSO: sso,
    Update_Champs_Perso: booleanForm(random, false),
    Nouveau_Email: null,
    Action: null,
    CompanyID: 1000 + (person.index % 7),
    LocationID: null,
    DivisionID: null,
  };
  const target: ScenarioN2fUser = {
    mail: person.mail,
    firstname: `First${person.index}`,
    lastname: `Last${person.index}`,
    company: person.company.uuid,
    role: role.uuid,
    profile: profile.uuid,
    managerMail: person.unknownManager ? null : person.manager,
    canCreateVehicle: vehicle,
    personnalCarHaveToBeApproved: approve,
    removeHomeWorkDistance: deduct,
    culture,
    currencyIsoCode: 'EUR',
    jobTitle: job === '' ? random.pick([null, '']) : job,
    employeeNumber: String(10_000 + person.index),
    structure: structure === null || structure === '' ? 'L3' : structure,
    gotProPayment: pay,
    accountingAuxiliaryAccount: aux,
    canRaiseLimits: raise,
    authMode: sso === 'Integrated' ? 'Integrated' : 'Sso',
  };
  return { row, target };
}

/** The same user with one compared field that differs. */
export function changed(random: Random, user: ScenarioN2fUser): ScenarioN2fUser {
  const roll = random.int(3);
  if (roll === 0) return { ...user, lastname: `${user.lastname ?? ''} (old)` };
  if (roll === 1) return { ...user, canRaiseLimits: !user.canRaiseLimits };
  return { ...user, jobTitle: 'Former job' };
}

/** Makes a row invalid while keeping its e-mail readable. */
export function spoil(
  row: ScenarioUserRow,
  kind: 'boolean' | 'company' | 'role' | 'profile',
): void {
  if (kind === 'boolean') row.Creation_Vehicule = 'peut-être';
  else if (kind === 'company') row.Entreprise = 'ZZ99';
  else if (kind === 'role') row.Role = 'Pilote';
  else row.Profil = 'Stagiaire';
}

/** An N2F-only account (a service account or someone who left). */
export function serviceAccount(mail: string, company: string): ScenarioN2fUser {
  return {
    mail,
    firstname: null,
    lastname: mail.split('@')[0] ?? null,
    company,
    role: 'cm9sZS0z',
    profile: 'cHJvZi0z',
    managerMail: null,
    canCreateVehicle: false,
    personnalCarHaveToBeApproved: false,
    removeHomeWorkDistance: false,
    culture: 'fr',
    currencyIsoCode: 'EUR',
    jobTitle: null,
    employeeNumber: null,
    structure: 'L3',
    gotProPayment: false,
    accountingAuxiliaryAccount: null,
    canRaiseLimits: false,
    authMode: 'Integrated',
  };
}
