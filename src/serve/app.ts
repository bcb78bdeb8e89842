/**
 * The HTTP server of a store: a JSON API under /api (documented at /api/docs), and the web
 * workbench when it is built. Built without listening, so tests call it with `inject`.
 */
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import type { Store } from '../store/store.js';
import { requireToken } from './auth.js';
import { handleError, handleNotFound } from './errors.js';
import { describeValidation } from './schemas.js';
import { calendarRoutes } from './routes/calendar.js';
import { entityRoutes } from './routes/entities.js';
import { ingestRoutes } from './routes/ingest.js';
import { searchRoutes } from './routes/search.js';
import { sourceRoutes } from './routes/sources.js';
import { statsRoutes } from './routes/stats.js';
import { timelineRoutes } from './routes/timeline.js';
import { editRoutes } from './routes/edits.js';
import { claimRoutes } from './routes/claims.js';
import { overviewRoutes } from './routes/overview.js';
import { networkRoutes } from './routes/network.js';
import { calendarExportRoutes } from './routes/calendar-export.js';
import { timelineItemRoutes } from './routes/timeline-items.js';

export const DEFAULT_MAX_UPLOAD_MB = 50;
/** Answers longer than this many characters are encoded to bytes once, see buildApp. */
const LARGE_ANSWER = 16_384;

export interface AppOptions {
  store: Store;
  /** The store's own folder for uploaded files. */
  uploadsDir: string;
  /** Larger uploaded files are refused (413). */
  maxUploadMb?: number;
  /** When set, every request must carry it. */
  token?: string;
  /** The built web workbench, served at `/` when the folder exists. */
  uiDir?: string;
  /** Log requests and errors (to stdout, as JSON lines). */
  logger?: boolean;
}

/** The app as routes see it: Fastify typed by the TypeBox schemas of each route. */
export type Api = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** Scripts run only from the server's own files; nothing inline, no plugins, no framing. */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    // Swagger UI sets style attributes; styles cannot run code.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

const API_RUNNING_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Dossier</title></head>
<body>
<h1>Dossier</h1>
<p>The Dossier API is running. The web workbench is not built here.</p>
<p>The API and its documentation: <a href="/api/docs">/api/docs</a> (OpenAPI JSON: <a href="/api/docs/json">/api/docs/json</a>).</p>
</body>
</html>
`;

export async function buildApp(options: AppOptions): Promise<Api> {
  const app = Fastify({
    logger: options.logger ?? false,
    schemaErrorFormatter: describeValidation,
    // Edit requests are told apart by their `kind`, and told what is wrong with that kind only.
    ajv: { customOptions: { discriminator: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  // Sent as a string, a large answer (a reader window) would be scanned once for its length in
  // bytes and encoded again as it is written; as bytes it is encoded once.
  app.addHook('onSend', async (_request, _reply, payload) => (typeof payload === 'string' && payload.length > LARGE_ANSWER ? Buffer.from(payload) : payload));
  // Before everything else, so that no route, static file or documentation page escapes it.
  if (options.token !== undefined) {
    await app.register(fastifyCookie);
    app.addHook('onRequest', requireToken(options.token));
  }

  // No HSTS: the server speaks plain HTTP (on loopback, or behind a proxy that adds TLS).
  await app.register(fastifyHelmet, { contentSecurityPolicy: CONTENT_SECURITY_POLICY, strictTransportSecurity: false });
  await app.register(fastifyMultipart, {
    // The name as sent (a folder upload sends relative paths), so results name the files the client knows; safeFileName makes it safe.
    preservePath: true,
    limits: { fileSize: (options.maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB) * 1024 * 1024, fields: 10, parts: 1000 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Dossier API',
        version: '0.1.0',
        description: 'A source-grounded knowledge base of historical documents: search, sources, entities, timeline, calendar, ingest, and the researcher\'s edits.',
      },
      components: {
        securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'required when the server listens beyond loopback' } },
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const routeOptions: RouteOptions = { ...options, maxUploadMb: options.maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB };
  for (const routes of [statsRoutes, searchRoutes, sourceRoutes, entityRoutes, timelineRoutes, calendarRoutes, ingestRoutes, editRoutes, claimRoutes, overviewRoutes, networkRoutes, calendarExportRoutes, timelineItemRoutes]) {
    routes(app, routeOptions);
  }

  if (options.uiDir !== undefined && existsSync(options.uiDir)) {
    await app.register(fastifyStatic, { root: options.uiDir, prefix: '/' });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(API_RUNNING_PAGE));
  }
  return app;
}

export type RouteOptions = AppOptions & { maxUploadMb: number };
