import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ReadError, SUPPORTED_EXTENSIONS, isSupported, readDocument } from '../../src/read/index.js';
import type { ReadFailure } from '../../src/read/errors.js';
import { looksLikeMarkdown } from '../../src/read/text.js';

const seedPath = (name: string) => fileURLToPath(new URL(`../../examples/seeds/texts/${name}`, import.meta.url));
const RUSSIAN_SEED = '000_e0a4a8210e7bd8d3.txt';
const MARKDOWN_SEED = '004_3cf1fd47c83241f0.txt';

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-read-'));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Asserts that reading `path` fails with `reason` and a message naming the file. */
async function assertReadFails(path: string, reason: ReadFailure, messagePattern?: RegExp): Promise<ReadError> {
  const error = await readDocument(path).then(
    () => assert.fail(`${path} was read, expected a ${reason} failure`),
    (error: unknown) => error,
  );
  assert.ok(error instanceof ReadError, `expected a ReadError, got ${String(error)}`);
  assert.equal(error.reason, reason, error.message);
  assert.equal(error.path, path);
  assert.ok(error.message.includes(path.split('/').at(-1)!), error.message);
  if (messagePattern) assert.match(error.message, messagePattern);
  return error;
}

async function firstRussianSentences(count: number): Promise<string> {
  const seed = await readFile(seedPath(RUSSIAN_SEED), 'utf8');
  return seed.split(/(?<=[.!?])\s+/).slice(0, count).join(' ');
}

describe('extensions', () => {
  test('SUPPORTED_EXTENSIONS are lowercase with a dot and cover every format', () => {
    for (const extension of SUPPORTED_EXTENSIONS) assert.match(extension, /^\.[a-z]+$/);
    for (const extension of ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx', '.png', '.jpg', '.jpeg', '.tif', '.tiff']) {
      assert.ok(SUPPORTED_EXTENSIONS.includes(extension), extension);
    }
  });

  test('isSupported ignores case and refuses other extensions', () => {
    assert.equal(isSupported('archive/LETTER.PDF'), true);
    assert.equal(isSupported('notes.Md'), true);
    assert.equal(isSupported('data.xyz'), false);
    assert.equal(isSupported('README'), false);
  });
});

describe('encodings', () => {
  const cases: Array<{ name: string; encode: (text: string) => Buffer; encoding: string }> = [
    { name: 'utf8.txt', encode: (text) => Buffer.from(text, 'utf8'), encoding: 'UTF-8' },
    { name: 'utf8-bom.txt', encode: (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), encoding: 'UTF-8' },
    { name: 'utf16le-bom.txt', encode: (text) => iconv.encode(text, 'utf-16le', { addBOM: true }), encoding: 'UTF-16LE' },
    { name: 'utf16le.txt', encode: (text) => iconv.encode(text, 'utf-16le'), encoding: 'UTF-16LE' },
    { name: 'utf16be-bom.txt', encode: (text) => iconv.encode(text, 'utf-16be', { addBOM: true }), encoding: 'UTF-16BE' },
    { name: 'utf16be.txt', encode: (text) => iconv.encode(text, 'utf-16be'), encoding: 'UTF-16BE' },
    { name: 'cp1251.txt', encode: (text) => iconv.encode(text, 'windows-1251'), encoding: 'windows-1251' },
    { name: 'koi8r.txt', encode: (text) => iconv.encode(text, 'koi8-r'), encoding: 'KOI8-R' },
  ];

  for (const { name, encode, encoding } of cases) {
    test(`Russian seed text in ${encoding} (${name}) is decoded exactly`, async () => {
      const russian = await firstRussianSentences(3);
      const bytes = encode(russian);
      const path = await fixture(name, bytes);
      const document = await readDocument(path);
      assert.equal(document.encoding, encoding);
      // KOI8-R has no «» or —; what it can hold must come back unchanged.
      const expected = encoding === 'KOI8-R' ? iconv.decode(iconv.encode(russian, 'koi8-r'), 'koi8-r') : russian;
      assert.equal(document.text, expected);
      assert.equal(document.bytes, bytes.length);
      assert.equal(document.path, path);
      assert.equal(document.format, 'txt');
      assert.equal(document.markup, 'plain');
    });
  }

  for (const [encoding, iconvName] of [['windows-1251', 'windows-1251'], ['KOI8-R', 'koi8-r']] as const) {
    test(`a single short Russian sentence in ${encoding} is told apart`, async () => {
      for (const sentence of ['Ответа он не получил.', 'Мы согласны.', 'ТЕЛЕГРАММА ПОЛУЧЕНА.']) {
        const path = await fixture(`short-${iconvName}.txt`, iconv.encode(sentence, iconvName));
        const document = await readDocument(path);
        assert.equal(document.encoding, encoding, sentence);
        assert.equal(document.text, sentence);
      }
    });
  }

  test('Latin-script single-byte texts are not mistaken for Cyrillic', async () => {
    const samples = [
      ['Türkiye Büyük Millet Meclisi hükümeti ile görüşmeler yaptı ve şartları kabul etti.', 'windows-1254'],
      ['Stosunki polsko-tureckie w okresie międzywojennym były przedmiotem wielu badań źródłowych.', 'windows-1250'],
      ['Il est arrivé à Moscou à la fin de l’été, à pied.', 'windows-1252'],
    ] as const;
    for (const [sentence, encoding] of samples) {
      const path = await fixture(`latin-${encoding}.txt`, iconv.encode(sentence, encoding));
      const document = await readDocument(path);
      assert.equal(document.text, sentence, `${encoding} read as ${document.encoding}`);
    }
  });
});

