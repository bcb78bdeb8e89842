/** Errors as the API answers them: a JSON body `{ error, message }` with a status, never a stack trace. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InapplicableEdit } from '../curate/index.js';
import { EditRequestError, type RequestProblem } from '../ingest/edit-requests.js';
import { QueryError } from '../store/store.js';

/** An answer a route chose: its status, a short code and a message for the user. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new ApiError(404, 'not-found', message);
export const conflict = (message: string) => new ApiError(409, 'conflict', message);
export const badRequest = (message: string) => new ApiError(400, 'bad-request', message);

const EDIT_REFUSALS: Readonly<Record<RequestProblem, (message: string) => ApiError>> = {
  'not-found': notFound,
  ambiguous: badRequest,
  invalid: badRequest,
  'no-change': conflict,
};

const CODES: Readonly<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthorized',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  413: 'too-large',
  415: 'unsupported-media-type',
};

function answer(error: FastifyError | Error): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof QueryError) return badRequest(error.message);
  if (error instanceof EditRequestError) return EDIT_REFUSALS[error.problem](error.message);
  if (error instanceof InapplicableEdit) return conflict(`the edit cannot apply to the corpus as it is: ${error.message}`);
  const status = (error as FastifyError).statusCode;
  // Fastify's own client errors (validation, malformed bodies, media types) say what was wrong.
  if (status !== undefined && status >= 400 && status < 500) return new ApiError(status, CODES[status] ?? 'bad-request', error.message);
  return new ApiError(500, 'internal', 'the server could not answer this request; the server log says why');
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, code, message } = answer(error);
  if (status >= 500) request.log.error(error);
  return reply.status(status).send({ error: code, message });
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).send({ error: 'not-found', message: `no such route: ${request.method} ${request.url.split('?')[0]}` });
}
