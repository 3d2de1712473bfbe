/**
 * Resolvers called without type-graphql's per-call wrapper.
 *
 * type-graphql calls every field through a generic wrapper: for a plain field a closure that reads
 * the property, for a resolver method one that sorts and maps the parameter list, converts the
 * arguments into class instances and awaits an (async) validation step — on every call, for every
 * object of an answer. What the wrapper is for (middlewares, auth checks, argument validation,
 * custom parameter decorators) this server does not use, so once the schema is built:
 * - a plain field keeps no resolver at all (graphql-jit compiles it to a property read), as
 *   type-graphql's own `simpleResolvers` option would do;
 * - a resolver method is called directly with its parameters, worked out once per field;
 * - a `@Field()` getter of an entity is read as the property it is.
 * A field that does use one of those features keeps type-graphql's resolver, and so does a call
 * whose parent object is not an instance of the class its `@Root()` parameter declares (type-graphql
 * would convert it). Arguments reach the methods as GraphQL coerced them: input classes here are
 * plain data (direct-resolvers.test.ts fails if one gains a method or an accessor).
 */
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Metadata = ReturnType<typeof getMetadataStorage>;
type ResolverMetadata = Metadata['queries'][number] & { kind?: 'internal' | 'external'; getObjectType?: () => Class };
type Param = NonNullable<ResolverMetadata['params']>[number];
type ParamReader = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
/** A class, as type-graphql's metadata holds it. */
type Class = Metadata['objectTypes'][number]['target'];

/** Which fields (`Type.field`) read a property, call a method directly, or keep type-graphql's resolver. */
export interface DirectResolvers {
  plain: string[];
  direct: string[];
  wrapped: string[];
}

/** Replaces type-graphql's wrappers in `schema` (built from `resolvers`) where nothing depends on them. */
export function callResolversDirectly(schema: GraphQLSchema, resolvers: readonly Class[]): DirectResolvers {
  const report: DirectResolvers = { plain: [], direct: [], wrapped: [] };
  const storage = getMetadataStorage();
  const instances = new Map<Class, object>();
  const instanceOf = (target: Class) => {
    if (!instances.has(target)) instances.set(target, new (target as new () => object)());
    return instances.get(target)!;
  };
  const handlers = [...storage.queries, ...storage.mutations, ...storage.fieldResolvers] as ResolverMetadata[];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const root = type === schema.getQueryType() || type === schema.getMutationType();
    const classes = root ? [] : classesOf(storage, type.name);
    if (!root && !classes.length) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      const candidates = handlers.filter(
        (h) =>
          h.schemaName === field.name &&
          (root ? !h.getObjectType && rootListOf(storage, h) === type.name : h.getObjectType && classes.includes(h.getObjectType())),
      );
      if (candidates.length === 0 && !root && isPlainField(storage, classes, field.name)) {
        field.resolve = undefined;
        report.plain.push(name);
        continue;
      }
      const [handler] = candidates;
      const getter = candidates.length === 1 ? getterOf(handler) : null;
      if (getter && field.resolve) {
        field.resolve = readGetter(getter, handler.methodName, field.resolve);
        report.direct.push(name);
        continue;
      }
      const usable =
        candidates.length === 1 &&
        handler.kind !== 'internal' &&
        resolvers.includes(handler.target) &&
        !handler.middlewares?.length &&
        !handler.roles;
      const readers = usable
        ? (handler.params ?? [])
            .slice()
            .sort((a, b) => a.index - b.index)
            .map(readerOf)
        : [null];
      if (readers.includes(null) || !field.resolve) {
        report.wrapped.push(name);
        continue;
      }
      field.resolve = direct(instanceOf(handler.target), handler.methodName, readers as ParamReader[], rootClassOf(handler), field.resolve);
      report.direct.push(name);
    }
  }
  return report;
}

type Resolve = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

