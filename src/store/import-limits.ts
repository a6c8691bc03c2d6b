// How large an import may be: checked on the file's size before it is staged or read (a page could
// otherwise fill the disk with a copy of a huge file, or the worker's memory with its text), and on
// its entries once read. A 100,000-note export of Newsmark is about 130 MB.

/** Bytes of a file, or characters of a text already in memory. */
export const MAX_IMPORT_SIZE = 400 * 1024 * 1024;
export const MAX_IMPORT_NOTES = 200_000;

export const TOO_LARGE = 'The file is larger than 400 MB: split it and import the parts.';
