import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the client selected the field at `path` below the current field (e.g. 'nodes', 'author'),
 * looking through inline fragments and named fragments. Used to decide whether a page query should
 * also read what a child field would load. It over-approximates on purpose (it ignores @skip and
 * @include): a false "yes" costs a join, a "no" only means the child field's own loader runs, so
 * the answer never changes what the client gets, only how many statements it takes.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  return info.fieldNodes.some((node) => hasPath(info, node.selectionSet, path));
}

function hasPath(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  path: string[],
): boolean {
  if (!set) return false;
  const [name, ...rest] = path;
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD)
      return s.name.value === name && (rest.length === 0 || hasPath(info, s.selectionSet, rest));
    if (s.kind === Kind.INLINE_FRAGMENT) return hasPath(info, s.selectionSet, path);
    const fragment = info.fragments[s.name.value];
    return fragment ? hasPath(info, fragment.selectionSet, path) : false;
  });
}
