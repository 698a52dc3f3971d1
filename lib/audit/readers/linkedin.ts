/**
 * LinkedIn "Get a copy of your data": a zip of CSV files at its root. `Shares.csv` (Date,
 * ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility) holds posts, `Comments.csv` (Date,
 * Link, Message) comments, `Profile.csv` (First Name, Last Name, …) the name. Dates are
 * "2023-04-05 14:22:10" in UTC. Post text has quoted newlines and doubled quotes, which
 * papaparse reads as RFC 4180 says.
 */
import Papa from 'papaparse';
import type { ExportFile } from '../types';
import { baseName, decodeText, fromDateString, str } from '../text';
import { eachFile, ReadError, type PlatformRead, type Reader } from './reader';

const SHARES = /^shares\.csv$/i;
const COMMENTS = /^comments\.csv$/i;
const PROFILE = /^profile\.csv$/i;

/** The rows of a CSV file as objects by header, after checking the columns this reader needs are there. */
function rows(file: ExportFile, needed: readonly string[]): Record<string, string>[] {
  const text = decodeText(file.bytes);
  if (text.trim() === '') throw new ReadError('empty', 'the file is empty');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const fields = parsed.meta.fields ?? [];
  const missing = needed.filter((n) => !fields.includes(n));
  if (missing.length) throw new ReadError('header', `its header row is "${fields.join(',').slice(0, 120)}", without ${missing.join(', ')}`, [fields.join(',').slice(0, 120), missing.join(', ')]);
  return parsed.data;
}

export const linkedinReader: Reader = {
  platform: 'linkedin',
  expected: 'Shares.csv, Comments.csv, Profile.csv',
  wants: (path) => {
    const name = baseName(path);
    return SHARES.test(name) || COMMENTS.test(name) || PROFILE.test(name);
  },
  read(files) {
    const out: PlatformRead = { items: [], skipped: [], notes: [] };
    eachFile(files.filter((f) => PROFILE.test(baseName(f.path))), out.skipped, { code: 'linkedin-profile', text: 'expected LinkedIn\'s Profile.csv with "First Name" and "Last Name" columns' }, (f) => {
      const first = rows(f, ['First Name', 'Last Name'])[0];
      const name = first ? `${first['First Name'] ?? ''} ${first['Last Name'] ?? ''}`.trim() : '';
      if (!name) throw new ReadError('no-name-row', 'no name in its first row');
      out.account = name;
    });
    eachFile(files.filter((f) => SHARES.test(baseName(f.path))), out.skipped, { code: 'linkedin-shares', text: 'expected LinkedIn\'s Shares.csv with Date, ShareLink and ShareCommentary columns' }, (f) => {
      for (const r of rows(f, ['Date', 'ShareCommentary'])) {
        const text = str(r.ShareCommentary);
        if (!text?.trim()) continue; // a reshare without a comment of the account's own
        out.items.push({ platform: 'linkedin', kind: 'post', text, date: fromDateString(r.Date), account: out.account, link: str(r.ShareLink) || undefined, file: f.path });
      }
    });
    eachFile(files.filter((f) => COMMENTS.test(baseName(f.path))), out.skipped, { code: 'linkedin-comments', text: 'expected LinkedIn\'s Comments.csv with Date, Link and Message columns' }, (f) => {
      for (const r of rows(f, ['Date', 'Message'])) {
        const text = str(r.Message);
        if (!text?.trim()) continue;
        out.items.push({ platform: 'linkedin', kind: 'comment', text, date: fromDateString(r.Date), account: out.account, link: str(r.Link) || undefined, file: f.path });
      }
    });
    return out;
  },
};
