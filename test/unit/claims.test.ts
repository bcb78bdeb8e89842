import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractFiles, type Extraction } from '../../src/extract/index.js';
import type { ClaimGroup, QuantityMention } from '../../src/model.js';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'seeds', 'texts');

/** The claims of a corpus of texts, each written to a file of its own. */
async function claimsOf(...texts: string[]): Promise<ClaimGroup[]> {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-claims-'));
  const paths = texts.map((text, i) => {
    const path = join(folder, `${i}.txt`);
    writeFileSync(path, text);
    return path;
  });
  const { resolution, failures } = await extractFiles(paths);
  assert.deepEqual(failures, []);
  return resolution.claims;
}

function groupsOf(claims: readonly ClaimGroup[], item: string): ClaimGroup[] {
  return claims.filter((group) => group.item === item);
}

function only(claims: readonly ClaimGroup[], item: string): ClaimGroup {
  const groups = groupsOf(claims, item);
  assert.equal(groups.length, 1, `one group of ${item}: ${JSON.stringify(groups.map((group) => group.readings))}`);
  return groups[0]!;
}

function values(group: ClaimGroup): Array<number | string> {
  return group.readings.map((reading) => reading.value).sort();
}

describe('claims on the seeds', () => {
  let extraction: Extraction;
  before(async () => {
    extraction = await extractFiles(readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => join(seeds, name)));
  });

  /** The sources with a quantity of this kind and value. */
  function sourcesGiving(unit: string, value: number): string[] {
    return extraction.sources
      .filter((source) => source.mentions.some((mention) => mention.kind === 'quantity' && mention.value.unit === unit && mention.value.value === value))
      .map((source) => source.id)
      .sort();
  }

  function groupWith(unit: string, value: number): ClaimGroup {
    const groups = extraction.resolution.claims.filter((group) => group.kind === 'quantity' && group.item === unit && group.readings.some((reading) => reading.value === value));
    assert.equal(groups.length, 1, `one group of ${value} ${unit}`);
    return groups[0]!;
  }

  it('gathers the sources that give 39,000 rifles into one agreeing group', () => {
    const givers = sourcesGiving('rifle', 39000);
    assert.ok(givers.length >= 2);
    const rifles = groupWith('rifle', 39000);
    assert.equal(rifles.status, 'agree');
    assert.deepEqual([...new Set(rifles.statements.map((statement) => statement.source))].sort(), givers);
    assert.ok(rifles.statements.every((statement) => statement.passage.includes(statement.text)));
  });

  it('agrees on machine guns and shells given in the same lists', () => {
    for (const [unit, value] of [['machine gun', 327], ['shell', 147000]] as const) {
      const group = groupWith(unit, value);
      assert.equal(group.status, 'agree', unit);
      assert.equal(group.sources, sourcesGiving(unit, value).length, unit);
    }
  });

  it('has the cannons and cartridges from one source only', () => {
    for (const unit of ['cannon', 'cartridge']) {
      const group = only(extraction.resolution.claims, unit);
      assert.equal(group.status, 'single', unit);
      assert.equal(group.sources, 1, unit);
    }
  });

  it('keeps the last installment apart from the total, without a conflict', () => {
    const installment = groupWith('gold ruble', 3500000);
    const total = groupWith('gold ruble', 10000000);
    assert.notEqual(installment.id, total.id);
    assert.equal(installment.status, 'agree');
    assert.ok(installment.statements.some((statement) => statement.role === 'part' && statement.part === 'last'));
    assert.ok(installment.sources >= 2);
    // `10 млн деньгами` (money, no currency named) agrees with `10 000 000 gold rubles`.
    assert.equal(total.status, 'agree');
    assert.ok(total.sources >= 2);
    assert.ok(!extraction.resolution.claims.some((group) => group.status === 'conflict' && /ruble/.test(group.item)));
  });

  it('gives each quantity mention with an item at most one group', () => {
    const counted = extraction.sources.flatMap((source) =>
      source.mentions.flatMap((mention, index) => (mention.kind === 'quantity' && (mention as QuantityMention).value.item ? [`${source.id}:${index}`] : [])),
    );
    const grouped = extraction.resolution.claims.filter((group) => group.kind === 'quantity').flatMap((group) => group.statements.map((s) => `${s.source}:${s.mention}`));
    assert.equal(new Set(grouped).size, grouped.length);
    for (const ref of counted) assert.ok(grouped.includes(ref), ref);
  });

  it('orders conflicts first, then groups of more sources', () => {
    const claims = extraction.resolution.claims;
    const rank = (group: ClaimGroup) => [group.status === 'conflict' ? 0 : 1, -group.sources];
    for (let i = 1; i < claims.length; i++) {
      const [a, b] = [rank(claims[i - 1]!), rank(claims[i]!)];
      assert.ok(a[0]! < b[0]! || (a[0] === b[0] && a[1]! <= b[1]!), `${claims[i - 1]!.item} before ${claims[i]!.item}`);
    }
  });
});

