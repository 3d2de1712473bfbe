/** The JSON errors of the HTTP layer, shared by Express (http-app.ts) and the response cache in front of it. */

/** A GraphQL-shaped error body, so that clients read every error the same way. */
export const errorBody = (message: string, code: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extra } }],
});

export const invalidJsonMessage = (parserMessage: string) =>
  `The request body is not valid JSON (${parserMessage}); send {"query": "…", "variables": {…}}.`;

export const timeoutMessage = (ms: number) => `The request took longer than ${ms} ms and was stopped; ask for less (smaller first/last).`;

export const tooLargeMessage = (limit: number) => `The request body is over ${limit} bytes; send a shorter query.`;

/** A client's own x-request-id when it is short and plain (it goes into logs), else undefined. */
export function validRequestId(given: string | string[] | undefined): string | undefined {
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : undefined;
}
