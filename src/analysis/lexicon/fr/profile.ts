// What Newsmark knows of French in any text: the function words that tell it, and the words of its
// dates and reading times.
import type { LanguageProfile } from '../schema';

export const frenchProfile: LanguageProfile = {
  code: 'fr',
  functionWords:
    'le|la|les|de|et|en|des|du|un|une|que|qui|est|dans|pour|sur|au|aux|pas|ne|se|il|elle|ce|cette|avec|par|mais|ont|sont|été|leur|plus|son|sa|ses|l|d|qu|avait|était|selon|nous|vous|notre|votre|lui|où|très|ces',
  months: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|fév|avr|juil|sept|oct|nov|déc',
  minuteUnits: 'min|minute|minutes',
  readingTimeLabels: 'temps de lecture|durée de lecture|lecture',
};
