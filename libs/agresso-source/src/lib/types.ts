/** A text column: a string or NULL. */
export type Text = string | null;
/** A boolean-like column "as given": SQL bit → boolean, numbers, or text such as 'Y', 'N', 'oui'. */
export type BoolLike = boolean | number | string | null;
/** A date column: a Date from SQL date/datetime, a string from files, or NULL. */
export type DateLike = Date | string | null;

/** One row of the view `iris_N2F_User`, with the exact Agresso column names. */
export interface AgressoUserRow {
  AdresseEmail: Text;
  Prenom: Text;
  Nom: Text;
  Entreprise: Text;
  Fonction: Text;
  Role: Text;
  Profil: Text;
  Manager: Text;
  Compte_Auxiliaire_Agresso: Text;
  Moyen_Paiement_Prof: BoolLike;
  Compte_Auxiliaire2: Text;
  Matricule: Text;
  Centre_Cout: Text;
  Creation_Vehicule: BoolLike;
  Appro_Veh_Adm: BoolLike;
  Deduction_Distance_TravDom: BoolLike;
  Distance_TravDom: number | string | null;
  Devise: Text;
  langue: Text;
  Structure: Text;
  Champs_Liaison_SSO: Text;
  Droit_Relever_Plafond: BoolLike;
  Methode_SSO: Text;
  Update_Champs_Perso: BoolLike;
  Nouveau_Email: Text;
  Action: Text;
  CompanyID: Text | number;
  LocationID: Text | number;
  DivisionID: Text | number;
}

/** One row of the view `iris_N2F_Analytics` (projects, plates and sub-posts). */
export interface AgressoAnalyticsRow {
  typ: Text;
  client: Text;
  code: Text;
  description: Text;
  status: Text;
  date_from: DateLike;
  date_to: DateLike;
}

/** Which Agresso view a row comes from. */
export type AgressoView = 'users' | 'analytics';

/** A row the source could not type: which view, which row (1-based data row number), the column, the value, why and the fix. */
export interface InvalidRow {
  view: AgressoView;
  rowNumber: number;
  /** The e-mail (users) or code (analytics) when it is readable. */
  key?: string;
  column: string;
  /** The value as given; long text and binary data shortened to a readable preview. */
  value: unknown;
  /** What is wrong, without repeating the value. */
  reason: string;
  /** What to change, in the source or its query. */
  fix: string;
}

/** What a source yields for each row: a typed row, or the reason it could not be typed. Nothing is dropped. */
export type SourceRecord<T> =
  | { readonly valid: true; readonly rowNumber: number; readonly row: T }
  | { readonly valid: false; readonly rowNumber: number; readonly invalid: InvalidRow };

/** Options of every read. */
export interface ReadOptions {
  /** Stops the read; the iterator then throws `AbortedError`. */
  signal?: AbortSignal;
}

/** The port every source implements (mssql and files); a contract suite is exported from `@n2f/agresso-source/testing`. */
export interface Source {
  readonly kind: 'mssql' | 'file';
  /** Streams the users view. Whole-source failures throw when iteration starts; bad rows are yielded as invalid. */
  readUsers(options?: ReadOptions): AsyncIterable<SourceRecord<AgressoUserRow>>;
  /** Streams the analytics view, like `readUsers`. */
  readAnalytics(options?: ReadOptions): AsyncIterable<SourceRecord<AgressoAnalyticsRow>>;
  /** Cheap connectivity check for `doctor`/`readyz` (open a connection / check files exist and headers are right). */
  check(options?: ReadOptions): Promise<void>;
  /** Releases what the source holds (the connection pool it created). Safe to call twice. */
  close(): Promise<void>;
}
