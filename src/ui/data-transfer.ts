// Export and import for the popup and the options page. Export renders the notes given (the popup
// exports what it shows) with the store's formats; import sends the file to the background, which
// checks all of it before writing anything.
import type { Annotation } from '../lib/annotation';
import type { ResponseMap } from '../lib/messages';
import { notesWriter } from '../store/client';
import { type ExportFormat, exportAs } from '../store/export';
import { downloadText } from './download';

export type { ExportFormat };
export const EXPORT_FORMATS: ExportFormat[] = ['jsonld', 'markdown', 'csv'];

export function exportNotes(format: ExportFormat, notes: readonly Annotation[]): void {
  const file = exportAs(format, notes);
  downloadText(file.filename, file.mimeType, file.text);
}

export type ImportResult = ResponseMap['annotation.import'];

export async function importNotesFile(file: File): Promise<ImportResult> {
  return notesWriter.import(await file.text());
}
