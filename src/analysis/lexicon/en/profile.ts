// What tells English in a text: its most frequent function words.
import type { LanguageProfile } from '../schema';

export const englishProfile: LanguageProfile = {
  code: 'en',
  functionWords:
    'the|and|of|to|in|that|is|was|for|with|on|he|it|by|as|at|his|said|from|have|has|are|be|this|but|not|they|who|been|were|an|which|their|would|will|she|her|had|after|about',
};
