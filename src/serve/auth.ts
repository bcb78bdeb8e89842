/** The token a server on a non-loopback address requires of every request. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Remembers a token given as `?token=` in a browser, so the page's own scripts, styles and API calls carry it. */
export const TOKEN_COOKIE = 'dossier_token';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * An onRequest hook refusing requests without the token: `Authorization: Bearer <token>`, or
 * `?token=<token>` in a browser, which is then kept in an HTTP-only cookie for the pages it loads.
 */
export function requireToken(token: string) {
  const expected = digest(token);
  // Digests have equal lengths, so the comparison takes the same time whatever was given.
  const matches = (given: unknown) => typeof given === 'string' && timingSafeEqual(digest(given), expected);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (matches(header) || matches(request.cookies[TOKEN_COOKIE])) return;
    if (matches((request.query as Record<string, unknown> | undefined)?.token)) {
      reply.setCookie(TOKEN_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict' });
      return;
    }
    return reply.status(401).send({
      error: 'unauthorized',
      message: 'this server needs its token: send Authorization: Bearer <token>, or add ?token=<token> in a browser',
    });
  };
}