function direct(instance: object, methodName: string, readers: ParamReader[], rootClass: Class | null, fallback: Resolve): Resolve {
  const method = (instance as Record<string, (...params: unknown[]) => unknown>)[methodName];
  return (root, args, context, info) => {
    if (rootClass && root != null && !(root instanceof rootClass)) return fallback(root, args, context, info);
    const params = new Array<unknown>(readers.length);
    for (let i = 0; i < readers.length; i++) params[i] = readers[i](root, args, context, info);
    return method.apply(instance, params);
  };
}

/** The class of a `@Field()` getter on an object type (type-graphql's "internal" field resolver without parameters). */
function getterOf(handler: ResolverMetadata): Class | null {
  if (handler.kind !== 'internal' || handler.middlewares?.length || handler.roles || !handler.getObjectType) return null;
  const objectClass = handler.getObjectType();
  const descriptor = Object.getOwnPropertyDescriptor(objectClass.prototype, handler.methodName);
  return descriptor?.get ? objectClass : null;
}

function readGetter(objectClass: Class, name: string, fallback: Resolve): Resolve {
  return (root, args, context, info) =>
    root instanceof objectClass ? (root as Record<string, unknown>)[name] : fallback(root, args, context, info);
}

/** How one parameter is read, or null if it needs type-graphql (custom decorators, validation). */
function readerOf(param: Param): ParamReader | null {
  switch (param.kind) {
    case 'root':
      return param.propertyName ? (root) => (root as Record<string, unknown>)[param.propertyName!] : (root) => root;
    case 'context':
      return param.propertyName
        ? (_r, _a, context) => (context as Record<string, unknown>)[param.propertyName!]
        : (_r, _a, context) => context;
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'arg':
      if (param.validateFn || param.validateSettings) return null;
      return (_r, args) => args[param.name];
    case 'args': {
      if (param.validateFn || param.validateSettings) return null;
      // type-graphql passes only the fields of the @ArgsType class (its superclasses included).
      const names = argsFieldNames(param.getType() as Class);
      return (_r, args) => {
        const picked: Record<string, unknown> = {};
        for (const name of names) if (args[name] !== undefined) picked[name] = args[name];
        return picked;
      };
    }
    default:
      return null;
  }
}

/** The class a `@Root()` parameter declares, when type-graphql would convert a parent that is not one. */
function rootClassOf(handler: ResolverMetadata): Class | null {
  const param = handler.params?.find((p) => p.kind === 'root');
  if (!param || param.kind !== 'root' || param.propertyName || !param.getType) return null;
  const type = param.getType();
  return typeof type === 'function' && type !== Object ? type : null;
}

function argsFieldNames(argsClass: Class): string[] {
  const names: string[] = [];
  for (let c: Class | null = argsClass; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as Class | null) {
    for (const t of getMetadataStorage().argumentTypes) if (t.target === c) names.push(...(t.fields ?? []).map((f) => f.name));
  }
  return names;
}

/** The classes whose fields (and field resolvers) a GraphQL object type has: its class, superclasses, interfaces. */
function classesOf(storage: Metadata, typeName: string): Class[] {
  const objectType = storage.objectTypes.find((o) => o.name === typeName);
  if (!objectType) return [];
  const classes: Class[] = [...(objectType.interfaceClasses ?? [])];
  for (let c: Class | null = objectType.target; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as Class | null)
    classes.push(c);
  return classes;
}

/** Query or Mutation: which root type a query or mutation handler belongs to. */
function rootListOf(storage: Metadata, handler: ResolverMetadata): string {
  return (storage.queries as ResolverMetadata[]).includes(handler) ? 'Query' : 'Mutation';
}

/** A field read from the property of the same name, with nothing type-graphql would run around it. */
function isPlainField(storage: Metadata, classes: Class[], name: string): boolean {
  const fields = storage.fields.filter((f) => f.schemaName === name && classes.includes(f.target));
  return fields.length > 0 && fields.every((f) => f.name === name && !f.middlewares?.length && !f.roles);
}
