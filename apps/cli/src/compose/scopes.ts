/** The scopes shipped with sync-core, in their default run order (domain.md §1). */
const BUILT_IN_SCOPES: readonly string[] = ['users', 'projects', 'plates', 'subposts'];

/** Names of the scopes a run may select, in their default order. */
export function knownScopes(): readonly string[] {
  return BUILT_IN_SCOPES;
}
