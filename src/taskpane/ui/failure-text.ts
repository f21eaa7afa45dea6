import { addinMessages } from '../../i18n/addin-messages';
import type { Locale } from '../../i18n/locale';
import type { ServiceFailure } from '../service';

/** The translated sentence for a refusal or failure (protected, filtered, cell edit, changed …). */
export function failureText(failure: ServiceFailure, locale: Locale): string {
  const errors = addinMessages[locale].error;
  const template = (errors as Record<string, ((p: Record<string, string | number>) => string) | undefined>)[failure.code];
  return (template ?? errors.failed)(failure.params as Record<string, string | number>);
}
