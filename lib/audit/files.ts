/** Which files of an export the audit reads: each platform's reader says, in one list. */
import { facebookReader } from './readers/facebook';
import { instagramReader } from './readers/instagram';
import { linkedinReader } from './readers/linkedin';
import type { Reader } from './readers/reader';
import { xReader } from './readers/x';
import { PLATFORM_LABELS } from './types';

export const READERS: readonly Reader[] = [xReader, facebookReader, instagramReader, linkedinReader];

/** Whether a path is one of the files some platform's reader reads (a folder walk reads only these). */
export function isExportFile(path: string): boolean {
  return READERS.some((r) => r.wants(path));
}

/** What each platform's export is expected to hold, for "nothing found" messages. */
export const EXPECTED_FILES: string = READERS.map((r) => `${PLATFORM_LABELS[r.platform]}: ${r.expected}`).join('; ');

