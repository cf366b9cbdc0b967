/** Marks a field for removal in `editJson`. */
export const REMOVE = Symbol('remove');

type Key = string | number;

function isContainer(value: unknown): value is Record<Key, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Sets (or with REMOVE, deletes) the value at a path inside parsed JSON, in place. */
export function editJson(doc: unknown, path: readonly Key[], value: unknown): void {
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  const parent = parentPath.reduce<unknown>(
    (node, step) => (isContainer(node) ? node[step] : undefined),
    doc,
  );
  if (key === undefined || !isContainer(parent)) {
    throw new Error(`no container at ${parentPath.join('.')}`);
  }
  if (value === REMOVE) delete parent[key];
  else parent[key] = value;
}