describe('refusals', () => {
  test('binary data with NUL bytes is refused even when named .txt', async () => {
    const pngHeader = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
    const noise = Array.from({ length: 2000 }, (_, i) => (i * 7919 + (i >> 3) * 31) % 256);
    await assertReadFails(await fixture('image.txt', Uint8Array.from([...pngHeader, ...noise])), 'binary', /binary/);
  });

  test('control characters without NULs are refused as binary', async () => {
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => 1 + ((i * 131) % 255));
    await assertReadFails(await fixture('noise.txt', bytes), 'binary');
  });

  test('a stray control character does not make text binary', async () => {
    const document = await readDocument(await fixture('dos.txt', 'An old DOS text file ends here.\r\n\x1a'));
    assert.equal(document.text, 'An old DOS text file ends here.\r\n\x1a');
  });

  test('empty and whitespace-only files are refused as empty', async () => {
    await assertReadFails(await fixture('empty.txt', ''), 'empty', /empty/);
    await assertReadFails(await fixture('blank.md', ' \n\t\r\n  \n'), 'empty', /whitespace/);
    await assertReadFails(await fixture('bom-only.txt', Uint8Array.from([0xef, 0xbb, 0xbf])), 'empty');
  });

  test('a missing file or a folder is refused as missing', async () => {
    await assertReadFails(join(dir, 'nowhere.txt'), 'missing', /does not exist/);
    await mkdir(join(dir, 'folder.txt'));
    await assertReadFails(join(dir, 'folder.txt'), 'missing', /folder/);
  });

  test('an unsupported extension is refused and the supported ones are listed', async () => {
    await assertReadFails(await fixture('data.xyz', 'some text'), 'unsupported', /\.xyz.*\.pdf/);
  });

  test('a file without read permission is refused as unreadable', { skip: process.getuid?.() === 0 && 'root reads everything' }, async () => {
    const path = await fixture('secret.txt', 'classified');
    await chmod(path, 0o000);
    try {
      await assertReadFails(path, 'unreadable', /permission/);
    } finally {
      await chmod(path, 0o644);
    }
  });
});

