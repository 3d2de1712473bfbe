/**
 * DataLoaders keyed by an argument as well as by parent: `agreements(filter:)` on every
 * municipality of a page is one statement per distinct filter, made once per request.
 */
import DataLoader from 'dataloader';
import type { Context } from './context';

const byRequest = new WeakMap<Context, Map<string, DataLoader<never, unknown>>>();

/**
 * The request's loader named `name` for `argument` (compared as JSON), batching every parent asked
 * for in the same tick into one call of `batch`, which answers a map from parent to value.
 */
export function loaderFor<K extends string | number, V>(
  ctx: Context,
  name: string,
  argument: unknown,
  batch: (parents: readonly K[]) => Promise<Map<K, V>>,
): DataLoader<K, V> {
  if (!byRequest.has(ctx)) byRequest.set(ctx, new Map());
  const loaders = byRequest.get(ctx)!;
  const key = `${name}:${JSON.stringify(argument ?? null)}`;
  if (!loaders.has(key)) {
    const loader = new DataLoader<K, V>(
      async (parents) => {
        const values = await batch([...new Set(parents)]);
        return parents.map((p) => values.get(p)!);
      },
      { cache: false },
    );
    loaders.set(key, loader);
  }
  return loaders.get(key) as unknown as DataLoader<K, V>;
}
