const http = require('node:http');
const { patientFields } = require('@mono/types');

const server = http.createServer((req, res) => {
  if (req.url === '/health') return res.end('ok');
  res.setHeader('content-type', 'text/html');
  res.end(`<h1>Patients</h1><p>fields: ${patientFields.join(', ')}</p>`);
});
if (require.main === module) server.listen(Number(process.env.PORT ?? 3000), () => console.log('web up'));
module.exports = { server };