describe('claims on texts of our own', () => {
  const AID_EN = 'The Soviet government supported the Turkish nationalists with weapons and money throughout the war.';
  const AID_RU = 'Советское правительство поддерживало турецких националистов оружием и деньгами на протяжении всей войны.';

  it('finds a conflict when two sources give different figures for the same aid', async () => {
    const claims = await claimsOf(
      `${AID_EN} In 1921 Soviet Russia sent Ankara 40,000 rifles and 327 machine guns. The weapons arrived through Batumi.`,
      `${AID_RU} В 1921 г. Советская Россия передала Анкаре 39 тыс. винтовок и 327 пулеметов. Оружие пришло через Батум.`,
    );
    const rifles = only(claims, 'rifle');
    assert.equal(rifles.status, 'conflict');
    assert.deepEqual(values(rifles), [39000, 40000]);
    assert.match(rifles.difference ?? '', /40,000 .* vs 39,000|39,000 .* vs 40,000/);
    assert.equal(only(claims, 'machine gun').status, 'agree');
    assert.equal(claims[0]!.id, rifles.id, 'conflicts first');
  });

  it('takes a town for part of its country, but two towns for two places', async () => {
    const moscow = await claimsOf(
      `${AID_EN} In 1921 Soviet Russia sent Ankara 40,000 rifles.`,
      `${AID_RU} В 1921 г. Москва передала Анкаре 39 тыс. винтовок.`,
    );
    assert.equal(only(moscow, 'rifle').status, 'conflict');
    const towns = await claimsOf(`${AID_EN} In 1921 Soviet Russia sent 40,000 rifles to Erzurum.`, `${AID_EN} In 1921 Soviet Russia sent 39,000 rifles to Ankara.`);
    assert.deepEqual(groupsOf(towns, 'rifle').map((group) => group.status), ['single', 'single']);
  });

  it('finds a conflict between sentences that name nobody but tell of the same thing in the same words', async () => {
    const claims = await claimsOf(
      'The war in Anatolia went on for three years. Soviet aid to the Kemalists included 40,000 rifles and much ammunition.',
      'The war in Anatolia went on for three years. The Soviet aid included 39,000 rifles, according to the archives.',
    );
    assert.equal(only(claims, 'rifle').status, 'conflict');
  });

  it('finds a conflict between near figures both sentences date alike, though they name different actors', async () => {
    const claims = await claimsOf(
      'The Turkish war of independence depended on foreign arms. According to Soviet archives, Moscow supplied the Kemalists with 40,000 rifles in 1921.',
      'The Turkish war of independence depended on foreign arms. In 1921 the Bolsheviks delivered 39,000 rifles to Mustafa Kemal.',
    );
    assert.equal(only(claims, 'rifle').status, 'conflict');
  });

  it('finds a conflict when two sources date the same treaty differently', async () => {
    const claims = await claimsOf(
      'The Treaty of Kars was signed on 13 October 1921 by Turkey and the Soviet republics of the Caucasus. It confirmed the border drawn in Moscow.',
      'Карсский договор был подписан 23 октября 1921 г. представителями Турции и закавказских республик. Он подтвердил границу, установленную в Москве.',
      'The Treaty of Kars (October 1921) fixed the border between Turkey and the Soviet republics for the rest of the century.',
    );
    const treaty = claims.find((group) => group.kind === 'date');
    assert.ok(treaty, 'a date group of the treaty');
    assert.equal(treaty.status, 'conflict');
    assert.deepEqual(values(treaty), ['1921-10-13', '1921-10-23']);
    // `October 1921` fits either day: it is no third reading.
    assert.equal(treaty.sources, 3);
  });

  it('agrees when two sources give the same date at different precision', async () => {
    const claims = await claimsOf(
      'The Treaty of Kars was signed on 13 October 1921 by Turkey and the Soviet republics of the Caucasus. It confirmed the border drawn in Moscow.',
      'The Treaty of Kars (October 1921) fixed the border between Turkey and the Soviet republics for the rest of the century.',
    );
    const treaty = claims.find((group) => group.kind === 'date');
    assert.equal(treaty?.status, 'agree');
  });

  it('agrees when the same figure is given in two languages', async () => {
    const claims = await claimsOf(
      `${AID_EN} In 1920 Soviet Russia delivered 6,000 rifles and two destroyers to Ankara.`,
      `${AID_RU} В 1920 г. Советская Россия доставила в Анкару 6 тыс. винтовок и два миноносца.`,
    );
    const rifles = only(claims, 'rifle');
    assert.equal(rifles.status, 'agree');
    assert.equal(rifles.sources, 2);
    assert.equal(only(claims, 'destroyer').status, 'agree');
  });

  it('lets an approximate figure agree with an exact one within tolerance', async () => {
    const claims = await claimsOf(
      `${AID_RU} В 1921 г. Советская Россия передала Анкаре около 40 тыс. винтовок.`,
      `${AID_EN} In 1921 Soviet Russia sent Ankara 39,000 rifles.`,
    );
    const rifles = only(claims, 'rifle');
    assert.equal(rifles.status, 'agree');
    assert.deepEqual(rifles.readings.map((reading) => [reading.value, reading.approximate, reading.sources.length]), [[39000, false, 2]]);
  });

  it('does not group figures of the same item about different places', async () => {
    const claims = await claimsOf(
      `${AID_EN} In 1921 Soviet Russia sent 5,000 rifles to Armenia. The small army needed them badly.`,
      `${AID_EN} In 1921 Soviet Russia sent 8,000 rifles to Ankara. The Turkish army needed them badly.`,
    );
    const rifles = groupsOf(claims, 'rifle');
    assert.equal(rifles.length, 2);
    assert.ok(rifles.every((group) => group.status === 'single'));
  });

  it('does not group equal figures of the same item about different places', async () => {
    const claims = await claimsOf(
      `${AID_EN} In 1921 Soviet Russia sent 5,000 rifles to Armenia. The small army needed them badly.`,
      `${AID_RU} В 1921 г. Советская Россия отправила в Анкару 5 тыс. винтовок. Турецкая армия в них очень нуждалась.`,
    );
    const rifles = groupsOf(claims, 'rifle');
    assert.equal(rifles.length, 2);
    assert.ok(rifles.every((group) => group.status === 'single'));
  });

  it('does not take an installment and a total of two sources for a conflict', async () => {
    const claims = await claimsOf(
      'The Soviet government paid its subsidy to the Turkish nationalists in gold. In May 1922 the last installment of 6 million gold rubles was paid to Ankara.',
      'Altogether Soviet Russia gave Ankara 10 million gold rubles between 1920 and 1922. The first installment of 5 million gold rubles reached Ankara in 1920.',
    );
    // Figures close enough to conflict, the same place and overlapping periods: only the roles tell them apart.
    const rubles = groupsOf(claims, 'gold ruble');
    assert.equal(rubles.length, 3);
    assert.ok(rubles.every((group) => group.status === 'single'));
    assert.deepEqual(rubles.map((group) => [group.role, group.part, group.readings[0]!.value]).sort(), [
      ['part', 'first', 5000000],
      ['part', 'last', 6000000],
      ['total', undefined, 10000000],
    ]);
  });

  it('takes figures far apart for counts of different things, not a conflict', async () => {
    const claims = await claimsOf(
      `${AID_EN} In 1921 Soviet Russia sent Ankara 39,000 rifles.`,
      `${AID_EN} In 1921 Soviet Russia sent Ankara 2,000 rifles through Batumi.`,
    );
    const rifles = groupsOf(claims, 'rifle');
    assert.equal(rifles.length, 2);
    assert.ok(rifles.every((group) => group.status === 'single'));
  });

  it('takes a figure for one year, or one more delivery, for a part of a longer period\'s total', async () => {
    const further = await claimsOf(
      `${AID_RU} В 1920 г. в Анкару было доставлено 6 тыс. винтовок. В 1921 г. Анкара получила еще 33 тыс. винтовок.`,
      `${AID_RU} Всего в 1920–1921 гг. Анкара получила 39 тыс. винтовок.`,
    );
    assert.ok(groupsOf(further, 'rifle').every((group) => group.status === 'single'));
    assert.ok(groupsOf(further, 'rifle').some((group) => group.role === 'part' && group.readings[0]!.value === 33000));
    const year = await claimsOf(
      `${AID_EN} In 1921 Ankara received 33,000 rifles from Soviet Russia.`,
      `${AID_EN} Between 1920 and 1922 Ankara received 39,000 rifles from Soviet Russia.`,
    );
    assert.deepEqual(groupsOf(year, 'rifle').map((group) => group.status), ['single', 'single']);
  });

  it('does not take figures of people about one town for a conflict: they may count different people', async () => {
    const claims = await claimsOf(
      'The war brought great suffering to the border towns. In 1921 about 5,000 people were killed in Kars.',
      'The war brought great suffering to the border towns. In 1921 8,000 people were deported from Kars.',
    );
    const people = groupsOf(claims, 'person');
    assert.equal(people.length, 2);
    assert.ok(people.every((group) => group.status === 'single'));
  });

  it('keeps two close figures of one sentence apart, and pairs an approximate figure with the equal one', async () => {
    const claims = await claimsOf(
      'The battle lasted three weeks. In August 1921 the Greek army lost about 4,000 soldiers at the Sakarya. The Turkish army lost 5,700 soldiers.',
      'The battle on the Sakarya was the turning point. In 1921 the Turkish army lost 3,700 soldiers there, the Greek army about 4,000 soldiers.',
    );
    const soldiers = groupsOf(claims, 'soldier');
    for (const group of soldiers) {
      const sentences = group.statements.map((statement) => `${statement.source} ${statement.passage}`);
      assert.equal(new Set(sentences).size, sentences.length, `one statement per sentence in ${JSON.stringify(group.readings)}`);
    }
    const greek = soldiers.find((group) => group.sources === 2);
    assert.deepEqual(greek?.readings.map((reading) => [reading.value, reading.approximate]), [[4000, true]]);
  });

  it('lets money in no named currency agree with an equal sum in a currency, never conflict with one', async () => {
    const claims = await claimsOf(
      `${AID_RU} В 1920 г. Советская Россия обещала Анкаре 5 млн деньгами.`,
      `${AID_EN} In 1920 Soviet Russia promised Ankara 5 million Turkish lira.`,
      `${AID_EN} In 1920 Soviet Russia promised Ankara 4 million gold rubles.`,
    );
    const lira = only(claims, 'Turkish lira');
    assert.equal(lira.status, 'agree');
    assert.equal(lira.sources, 2);
    assert.equal(only(claims, 'gold ruble').status, 'single');
  });

  it('does not compare sums in different currencies', async () => {
    const claims = await claimsOf(
      `${AID_EN} In 1920 Soviet Russia promised Ankara 5 million gold rubles.`,
      `${AID_RU} В 1920 г. Анкара просила у Советской России пять миллионов турецких лир золотом.`,
    );
    assert.equal(only(claims, 'gold ruble').status, 'single');
    assert.equal(only(claims, 'Turkish lira').status, 'single');
  });
});
