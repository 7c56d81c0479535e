/** What a warning is about; stable codes a report or a test can count. */
export type PlanWarningCode =
  | 'UNKNOWN_MANAGER'
  | 'MANAGER_INVALID'
  | 'MANAGER_NOT_CREATED'
  | 'MANAGER_REMOVED'
  | 'MANAGER_CYCLE'
  | 'DUPLICATE_TARGET_KEY'
  | 'AMBIGUOUS_SOURCE_KEY'
  | 'UNKNOWN_TARGET_RECORD'
  | 'UNKNOWN_COMPANY'
  | 'MISSING_AXE'
  | 'AMBIGUOUS_LABEL';

/** Something the plan worked around and an operator should know; never blocks the plan. */
export interface PlanWarning {
  readonly code: PlanWarningCode;
  readonly message: string;
  /** The entity concerned (e-mail, value key), when there is one. */
  readonly key?: string;
}
