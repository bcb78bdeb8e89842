import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { runJson, tempDir } from './helpers.js';

interface SourceRow {
  path: string;
  format: string;
  encoding: string;
  languages: string[];
  title: string;
}

/** A three-page PDF whose pages carry a running header and a page number, and whose sentences wrap. */
async function writePdf(path: string): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Report on the Kars conference');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = [
    ['The delegations met in Kars in the autumn of 1921 and discussed the', 'frontier between the Caucasian republics and Turkey for several weeks.'],
    ['The Armenian delegates asked for guarantees of free transit through', 'the Alexandropol district, which the Turkish side accepted in the end.'],
    ['A treaty of friendship was signed on the thirteenth of October by all', 'the parties present at the conference.'],
  ];
  lines.forEach((pageLines, index) => {
    const page = pdf.addPage([595, 842]);
    page.drawText('Caucasian Affairs Quarterly', { x: 50, y: 800, size: 10, font });
    pageLines.forEach((line, k) => page.drawText(line, { x: 50, y: 700 - k * 16, size: 12, font }));
    page.drawText(String(index + 1), { x: 290, y: 40, size: 10, font });
  });
  writeFileSync(path, await pdf.save());
}

test('every format flows from file to search through the real CLI', async () => {
  const dir = tempDir('dossier-formats-');
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  await writePdf(join(corpus, 'report.pdf'));
  const docx = new Document({
    sections: [{ children: [new Paragraph('Письмо Г.Чичерина послу в Ангоре.'), new Paragraph('Нарком сообщал о поставках оружия в Трапезунд.')] }],
  });
  writeFileSync(join(corpus, 'letter.docx'), await Packer.toBuffer(docx));
  const html = '<!doctype html><html><head><meta charset="windows-1251"><title>Телеграмма из Батума</title></head>' +
    '<body><nav>Меню</nav><h1>Телеграмма</h1><p>Энвер-паша прибыл в Батум&nbsp;и ждёт ответа.</p><script>alert(1)</script></body></html>';
  writeFileSync(join(corpus, 'telegram.html'), iconv.encode(html, 'windows-1251'));
  writeFileSync(join(corpus, 'notes.md'), '# Notes on Sakarya\n\nThe **battle** of Sakarya lasted three weeks.\n');
  writeFileSync(join(corpus, 'memoir.txt'), iconv.encode('Мы выехали из Тифлиса в Карс поздней осенью.\n', 'koi8-r'));

  const db = join(dir, 'formats.db');
  const summary = runJson<{ added: number; failed: number }>(['ingest', corpus, '--db', db]);
  assert.deepEqual([summary.added, summary.failed], [5, 0]);

  const sources = runJson<SourceRow[]>(['sources', '--db', db]);
  const byFormat = new Map(sources.map((s) => [s.format, s]));
  assert.equal(byFormat.get('pdf')?.title, 'Report on the Kars conference');
  assert.equal(byFormat.get('html')?.title, 'Телеграмма из Батума');
  assert.equal(byFormat.get('txt')?.encoding, 'KOI8-R');
  assert.equal(byFormat.get('docx')?.languages[0], 'ru');

  const search = (query: string) => runJson<{ total: number; hits: Array<{ path: string; snippet: string }> }>(['search', query, '--db', db]);
  // The PDF's wrapped sentence reads as one, without its running header or page numbers.
  const frontier = search('"frontier between the Caucasian republics"');
  assert.equal(frontier.total, 1);
  assert.equal(search('Quarterly').total, 0, 'the running header is page furniture');
  assert.equal(search('Чичерин').hits[0]?.path.endsWith('letter.docx'), true);
  assert.equal(search('Батуме').total, 1, 'the HTML text, decoded from windows-1251, is found by an inflected form');
  assert.equal(search('alert').total, 0, 'scripts are not text');
  assert.equal(search('Меню').total, 0, 'navigation is not text');
  assert.equal(search('battle Sakarya').total, 1);
  assert.equal(search('Тифлис').total, 1, 'the KOI8-R memoir is decoded');
});
