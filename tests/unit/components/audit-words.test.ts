/**
 * The audit report's own words in the interface's language (issue 15): the notes on what was
 * counted but not checked ("3 reposts not checked"), an item's kind, a year or account the export
 * did not give, and the printable page. In English they read exactly as lib/audit writes them
 * (what the CLI prints); in Spanish none is left in English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { accountText, kindText, noteText, reportWords, yearText } from '../../../components/audit-words';
import { buildReport, readExport, reportHtml, unnamedAccount, UNKNOWN_YEAR, type Note } from '../../../lib/audit';
import { setTranslator } from '../../../lib/i18n';
import { file, HARMLESS_POST, PHI_POST, ytd } from '../audit/exports';
import { translator } from '../i18n/catalog';

afterEach(() => setTranslator(translator('en')));

const tweet = (id: number, text: string) => ({ tweet: { id_str: String(id), created_at: 'Mon Jan 06 10:00:00 +0000 2020', full_text: text } });
const dm = (id: number, sender: string) => ({ messageCreate: { id: `m${id}`, senderId: sender, recipientId: '1', text: `message ${id}`, createdAt: '2021-05-01T10:00:00.000Z' } });
const account = ytd('account', [{ account: { username: 'drvega', accountId: '42' } }]);

/** Every note the X reader writes, with one and with several of each count. */
function notes(): Note[] {
  const reposts = (n: number) => ytd('tweets', [tweet(1, 'My own words'), ...Array.from({ length: n }, (_, i) => tweet(i + 2, `RT @other: post ${i}`))]);
  const dms = (received: number) => ytd('direct_messages', [{ dmConversation: { conversationId: '1-42', messages: [dm(0, '42'), ...Array.from({ length: received }, (_, i) => dm(i + 1, '7'))] } }]);
  return [
    ...readExport([file('a/data/tweets.js', reposts(1)), file('a/data/direct-messages.js', dms(1)), file('a/data/account.js', account)]).notes,
    ...readExport([file('b/data/tweets.js', reposts(3)), file('b/data/direct-messages.js', dms(2)), file('b/data/account.js', account)]).notes,
    ...readExport([file('c/data/direct-messages.js', dms(2))]).notes,
  ];
}

describe('the audit notes', () => {
  it('have a code for each note, and read in English exactly as the CLI prints them', () => {
    const all = notes();
    expect(all.map((n) => n.code)).toEqual(['x-reposts', 'x-received', 'x-reposts', 'x-received', 'x-no-account']);
    for (const n of all) expect(noteText(n)).toBe(n.text);
  });

  it('read in Spanish in a Spanish browser', () => {
    const all = notes();
    setTranslator(translator('es'));
    for (const n of all) {
      expect(noteText(n)).not.toBe(n.text);
      expect(noteText(n)).not.toMatch(/^aud_|not checked|own words/);
    }
    expect(all.map(noteText).slice(0, 3)).toEqual([
      'X: 1 republicación ("RT @…") no se revisó: no son palabras propias de la cuenta.',
      'X: 1 mensaje directo recibido no se revisó: no son palabras propias de la cuenta.',
      'X: 3 republicaciones ("RT @…") no se revisaron: no son palabras propias de la cuenta.',
    ]);
    expect(noteText(all[4]!)).toBe('X: falta account.js, así que se revisaron los mensajes directos de ambas partes.');
    // A note of a newer version's report keeps its English words rather than showing a code.
    expect(noteText({ text: 'X: something new.', code: 'x-future' as Note['code'] })).toBe('X: something new.');
  });
});

describe('the report’s other words', () => {
  it('name an item’s kind, an unknown year and an unnamed account in the interface’s language', () => {
    expect(kindText('x', 'reply')).toBe('X reply');
    expect(yearText(UNKNOWN_YEAR)).toBe('unknown');
    expect(accountText(unnamedAccount('facebook'))).toBe('Facebook (account not named)');
    setTranslator(translator('es'));
    expect(kindText('x', 'reply')).toBe('respuesta en X');
    expect(kindText('instagram', 'post')).toBe('publicación en Instagram');
    expect(yearText(UNKNOWN_YEAR)).toBe('desconocido');
    expect(yearText('2019')).toBe('2019');
    expect(accountText(unnamedAccount('facebook'))).toBe('Facebook (cuenta sin nombre)');
    expect(accountText('@drvega')).toBe('@drvega');
  });

  it('make the printable page the same as the CLI’s in English, and Spanish in a Spanish browser', () => {
    const read = readExport([file('data/tweets.js', ytd('tweets', [tweet(1, PHI_POST), tweet(2, HARMLESS_POST), tweet(3, 'RT @other: hi')])), file('notes.txt', 'x')]);
    const report = buildReport(read);
    expect(reportHtml(report, reportWords())).toBe(reportHtml(report));
    setTranslator(translator('es'));
    const html = reportHtml(report, reportWords());
    expect(html).toContain('<html lang="es">');
    for (const w of ['Second Look — revisión de publicaciones anteriores', 'Se revisaron 2 elementos; 1 con un aviso o más.', 'Por año', 'Por cuenta', 'Por plataforma', 'Elementos señalados', 'No leído', 'No revisado', 'publicación en X', 'X (cuenta sin nombre)', '1 republicación']) {
      expect(html).toContain(w);
    }
    expect(html).not.toMatch(/Flagged|Checked|By year|Not read|not checked|account not named|X post/);
  });
});
