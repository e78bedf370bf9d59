// Renders the OpenAPI document as a plain HTML page: no scripts, no third-party assets, so it works
// under the strict CSP and offline, and a person can read it on a phone.

interface OperationObject {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, unknown> };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function renderOperation(path: string, method: string, operation: OperationObject): string {
  const parameters = (operation.parameters ?? [])
    .map(
      (parameter) =>
        `<li><code>${escapeHtml(parameter.name)}</code> (${escapeHtml(parameter.in)}${parameter.required ? ', required' : ''})` +
        `${parameter.description ? ` — ${escapeHtml(parameter.description)}` : ''}</li>`,
    )
    .join('');
  const body = operation.requestBody?.content
    ? Object.entries(operation.requestBody.content)
        .map(
          ([type, media]) =>
            `<p>Body <code>${escapeHtml(type)}</code></p><pre>${escapeHtml(JSON.stringify(media.schema, null, 2))}</pre>`,
        )
        .join('')
    : '';
  const responses = Object.entries(operation.responses ?? {})
    .map(
      ([status, response]) =>
        `<li><code>${escapeHtml(status)}</code> ${escapeHtml(response.description ?? '')}</li>`,
    )
    .join('');
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  return `<section class="operation" id="${id}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
${operation.summary ? `<p>${escapeHtml(operation.summary)}</p>` : ''}
${operation.description ? `<p>${escapeHtml(operation.description)}</p>` : ''}
${parameters ? `<h4>Parameters</h4><ul>${parameters}</ul>` : ''}${body}
<h4>Responses</h4><ul>${responses}</ul></section>`;
}

export function renderApiReference(document: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(path, method, operation)]);
    }
  }
  const sections = [...byTag.entries()]
    .map(([tag, operations]) => `<h2 id="${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${operations.join('\n')}`)
    .join('\n');
  const toc = [...byTag.keys()]
    .map((tag) => `<li><a href="#${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} — API reference</title>
<link rel="stylesheet" href="/api/docs.css"></head>
<body><header><h1>${escapeHtml(document.info.title)} API <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1)</p>
<nav aria-label="Sections"><ul>${toc}</ul></nav></header>
<main>${sections}</main></body></html>`;
}

export const API_REFERENCE_CSS = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b2733;line-height:1.5}
h1 small{font-size:.5em;color:#52606d}code,pre{font-family:ui-monospace,monospace}pre{background:#f3f5f7;padding:.75rem;overflow:auto;font-size:.85rem}
.operation{border-top:1px solid #d9e2ec;padding:.5rem 0}.method{display:inline-block;min-width:4.5rem;padding:.1rem .4rem;border-radius:.25rem;color:#fff;background:#334e68;font-size:.85rem;text-align:center}
.method.post{background:#1f6f43}.method.patch,.method.put{background:#8d5a00}.method.delete{background:#a61b1b}a{color:#0b4f8a}`;
