// Public API of the notes store. Extension pages read through NotesStore directly; only the
// background service worker writes (other contexts write by message, see src/store/client.ts).
export { exportCsv } from './csv';
export { StoreError, type StoreErrorCode } from './errors';
export { type ExportFormat, type ExportWriter, exportAs, exportWriter } from './export';
export { fold, queryTerms, searchTerms } from './fold';
export { ImportError, type ParsedImport, parseImportFile, type Skipped } from './import';
export { ImportJobs, type ImportProgress, type ImportResult, importText } from './import-job';
export { exportJsonLd, toW3C } from './jsonld';
export { exportMarkdown } from './markdown';
export { mergeAnnotations } from './merge';
export { type AnchorUpdate, type ImportSummary, type NotePatch, type NotesPage, NotesStore, type StoreOptions } from './notes-store';
export { DB_NAME, MIGRATIONS, type Migration } from './schema';
export { isEmptyQuery, type ListCursor, type NoteQuery } from './search-cache';
