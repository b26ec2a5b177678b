import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

/** Renders an offer as PDF with the Chromium installed in the image (no browser download). */
export async function renderInvoicePdf(offerId: string): Promise<Buffer> {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(`<h1>Offer ${offerId.replace(/[^\w-]/g, '')}</h1>`);
    return Buffer.from(await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}