describe('markdown in .txt files', () => {
  test('the Markdown seed saved as .txt is marked up as markdown', async () => {
    const document = await readDocument(seedPath(MARKDOWN_SEED));
    assert.equal(document.format, 'txt');
    assert.equal(document.markup, 'markdown');
  });

  test('the Russian prose seed stays plain', async () => {
    const document = await readDocument(seedPath(RUSSIAN_SEED));
    assert.equal(document.markup, 'plain');
    assert.equal(document.encoding, 'UTF-8');
  });

  test('one "#" line, dash lists or a rule alone do not make Markdown', () => {
    assert.equal(looksLikeMarkdown('# 1\nThe first letter was sent in July.\nThe second in August.\n'), false);
    assert.equal(looksLikeMarkdown('Items:\n- rifles\n- cartridges\n---\nEnd of list.\n'), false);
    assert.equal(looksLikeMarkdown('## Sources\n\n- Archive of Foreign Policy\n- **RGASPI**, fond 5\n'), true);
  });

  test('.md files are markdown whatever they contain', async () => {
    const document = await readDocument(await fixture('note.md', 'Just a sentence.'));
    assert.deepEqual([document.format, document.markup], ['md', 'markdown']);
  });
});

describe('HTML', () => {
  test('a windows-1251 page declared by <meta charset> is decoded, its title cleaned', async () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="windows-1251">\n' +
      '<title>\n  Письмо Энвера &laquo;Кемалю&raquo;\n  &amp; ответ </title></head>\n' +
      '<body><p>Ответа он не получил.</p></body></html>';
    const bytes = iconv.encode(html, 'windows-1251');
    const path = await fixture('letter.html', bytes);
    const document = await readDocument(path);
    assert.equal(document.encoding, 'windows-1251');
    assert.equal(document.text, html);
    assert.equal(document.title, 'Письмо Энвера «Кемалю» & ответ');
    assert.deepEqual([document.format, document.markup, document.bytes], ['html', 'html', bytes.length]);
  });

  test('an http-equiv Content-Type charset is honoured', async () => {
    const html =
      '<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=koi8-r"><TITLE>Телеграмма</TITLE></head>' +
      '<body>Зато Кемаль дважды протестовал.</body></html>';
    const document = await readDocument(await fixture('telegram.htm', iconv.encode(html, 'koi8-r')));
    assert.equal(document.encoding, 'KOI8-R');
    assert.equal(document.text, html);
    assert.equal(document.title, 'Телеграмма');
  });

  test('a page without a declaration or title is detected by content', async () => {
    const html = '<p>Ответа он не получил. Зато Кемаль дважды протестовал.</p>';
    const document = await readDocument(await fixture('fragment.html', iconv.encode(html, 'windows-1251')));
    assert.equal(document.encoding, 'windows-1251');
    assert.equal(document.text, html);
    assert.equal(document.title, undefined);
  });
});

describe('PDF', () => {
  const HEADER = 'Journal of Eurasian History';
  const bodyLines = (page: number) => [`Page ${page} opens with the first line.`, `It ends with line two of page ${page}.`];

  async function makePdf(pages: number, options: { title?: string; text: boolean }): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    if (options.title) pdf.setTitle(options.title);
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let number = 1; number <= pages; number++) {
      const page = pdf.addPage([595, 842]);
      if (!options.text) {
        page.drawRectangle({ x: 50, y: 50, width: 200, height: 300 });
        continue;
      }
      page.drawText(HEADER, { x: 50, y: 800, size: 9, font });
      bodyLines(number).forEach((line, i) => page.drawText(line, { x: 50, y: 700 - 16 * i, size: 12, font }));
      page.drawText(String(number), { x: 290, y: 40, size: 9, font });
    }
    return pdf.save();
  }

  test('pages are separated by form feeds, lines by newlines, title from the info dictionary', async () => {
    const bytes = await makePdf(3, { title: 'Soviet-Turkish Relations, 1920', text: true });
    const path = await fixture('article.pdf', bytes);
    const document = await readDocument(path);
    const pages = document.text.split('\f');
    assert.equal(pages.length, 3);
    pages.forEach((page, i) => {
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
      assert.deepEqual(lines, [HEADER, ...bodyLines(i + 1), String(i + 1)]);
    });
    assert.equal(document.title, 'Soviet-Turkish Relations, 1920');
    assert.deepEqual([document.format, document.markup, document.encoding, document.bytes], ['pdf', 'plain', 'pdf', bytes.length]);
  });

  test('a PDF without a text layer is refused with advice on OCR', async () => {
    const path = await fixture('scan.pdf', await makePdf(1, { text: false }));
    await assertReadFails(path, 'no-text', /text layer.*PNG or TIFF/);
  });

  test('a damaged PDF is refused as unreadable', async () => {
    await assertReadFails(await fixture('broken.pdf', 'this is not a PDF at all'), 'unreadable', /not a readable PDF/);
  });
});

