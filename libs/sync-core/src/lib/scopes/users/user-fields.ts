import type { ConverterName } from './converters.js';

/** The N2F user fields the mapping can write. */
export type UserField =
  | 'mail'
  | 'firstname'
  | 'lastname'
  | 'company'
  | 'role'
  | 'profile'
  | 'managerMail'
  | 'canCreateVehicle'
  | 'personnalCarHaveToBeApproved'
  | 'removeHomeWorkDistance'
  | 'culture'
  | 'currencyIsoCode'
  | 'jobTitle'
  | 'employeeNumber'
  | 'structure'
  | 'gotProPayment'
  | 'accountingAuxiliaryAccount'
  | 'canRaiseLimits'
  | 'authMode'
  | OptionalUserField;

/** The fields written only when configuration enables them. */
export type OptionalUserField =
  | 'defaultCostCenter'
  | 'ssoLogin'
  | 'accountingAuxiliaryNotReimbursableAccount'
  | 'canDefineHisAnalytics';

/** One row of the mapping table: N2F field ← Agresso column through a converter. */
export interface FieldMapping {
  readonly field: UserField;
  readonly column: string;
  readonly converter: ConverterName;
  /**
   * Sent when the user is created, then never compared nor overwritten (N2F keeps its value,
   * e.g. a language the employee changed). A difference on any other field makes an update.
   */
  readonly createOnly: boolean;
  /** Whether the field is written only when enabled. */
  readonly optional: boolean;
}

const row = (
  field: UserField,
  column: string,
  converter: ConverterName,
  optional = false,
): FieldMapping => ({
  field,
  column,
  converter,
  createOnly: false,
  optional,
});

/** The default user mapping of domain.md §2, in payload order; the last four are optional. */
export const DEFAULT_USER_MAPPING: readonly FieldMapping[] = [
  row('mail', 'AdresseEmail', 'email'),
  row('firstname', 'Prenom', 'text'),
  row('lastname', 'Nom', 'text'),
  row('company', 'Entreprise', 'company'),
  row('role', 'Role', 'role'),
  row('profile', 'Profil', 'profile'),
  row('managerMail', 'Manager', 'optionalEmail'),
  row('canCreateVehicle', 'Creation_Vehicule', 'boolean'),
  row('personnalCarHaveToBeApproved', 'Appro_Veh_Adm', 'boolean'),
  row('removeHomeWorkDistance', 'Deduction_Distance_TravDom', 'boolean'),
  row('culture', 'langue', 'culture'),
  row('currencyIsoCode', 'Devise', 'currency'),
  row('jobTitle', 'Fonction', 'text'),
  row('employeeNumber', 'Matricule', 'text'),
  row('structure', 'Structure', 'structure'),
  row('gotProPayment', 'Moyen_Paiement_Prof', 'boolean'),
  row('accountingAuxiliaryAccount', 'Compte_Auxiliaire_Agresso', 'text'),
  row('canRaiseLimits', 'Droit_Relever_Plafond', 'boolean'),
  row('authMode', 'Methode_SSO', 'authMode'),
  row('defaultCostCenter', 'Centre_Cout', 'text', true),
  row('ssoLogin', 'Champs_Liaison_SSO', 'text', true),
  row('accountingAuxiliaryNotReimbursableAccount', 'Compte_Auxiliaire2', 'text', true),
  row('canDefineHisAnalytics', 'Update_Champs_Perso', 'boolean', true),
];

/** The columns of the Agresso users view a mapping may read. */
export const USER_VIEW_COLUMNS: ReadonlySet<string> = new Set([
  'AdresseEmail',
  'Prenom',
  'Nom',
  'Entreprise',
  'Fonction',
  'Role',
  'Profil',
  'Manager',
  'Compte_Auxiliaire_Agresso',
  'Moyen_Paiement_Prof',
  'Compte_Auxiliaire2',
  'Matricule',
  'Centre_Cout',
  'Creation_Vehicule',
  'Appro_Veh_Adm',
  'Deduction_Distance_TravDom',
  'Distance_TravDom',
  'Devise',
  'langue',
  'Structure',
  'Champs_Liaison_SSO',
  'Droit_Relever_Plafond',
  'Methode_SSO',
  'Update_Champs_Perso',
  'Nouveau_Email',
  'Action',
  'CompanyID',
  'LocationID',
  'DivisionID',
]);
