const http = require('node:http');

const page = '<!doctype html><title>Shop</title><h1>Shop</h1><ul id="products"></ul>';
const server = http.createServer(async (req, res) => {
  if (req.url === '/health') return res.end('ok');
  if (req.url.startsWith('/store')) {
    const r = await fetch(`${process.env.API_URL ?? 'http://api:9000'}/`).catch(() => null);
    return res.end(r ? await r.text() : '{"products":[]}');
  }
  res.setHeader('content-type', 'text/html');
  res.end(page);
});
if (require.main === module) server.listen(Number(process.env.PORT ?? 8000), () => console.log('storefront up'));
module.exports = { server };
