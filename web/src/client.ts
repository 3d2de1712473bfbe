/**
 * The GraphQL client: urql over the server's own /graphql (POST, so the server's response
 * cache answers repeated views), with urql's document cache so back and forward are instant.
 */
import { Client, cacheExchange, fetchExchange } from '@urql/core';

export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-first',
});
