/**
 * A validation rule: an operation whose type the schema does not have (a mutation or a
 * subscription: this API is read-only) is a client's mistake, refused before execution with a
 * message, instead of failing inside it as graphql-js 16 does.
 */
import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

export const SupportedOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === OperationTypeNode.QUERY
        ? schema.getQueryType()
        : node.operation === OperationTypeNode.MUTATION
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) {
      context.reportError(new GraphQLError(`This API is read-only: it answers queries, not ${node.operation}s.`, { nodes: node }));
    }
  },
});
