/** Commendation letters as a printable A4 PDF, in a Chinese font that ships with the app (no system fonts needed). */
import PDFDocument from 'pdfkit';

const FONT = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/** A commendation's letters as stored (a blank line between two letters) and the date they bear. */
export interface DatedLetters {
  text: string;
  date: string;
}

/**
 * Each letter starts on a new page: its first line is the title, its last the issuer, who signs above the
 * date. The document is named after the first letter unless told otherwise.
 */
export function letterPdf(letters: readonly DatedLetters[], title?: string): Promise<Buffer> {
  const name = title ?? letters[0]?.text.split('\n')[0] ?? '';
  const doc = new PDFDocument({ size: 'A4', margin: 72, autoFirstPage: false, info: { Title: name } });
  doc.registerFont('cjk', FONT);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const { text, date } of letters) {
    for (const letter of text.split('\n\n')) {
      doc.addPage().font('cjk');
      const [heading, ...lines] = letter.split('\n');
      const signature = lines.pop() ?? '';
      doc.fontSize(22).text(heading, { align: 'center' }).moveDown(1.5);
      for (const line of lines) doc.fontSize(14).text(line, { lineGap: 8 }).moveDown(0.3);
      doc.moveDown(2).fontSize(14).text(signature, { align: 'right' }).text(date, { align: 'right' });
    }
  }
  doc.end();
  return done;
}
