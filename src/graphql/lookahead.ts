/**
 * What a query asks for below the field being resolved: the names of the fields selected at a
 * path under it (through aliases, inline fragments and named fragments), so that a resolver can
 * read, in the statement that reads its rows, the lists that the next level will ask for.
 * A field under @skip or @include counts as selected: reading a list that is not used costs
 * less than the statement it saves when it is.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function collect(set: SelectionSetNode | undefined, path: readonly string[], info: GraphQLResolveInfo, into: Set<string>): void {
  if (!set) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, path, info, into);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      collect(info.fragments[selection.name.value]?.selectionSet, path, info, into);
    } else if (path.length === 0) {
      into.add(selection.name.value);
    } else if (selection.name.value === path[0]) {
      collect(selection.selectionSet, path.slice(1), info, into);
    }
  }
}

/** The names of the fields selected at `path` below the field being resolved (`[]`: its own selection). */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  const fields = new Set<string>();
  for (const node of info.fieldNodes) collect(node.selectionSet, path, info, fields);
  return fields;
}
