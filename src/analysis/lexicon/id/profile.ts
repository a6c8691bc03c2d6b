// What Newsmark knows of Indonesian in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Indonesian but does not read it: a page in Indonesian gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const indonesianProfile: LanguageProfile = {
  code: 'id',
  functionWords:
    'yang|dan|di|ini|itu|dengan|untuk|dari|dalam|tidak|akan|pada|ke|juga|ada|oleh|karena|bahwa|atau|sudah|telah|saat|para|tersebut|menjadi|lebih|bisa|kata|mereka|hal|namun|seperti|hanya|kepada|masih|setelah|kami|saya|tak|belum|sebagai|antara',
  months: 'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember',
  minuteUnits: 'menit',
  readingTimeLabels: 'waktu baca',
};
