// What Newsmark knows of English in any text: the function words that tell it, and the words of its
// dates and reading times.
import type { LanguageProfile } from '../schema';

export const englishProfile: LanguageProfile = {
  code: 'en',
  functionWords:
    'the|and|of|to|in|that|is|was|for|with|on|he|it|by|as|at|his|said|from|have|has|are|be|this|but|not|they|who|been|were|an|which|their|would|will|she|her|had|after|about',
  months:
    'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  minuteUnits: 'min|mins|minute|minutes',
  readingTimeLabels: 'reading time|read time|min read|minute read|minutes read|mins read',
};
