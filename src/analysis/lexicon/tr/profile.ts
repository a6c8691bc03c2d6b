// What Newsmark knows of Turkish in any text: the function words that tell it, and the words of its
// dates and reading times. Newsmark recognises Turkish but does not read it: a page in Turkish gets its
// language named, and no people and no claims.
import type { LanguageProfile } from '../schema';

export const turkishProfile: LanguageProfile = {
  code: 'tr',
  functionWords:
    've|bir|bu|da|de|ile|için|olarak|en|çok|daha|gibi|ama|olan|kadar|sonra|ya|o|ki|mi|var|yok|değil|göre|ancak|veya|şu|ise|ilk|tarafından|üzere|ayrıca|olduğunu|dedi|diye|yeni|iki|aynı|olduğu|etti',
  months: 'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık',
  minuteUnits: 'dk|dakika',
  readingTimeLabels: 'okuma süresi',
};
