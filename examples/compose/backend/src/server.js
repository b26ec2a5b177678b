const http = require('node:http');
const ms = require('ms');

const started = Date.now();
const server = http.createServer((req, res) => {
  if (req.url === '/health') return res.end(JSON.stringify({ status: 'ok', uptime: ms(Date.now() - started) }));
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ products: [{ id: 'prod_1', title: 'Medusa T-shirt' }] }));
});
if (require.main === module) server.listen(Number(process.env.PORT ?? 9000), () => console.log('shop api up'));
module.exports = { server };
