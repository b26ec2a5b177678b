import express from 'express';
import { renderInvoicePdf } from './pdf';

const app = express();
const port = Number(process.env.PORT ?? 9000);

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.get('/offers/:id/pdf', async (req, res) => {
  try {
    const pdf = await renderInvoicePdf(req.params.id);
    res.type('application/pdf').send(pdf);
  } catch (err) {
    res.status(500).json({ error: (err as Error).message });
  }
});

if (require.main === module) {
  app.listen(port, () => console.log(`medusa-style server on :${port}`));
}

export { app };
