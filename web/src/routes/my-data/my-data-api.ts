import i18next from 'i18next';
import { ApiError, apiRequest } from '../../api/api-client';

export interface Bilingual {
  nl: string;
  en: string;
}

export interface ReportField {
  column: string;
  description: Bilingual;
  category: string;
  export: 'value' | 'described';
  shownAs?: Bilingual;
  portable: boolean;
  purpose: { id: string; name: Bilingual; description: Bilingual };
  legalBasis: { id: string; article: string; name: Bilingual };
  retention: Bilingual;
  source: { kind: 'person' | 'organisation' | 'platform'; text: Bilingual };
  recipients: string[];
}

export interface ReportTable {
  table: string;
  foundBy: Bilingual;
  fields: ReportField[];
  rows: { values: Record<string, unknown>; details: Record<string, unknown> }[];
  rowCount: number;
  truncated: boolean;
}

/** The access report as GET /api/me/export documents it (AccessReport in the OpenAPI document). */
export interface AccessReport {
  generatedAt: string;
  subject: { userId: string; name: string; email: string; organisation: { id: string; name: string } };
  sections: { heading: string; title: Bilingual; tables: ReportTable[] }[];
  recipients: { id: string; name: Bilingual; kind: string; task: Bilingual; location: Bilingual | null }[];
  rights: Bilingual;
  complaint: Bilingual;
}

export function fetchAccessReport(signal?: AbortSignal) {
  return apiRequest<AccessReport>('GET', '/api/me/export', { signal });
}

export type DownloadFormat = 'json' | 'zip';

/**
 * Downloads the report (JSON) or the portability archive (ZIP) after the password check: the
 * answer is a file, so it is read as a blob and saved through a temporary link.
 */
export function downloadMyData(format: DownloadFormat, password: string): Promise<void> {
  return postForDownload(`/api/me/export.${format}`, { password }, `baken-mijn-gegevens.${format}`);
}

/** POSTs a JSON body and saves the file that comes back; a refusal becomes an ApiError with the server's words. */
export async function postForDownload(path: string, body: unknown, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': i18next.resolvedLanguage ?? i18next.language,
      },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network_error', i18next.t('errors.network'));
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as
      | { error?: { code?: string; message?: string; fields?: { path: string; message: string }[] } }
      | undefined;
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(
      response.status,
      problem?.error?.code ?? 'unexpected_response',
      problem?.error?.message ?? i18next.t('errors.unexpected'),
      {
        fields: problem?.error?.fields ?? [],
        ...(retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
      },
    );
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start saving before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
