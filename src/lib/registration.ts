/**
 * Temporary registrations lapse on a date. A page's account of its registration is as good as
 * the day it was last checked, so the build warns when the expiry date has passed since then.
 * The warning goes to the console only: the pages built stay the same whatever the day.
 */
import type { RegistrationData } from '../schemas/code';

/** One warning per code whose registration expired after it was last checked and by `today` (YYYY-MM-DD). */
export function lapsedRegistrationWarnings(entries: { code: number; registration?: RegistrationData | undefined }[], today: string): string[] {
  return entries.flatMap(({ code, registration }) =>
    registration && registration.expires <= today && registration.checked < registration.expires
      ? [
          `content/codes/${code}.mdx: registration: the temporary registration's expiry date ${registration.expires} has passed since it was checked on ${registration.checked}; ` +
            'check the IANA registry and the draft, update the page and set registration.checked',
        ]
      : [],
  );
}
