// What tells French in a text: its most frequent function words.
import type { LanguageProfile } from '../schema';

export const frenchProfile: LanguageProfile = {
  code: 'fr',
  functionWords:
    'le|la|les|et|des|du|un|une|que|qui|est|dans|pour|sur|au|aux|pas|ne|se|il|elle|ce|cette|avec|par|mais|ont|sont|été|leur|plus|son|sa|ses|l|d|qu|avait|était|selon',
};
