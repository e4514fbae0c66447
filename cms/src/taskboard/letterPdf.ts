/** A commendation letter as a printable A4 PDF, in a Chinese font that ships with the app (no system fonts needed). */
import PDFDocument from 'pdfkit';

const FONT = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/** The letter's first line is its title; a blank line starts another letter on a new page. */
export function letterPdf(text: string, date: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, info: { Title: text.split('\n')[0] } });
  doc.registerFont('cjk', FONT).font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  text.split('\n\n').forEach((letter, page) => {
    if (page > 0) doc.addPage();
    const [title, ...lines] = letter.split('\n');
    const signature = lines.pop() ?? '';
    doc.fontSize(22).text(title, { align: 'center' }).moveDown(1.5);
    for (const line of lines) doc.fontSize(14).text(line, { lineGap: 8 }).moveDown(0.3);
    doc.moveDown(2).fontSize(14).text(signature, { align: 'right' }).text(date, { align: 'right' });
  });
  doc.end();
  return done;
}
