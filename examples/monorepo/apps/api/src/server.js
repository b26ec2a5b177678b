const express = require('express');
const { createDb } = require('@mono/db');

const app = express();
const db = createDb(process.env.DATABASE_URL);
app.get('/health/live', (_req, res) => res.json({ status: 'ok' }));
app.get('/patients', async (_req, res) => res.json(await db.listPatients()));
if (require.main === module) app.listen(Number(process.env.PORT ?? 3001), () => console.log('api up'));
module.exports = { app };
