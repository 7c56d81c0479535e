import type * as v from 'valibot';

/** The parts of a valibot schema this walk reads (all documented properties of the schema objects). */
interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly wrapped?: SchemaNode;
  readonly options?: readonly SchemaNode[];
  readonly key?: string | SchemaNode;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly literal?: unknown;
}

const OBJECTS = new Set(['strict_object', 'object', 'loose_object']);
const WRAPPERS = new Set(['optional', 'nullable', 'nullish', 'exact_optional', 'undefinedable']);

/**
 * Every key of `input` that `schema` does not know, as dot paths. valibot's `strictObject` names
 * only the first unknown key of each object; a file with three typos must not take three runs.
 */
export function unknownKeys(schema: v.GenericSchema, input: unknown): string[] {
  return walk(schema as unknown as SchemaNode, input, '');
}

function walk(node: SchemaNode, input: unknown, path: string): string[] {
  if (WRAPPERS.has(node.type) && node.wrapped) return walk(node.wrapped, input, path);
  if (Array.isArray(input)) return node.type === 'array' && node.item ? input.flatMap((item, i) => walk(node.item as SchemaNode, item, join(path, String(i)))) : [];
  if (typeof input !== 'object' || input === null) return [];
  const record = input as Readonly<Record<string, unknown>>;
  if (OBJECTS.has(node.type) && node.entries) return objectKeys(node.entries, record, path);
  if (node.type === 'record' && node.value) return Object.entries(record).flatMap(([key, item]) => walk(node.value as SchemaNode, item, join(path, key)));
  const option = node.options?.find((o) => (node.type === 'variant' ? matches(o, node.key, record) : OBJECTS.has(o.type)));
  return option ? walk(option, input, path) : [];
}

function objectKeys(entries: Readonly<Record<string, SchemaNode>>, record: Readonly<Record<string, unknown>>, path: string): string[] {
  return Object.entries(record).flatMap(([key, item]) => {
    const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
    return entry === undefined ? [join(path, key)] : walk(entry, item, join(path, key));
  });
}

/** Whether a variant option is the one the input's discriminator picks. */
function matches(option: SchemaNode, key: string | SchemaNode | undefined, record: Readonly<Record<string, unknown>>): boolean {
  if (typeof key !== 'string') return false;
  return option.entries?.[key]?.literal === record[key];
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
