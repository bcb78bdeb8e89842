import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Type } from 'typebox';
import { ingestFiles } from '../../ingest/batch.js';
import type { Api, RouteOptions } from '../app.js';
import { ApiError, badRequest } from '../errors.js';
import { ErrorBody, IngestResponse, withErrors } from '../schemas.js';
import { insideFolder, safeFileName, uniqueName } from '../uploads.js';

interface Received {
  /** The name the file was uploaded with. */
  file: string;
  /** Where it is written while the request is read… */
  temporary: string;
  /** …and where it is kept once the whole request has arrived. */
  target: string;
}

export function ingestRoutes(api: Api, { store, uploadsDir, maxUploadMb }: RouteOptions): void {
  api.post(
    '/api/ingest',
    {
      schema: {
        summary: 'Upload files to ingest (multipart/form-data, one or more files)',
        description:
          `Each file is read, annotated and stored as \`dossier ingest\` does; a file that cannot be read fails alone. ` +
          `Files larger than ${maxUploadMb} MB are refused (413). A file uploaded again under the same name replaces its older version.`,
        tags: ['ingest'],
        consumes: ['multipart/form-data'],
        body: Type.Object({ files: Type.Array(Type.String({ format: 'binary' })) }),
        response: withErrors({ 200: IngestResponse, 413: ErrorBody }),
      },
      // The body is a stream of files, checked one by one below; the schema above documents it.
      validatorCompiler: () => () => true,
    },
    async (request) => {
      await mkdir(uploadsDir, { recursive: true });
      const received: Received[] = [];
      const taken = new Set<string>();
      try {
        for await (const part of request.files()) {
          const name = uniqueName(safeFileName(part.filename), taken);
          const upload = { file: part.filename, temporary: insideFolder(uploadsDir, `.${randomUUID()}.part`), target: insideFolder(uploadsDir, name) };
          received.push(upload);
          await pipeline(part.file, createWriteStream(upload.temporary));
        }
      } catch (error) {
        await Promise.all(received.map(({ temporary }) => rm(temporary, { force: true })));
        // The limit is noticed while the file streams or when the next part is asked for; either way the last file started is the one.
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new ApiError(413, 'too-large', `${received.at(-1)?.file ?? 'a file'} is larger than the upload limit of ${maxUploadMb} MB`);
        }
        throw error;
      }
      if (received.length === 0) throw badRequest('no file in the request: send multipart/form-data with one or more files');
      for (const { temporary, target } of received) await rename(temporary, target);

      const summary = await ingestFiles(store, received.map(({ target }) => target));
      const outcomes = new Map(summary.files.map((outcome) => [path.resolve(outcome.path), outcome]));
      return {
        results: received.map(({ file, target }) => {
          const outcome = outcomes.get(target)!;
          // The reader names the stored path; the user knows the file by the name they sent.
          const error = outcome.error?.replaceAll(target, file);
          return { file, status: outcome.outcome, ...(error === undefined ? {} : { error }) };
        }),
      };
    },
  );
}
