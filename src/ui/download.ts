// Saves a file through the browser's download of a blob link: no downloads permission, nothing
// leaves the device.
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  // Both kept a while: Firefox reads the link's name after the click's task (a link removed at
  // once was seen saved under the blob's random name), and a revoked address downloads nothing.
  setTimeout(() => {
    link.remove();
    URL.revokeObjectURL(url);
  }, 60_000);
}
