import http from 'node:http';

/**
 * The baseline of the fan-out benchmark: a bare Node SSE broadcast. GET /events keeps a response
 * open; POST /broadcast sends the posted payload to every open response, the least work any SSE
 * server can do. Prints its port as JSON when listening.
 */
const clients = new Set<http.ServerResponse>();
let nextId = 0;

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url?.startsWith('/events')) {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    response.write(': open\n\n');
    clients.add(response);
    request.on('close', () => clients.delete(response));
    return;
  }
  if (request.method === 'POST' && request.url === '/broadcast') {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const message = `id: ${++nextId}\nevent: logbook.entry_added\ndata: ${body}\n\n`;
      for (const client of clients) client.write(message);
      response.writeHead(204).end();
    });
    return;
  }
  response.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(
    JSON.stringify({ message: 'listening', port: typeof address === 'object' ? address?.port : 0 }),
  );
});
process.on('SIGTERM', () => {
  for (const client of clients) client.end();
  server.close(() => process.exit(0));
});