describe('DOCX', () => {
  test('Russian paragraphs come back separated by blank lines, title from the core properties', async () => {
    const paragraphs = ['Ответа он не получил.', 'Зато Кемаль дважды протестовал перед советским правительством.'];
    const docx = new Document({
      title: 'Письма Энвера',
      sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }],
    });
    const bytes = await Packer.toBuffer(docx);
    const document = await readDocument(await fixture('letters.docx', bytes));
    assert.equal(document.text.trim(), paragraphs.join('\n\n'));
    assert.equal(document.title, 'Письма Энвера');
    assert.deepEqual([document.format, document.markup, document.encoding, document.bytes], ['docx', 'plain', 'docx', bytes.length]);
  });

  test('a document without a title has none', async () => {
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Text.')] }] }));
    const document = await readDocument(await fixture('untitled.docx', bytes));
    assert.equal(document.title, undefined);
  });

  test('a damaged DOCX is refused as unreadable', async () => {
    await assertReadFails(await fixture('broken.docx', 'plain text, not a zip'), 'unreadable', /DOCX/);
  });
});

describe('images (OCR)', () => {
  const FAKE_TESSERACT = `#!/bin/sh
if [ "$1" = "--list-langs" ]; then
  echo 'List of available languages in "/usr/share/tessdata/" (4):'
  printf 'eng\\nosd\\npol\\nrus\\n'
  exit 0
fi
printf '%s\\n' "$@" > "\${0%/*}/arguments"
case "$1" in
  *blank*) exit 0 ;;
  *broken*) echo 'Error in pixReadStream: Unknown format' >&2; exit 1 ;;
esac
printf 'Telegram to Chicherin\\n18 August 1921\\n'
`;

  async function withPath<T>(path: string, run: () => Promise<T>): Promise<T> {
    const original = process.env.PATH;
    process.env.PATH = path;
    try {
      return await run();
    } finally {
      process.env.PATH = original;
    }
  }

  let fakeBin: string;
  before(async () => {
    fakeBin = join(dir, 'fake-bin');
    await mkdir(fakeBin);
    await writeFile(join(fakeBin, 'tesseract'), FAKE_TESSERACT, { mode: 0o755 });
  });

  test('tesseract is run on the file with the installed corpus languages', async () => {
    const path = await fixture('telegram.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
    const document = await withPath(fakeBin, () => readDocument(path));
    assert.equal(document.text, 'Telegram to Chicherin\n18 August 1921\n');
    assert.deepEqual([document.format, document.markup, document.encoding, document.bytes], ['image', 'plain', 'ocr', 4]);
    const args = (await readFile(join(fakeBin, 'arguments'), 'utf8')).trimEnd().split('\n');
    assert.deepEqual(args, [path, 'stdout', '-l', 'rus+eng+pol']);
  });

  test('an image where OCR finds nothing is refused as no-text', async () => {
    const path = await fixture('blank.tiff', Uint8Array.from([0x49, 0x49, 0x2a, 0]));
    await withPath(fakeBin, () => assertReadFails(path, 'no-text', /no text/));
  });

  test('a tesseract failure is reported with its message', async () => {
    const path = await fixture('broken.jpg', Uint8Array.from([0xff, 0xd8]));
    await withPath(fakeBin, () => assertReadFails(path, 'unreadable', /Unknown format/));
  });

  test('without tesseract the error names the Debian packages', async () => {
    const emptyBin = join(dir, 'empty-bin');
    await mkdir(emptyBin);
    const path = await fixture('page.jpeg', Uint8Array.from([0xff, 0xd8]));
    await withPath(emptyBin, () => assertReadFails(path, 'tool-missing', /tesseract-ocr\b.*tesseract-ocr-rus/));
  });
});
