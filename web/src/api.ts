/**
 * The workbench's one way to the server: JSON in, JSON out, and an error carrying the server's
 * own message (`{error, message}`) so that views can show it as it is.
 */
import type { EditRequest, EditResult, IngestResults } from './types';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | undefined>;

/** `path` with the defined, non-empty parameters of `query`. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The server's message from an error body, or a description of the status when the body is not ours. */
function errorFrom(status: number, body: string): ApiError {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === 'string') return new ApiError(status, parsed.message);
  } catch {
    // Not JSON: a proxy or a crash answered; say what we know.
  }
  return new ApiError(status, `the server answered ${status}${body ? `: ${body.slice(0, 200)}` : ''}`);
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'the Dossier server cannot be reached: is `dossier serve` still running?');
  }
  const body = await response.text();
  if (!response.ok) throw errorFrom(response.status, body);
  return JSON.parse(body) as T;
}

export function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  return request<T>(apiUrl(path, query), { signal });
}

const changeListeners = new Set<() => void>();

/** Called when the store changed (an ingest, an edit), so that what shows it can reload. */
export function onStoreChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function storeChanged(): void {
  for (const listener of changeListeners) listener();
}

export async function postEdit(edit: EditRequest): Promise<EditResult> {
  const result = await request<EditResult>('/api/edits', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(edit),
  });
  storeChanged();
  return result;
}

/**
 * Uploads files to be ingested. XMLHttpRequest rather than fetch: only it reports upload progress.
 * `onProgress` gets the share sent, from 0 to 1.
 */
export function uploadFiles(files: readonly File[], onProgress: (sent: number) => void): Promise<IngestResults> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        storeChanged();
        resolve(JSON.parse(xhr.responseText) as IngestResults);
      } else {
        reject(errorFrom(xhr.status, xhr.responseText));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'the upload was interrupted: is `dossier serve` still running?')));
    xhr.send(form);
  });
}
