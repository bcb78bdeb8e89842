/** The token a server on a non-loopback address requires of every request. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** An onRequest hook refusing requests without `Authorization: Bearer <token>` or `?token=<token>` (for a browser). */
export function requireToken(token: string) {
  const expected = digest(token);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const query = (request.query as Record<string, unknown> | undefined)?.token;
    const given = header ?? (typeof query === 'string' ? query : undefined);
    // Digests have equal lengths, so the comparison takes the same time whatever was given.
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return;
    return reply.status(401).send({
      error: 'unauthorized',
      message: 'this server needs its token: send Authorization: Bearer <token>, or add ?token=<token> in a browser',
    });
  };
}
