/** A confirmed commendation's letters as PDF, behind the login: downloaded, or opened in a tab to print. */
import type { RaRecord } from 'react-admin';
import { downloadFile, panelResponse } from '../providers/panelFetch';

const letterPath = (record: RaRecord) => `/commendations/${encodeURIComponent(String(record.id))}/letter.pdf`;

export const downloadLetter = (record: RaRecord, locale: string) =>
  downloadFile(letterPath(record), `commendation-${record.year}-${record.id}.pdf`, locale);

export const downloadYear = (year: number, locale: string) =>
  downloadFile(`/commendations/letters.pdf?year=${year}`, `commendations-${year}.pdf`, locale);

/**
 * Opens the letter in the browser's PDF viewer, whose print button prints it. The tab opens on the click
 * itself (a tab opened after the download would be a blocked pop-up) and shows the PDF once it is here.
 */
export async function printLetter(record: RaRecord, locale: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const blob = await (await panelResponse(letterPath(record), locale)).blob();
    const url = URL.createObjectURL(blob);
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    // The tab reads the blob after it navigates.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (e) {
    tab?.close();
    throw e;
  }
}
