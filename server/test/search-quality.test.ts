import { DEV_HELDOUT, DEV_NO_ANSWER, DEV_TUNE } from '@hcc/shared/search/dev-set';
import { AMBIG_DEV } from '@hcc/shared/search/ambig-set';
import { ELDERLY_DEV, ELDERLY_HELDOUT } from '@hcc/shared/search/elderly-set';
import { RURAL_BATCH } from '@hcc/shared/search/rural-batch';
import { SENSE_BATCH, SENSE_HELD, SENSE_NO_ANSWER, SENSE_TUNE } from '@hcc/shared/search/sense-batch';
import { ELDERLY3_HELD, ELDERLY3_MORE, ELDERLY3_NO_ANSWER, ELDERLY3_TUNE } from '@hcc/shared/search/elderly3-batch';
import { RANK3_HELD, RANK3_NO_ANSWER, RANK3_TUNE } from '@hcc/shared/search/rank3-batch';
import { ELDERLY4_HELD, ELDERLY4_MORE, ELDERLY4_NO_ANSWER, ELDERLY4_TUNE } from '@hcc/shared/search/elderly4-batch';
import { RURAL4_HELD, RURAL4_NO_ANSWER, RURAL4_TUNE } from '@hcc/shared/search/rural4-batch';
import { ELDERLY5_HELD, ELDERLY5_MORE, ELDERLY5_NO_ANSWER, ELDERLY5_TUNE } from '@hcc/shared/search/elderly5-batch';
import { ELDERLY6_HELD, ELDERLY6_NO_ANSWER, ELDERLY6_TUNE } from '@hcc/shared/search/elderly6-batch';
import { RURAL5_HELD, RURAL5_NO_ANSWER, RURAL5_TUNE } from '@hcc/shared/search/rural5-batch';
import { ELDERLY7_HELD, ELDERLY7_MORE, ELDERLY7_NO_ANSWER, ELDERLY7_TUNE } from '@hcc/shared/search/elderly7-batch';
import { MIXED9_HELD, MIXED9_NO_ANSWER, MIXED9_TUNE } from '@hcc/shared/search/mixed9-batch';
import { ELDERLY8_HELD, ELDERLY8_MORE, ELDERLY8_NO_ANSWER, ELDERLY8_TUNE } from '@hcc/shared/search/elderly8-batch';
import { TRADE11_HELD, TRADE11_NO_ANSWER, TRADE11_TUNE } from '@hcc/shared/search/trade11-batch';
import { SOCIAL15_HELD, SOCIAL15_NO_ANSWER, SOCIAL15_TUNE } from '@hcc/shared/search/social15-batch';
import { LONGQ16_HELD, LONGQ16_NO_ANSWER, LONGQ16_TUNE } from '@hcc/shared/search/longq16-batch';
import { REASON21_HELD, REASON21_NO_ANSWER, REASON21_TUNE } from '@hcc/shared/search/reason21-batch';
import { HOTICH12_HELD, HOTICH12_NO_ANSWER, HOTICH12_TUNE } from '@hcc/shared/search/hotich12-batch';
import { RURAL20_HELD, RURAL20_NO_ANSWER, RURAL20_TUNE } from '@hcc/shared/search/rural20-batch';
import { PLAN10_HELD, PLAN10_NO_ANSWER, PLAN10_TUNE } from '@hcc/shared/search/plan10-batch';
import { RESID14_HELD, RESID14_NO_ANSWER, RESID14_TUNE } from '@hcc/shared/search/resid14-batch';
import { LAND13_HELD, LAND13_NO_ANSWER, LAND13_TUNE } from '@hcc/shared/search/land13-batch';
import { BIZ17_HELD, BIZ17_NO_ANSWER, BIZ17_TUNE } from '@hcc/shared/search/biz17-batch';
import { JUSTICE18_HELD, JUSTICE18_NO_ANSWER, JUSTICE18_TUNE } from '@hcc/shared/search/justice18-batch';
import { LAND24_HELD, LAND24_NO_ANSWER, LAND24_TUNE } from '@hcc/shared/search/land24-batch';
import { WELFARE23_HELD, WELFARE23_NO_ANSWER, WELFARE23_TUNE } from '@hcc/shared/search/welfare23-batch';
import { ELDERLY9_HELD, ELDERLY9_NO_ANSWER, ELDERLY9_TUNE } from '@hcc/shared/search/elderly9-batch';
import { FIELDS27_HELD, FIELDS27_NO_ANSWER, FIELDS27_TUNE } from '@hcc/shared/search/fields27-batch';
import { TYPED26_HELD, TYPED26_NO_ANSWER, TYPED26_TUNE } from '@hcc/shared/search/typed26-batch';
import { SENSE25_HELD, SENSE25_NO_ANSWER, SENSE25_TUNE } from '@hcc/shared/search/sense25-batch';
import { CIVIL29_HELD, CIVIL29_NO_ANSWER, CIVIL29_TUNE } from '@hcc/shared/search/civil29-batch';
import { ELDERLY10_HELD, ELDERLY10_NO_ANSWER, ELDERLY10_TUNE } from '@hcc/shared/search/elderly10-batch';
import { ELDERLY11_HELD, ELDERLY11_NO_ANSWER, ELDERLY11_TUNE } from '@hcc/shared/search/elderly11-batch';
import { ELDERLY13_HELD, ELDERLY13_NO_ANSWER, ELDERLY13_TUNE } from '@hcc/shared/search/elderly13-batch';
import { ASK34_HELD, ASK34_NO_ANSWER, ASK34_TUNE } from '@hcc/shared/search/ask34-batch';
import { LAND28_HELD, LAND28_NO_ANSWER, LAND28_TUNE } from '@hcc/shared/search/land28-batch';
import { RESID30_HELD, RESID30_NO_ANSWER, RESID30_TUNE } from '@hcc/shared/search/resid30-batch';
import { SOCIAL31_HELD, SOCIAL31_NO_ANSWER, SOCIAL31_TUNE } from '@hcc/shared/search/social31-batch';
import { FIELDS35_HELD, FIELDS35_NO_ANSWER, FIELDS35_TUNE } from '@hcc/shared/search/fields35-batch';
import { YOUNG33_HELD, YOUNG33_NO_ANSWER, YOUNG33_TUNE } from '@hcc/shared/search/young33-batch';
import { ELDERLY14_HELD, ELDERLY14_NO_ANSWER, ELDERLY14_TUNE } from '@hcc/shared/search/elderly14-batch';
import { CERTIFY38_HELD, CERTIFY38_NO_ANSWER, CERTIFY38_TUNE } from '@hcc/shared/search/certify38-batch';
import { ELDERLY12_HELD, ELDERLY12_NO_ANSWER, ELDERLY12_TUNE } from '@hcc/shared/search/elderly12-batch';
import { RURAL32_HELD, RURAL32_NO_ANSWER, RURAL32_TUNE } from '@hcc/shared/search/rural32-batch';
import { RURAL36_HELD, RURAL36_NO_ANSWER, RURAL36_TUNE } from '@hcc/shared/search/rural36-batch';
import { STORY37_HELD, STORY37_NO_ANSWER, STORY37_TUNE } from '@hcc/shared/search/story37-batch';
import { SPOKEN41_HELD, SPOKEN41_NO_ANSWER, SPOKEN41_SLIPS, SPOKEN41_TUNE } from '@hcc/shared/search/spoken41-batch';
import { TWINS39_HELD, TWINS39_NO_ANSWER, TWINS39_TUNE } from '@hcc/shared/search/twins39-batch';
import { PLAIN40_HELD, PLAIN40_NO_ANSWER, PLAIN40_TUNE } from '@hcc/shared/search/plain40-batch';
import { ELDERLY15_HELD, ELDERLY15_NO_ANSWER, ELDERLY15_TUNE } from '@hcc/shared/search/elderly15-batch';
import { ELDERLY16_HELD, ELDERLY16_NO_ANSWER, ELDERLY16_TUNE } from '@hcc/shared/search/elderly16-batch';
import { HOUSE44_HELD, HOUSE44_NO_ANSWER, HOUSE44_TUNE } from '@hcc/shared/search/house44-batch';
import { FOREST42_HELD, FOREST42_NO_ANSWER, FOREST42_TUNE } from '@hcc/shared/search/forest42-batch';
import { TAX43_HELD, TAX43_NO_ANSWER, TAX43_TUNE } from '@hcc/shared/search/tax43-batch';
import { FIRM50_HELD, FIRM50_NO_ANSWER, FIRM50_TUNE } from '@hcc/shared/search/firm50-batch';
import { LAND51_HELD, LAND51_NO_ANSWER, LAND51_TUNE } from '@hcc/shared/search/land51-batch';
import { ABROAD52_HELD, ABROAD52_NO_ANSWER, ABROAD52_TUNE } from '@hcc/shared/search/abroad52-batch';
import { ELDERLY60_HELD, ELDERLY60_NO_ANSWER, ELDERLY60_TUNE } from '@hcc/shared/search/elderly60-batch';
import { LAND57_HELD, LAND57_NO_ANSWER, LAND57_TUNE } from '@hcc/shared/search/land57-batch';
import { FARM54_HELD, FARM54_NO_ANSWER, FARM54_TUNE } from '@hcc/shared/search/farm54-batch';
import { DUES58_HELD, DUES58_NO_ANSWER, DUES58_TUNE } from '@hcc/shared/search/dues58-batch';
import { COURT55_HELD, COURT55_NO_ANSWER, COURT55_TUNE } from '@hcc/shared/search/court55-batch';
import { HOME56_HELD, HOME56_NO_ANSWER, HOME56_TUNE } from '@hcc/shared/search/home56-batch';
import { HOTICH53_HELD, HOTICH53_NO_ANSWER, HOTICH53_TUNE } from '@hcc/shared/search/hotich53-batch';
import { SOUTH48_HELD, SOUTH48_NO_ANSWER, SOUTH48_TUNE } from '@hcc/shared/search/south48-batch';
import { OLDNAMES49_HELD, OLDNAMES49_NO_ANSWER, OLDNAMES49_TUNE } from '@hcc/shared/search/oldnames49-batch';
import { LONGQ45_HELD, LONGQ45_NO_ANSWER, LONGQ45_TUNE } from '@hcc/shared/search/longq45-batch';
import { MARKS47_HELD, MARKS47_NO_ANSWER, MARKS47_TUNE } from '@hcc/shared/search/marks47-batch';
import { OFFICE46_HELD, OFFICE46_NO_ANSWER, OFFICE46_TUNE } from '@hcc/shared/search/office46-batch';
import { MINORITY59_HELD, MINORITY59_NO_ANSWER, MINORITY59_TUNE } from '@hcc/shared/search/minority59-batch';
import { HOME62_HELD, HOME62_NO_ANSWER, HOME62_TUNE } from '@hcc/shared/search/home62-batch';
import { ELDERLY61_HELD, ELDERLY61_NO_ANSWER, ELDERLY61_TUNE } from '@hcc/shared/search/elderly61-batch';
import { MONEY64_HELD, MONEY64_NO_ANSWER, MONEY64_TUNE } from '@hcc/shared/search/money64-batch';
import { NATURE63_HELD, NATURE63_NO_ANSWER, NATURE63_TUNE } from '@hcc/shared/search/nature63-batch';
import { RURAL69_HELD, RURAL69_NO_ANSWER, RURAL69_TUNE } from '@hcc/shared/search/rural69-batch';
import { HOTICH65_HELD, HOTICH65_NO_ANSWER, HOTICH65_TUNE } from '@hcc/shared/search/hotich65-batch';
import { ELDERLY70_HELD, ELDERLY70_NO_ANSWER, ELDERLY70_TUNE } from '@hcc/shared/search/elderly70-batch';
import { HOTICH71_HELD, HOTICH71_NO_ANSWER, HOTICH71_TUNE } from '@hcc/shared/search/hotich71-batch';
import { STORY72_HELD, STORY72_NO_ANSWER, STORY72_TUNE } from '@hcc/shared/search/story72-batch';
import { SOUTH73_HELD, SOUTH73_NO_ANSWER, SOUTH73_TUNE } from '@hcc/shared/search/south73-batch';
import { ELDERLY74_HELD, ELDERLY74_NO_ANSWER, ELDERLY74_TUNE } from '@hcc/shared/search/elderly74-batch';
import { FAMILY75_HELD, FAMILY75_NO_ANSWER, FAMILY75_TUNE } from '@hcc/shared/search/family75-batch';
import { SHORT76_HELD, SHORT76_NO_ANSWER, SHORT76_TUNE } from '@hcc/shared/search/short76-batch';
import { ENGLISH77_HELD, ENGLISH77_NO_ANSWER, ENGLISH77_TUNE } from '@hcc/shared/search/english77-batch';
import { ELDERLY79_HELD, ELDERLY79_NO_ANSWER, ELDERLY79_TUNE } from '@hcc/shared/search/elderly79-batch';
import { ELDERLY81_HELD, ELDERLY81_NO_ANSWER, ELDERLY81_TUNE } from '@hcc/shared/search/elderly81-batch';
import { ELDERLY82_HELD, ELDERLY82_NO_ANSWER, ELDERLY82_TUNE } from '@hcc/shared/search/elderly82-batch';
import { CITY83_HELD, CITY83_NO_ANSWER, CITY83_TUNE } from '@hcc/shared/search/city83-batch';
import { PLAIN84_HELD, PLAIN84_NO_ANSWER, PLAIN84_TUNE } from '@hcc/shared/search/plain84-batch';
import { ELDERLY85_HELD, ELDERLY85_NO_ANSWER, ELDERLY85_TUNE } from '@hcc/shared/search/elderly85-batch';
import { STORY86_HELD, STORY86_NO_ANSWER, STORY86_TUNE } from '@hcc/shared/search/story86-batch';
import { HILL87_HELD, HILL87_NO_ANSWER, HILL87_TUNE } from '@hcc/shared/search/hill87-batch';
import { ELDERLY88_HELD, ELDERLY88_NO_ANSWER, ELDERLY88_TUNE } from '@hcc/shared/search/elderly88-batch';
import { RETIRED89_HELD, RETIRED89_NO_ANSWER, RETIRED89_TUNE } from '@hcc/shared/search/retired89-batch';
import { VOICE90_HELD, VOICE90_NO_ANSWER, VOICE90_TUNE } from '@hcc/shared/search/voice90-batch';
import { CIVIL92_HELD, CIVIL92_NO_ANSWER, CIVIL92_TUNE } from '@hcc/shared/search/civil92-batch';
import { LAND91_HELD, LAND91_NO_ANSWER, LAND91_TUNE } from '@hcc/shared/search/land91-batch';
import { TRADE93_HELD, TRADE93_NO_ANSWER, TRADE93_TUNE } from '@hcc/shared/search/trade93-batch';
import { MIXED94_HELD, MIXED94_NO_ANSWER, MIXED94_TUNE } from '@hcc/shared/search/mixed94-batch';
import { ELDERLY95_HELD, ELDERLY95_NO_ANSWER, ELDERLY95_TUNE } from '@hcc/shared/search/elderly95-batch';
import { PROVINCE96_HELD, PROVINCE96_NO_ANSWER, PROVINCE96_TUNE } from '@hcc/shared/search/province96-batch';
import { ENGLISH78_HELD, ENGLISH78_NO_ANSWER, ENGLISH78_TUNE } from '@hcc/shared/search/english78-batch';
import { ENGLISH80_HELD, ENGLISH80_NO_ANSWER, ENGLISH80_TUNE } from '@hcc/shared/search/english80-batch';
import { POLICE68_HELD, POLICE68_NO_ANSWER, POLICE68_TUNE } from '@hcc/shared/search/police68-batch';
import { FOREST66_HELD, FOREST66_NO_ANSWER, FOREST66_TUNE } from '@hcc/shared/search/forest66-batch';
import { LAND67_HELD, LAND67_NO_ANSWER, LAND67_TUNE } from '@hcc/shared/search/land67-batch';
import { defaultLexicon } from '@hcc/shared/search/default-lexicon';
import { FRESH_HELDOUT, FRESH_NO_ANSWER } from '@hcc/shared/search/fresh-set';
import { HOSTILE_NO_HITS, HOSTILE_WITH_HITS } from '@hcc/shared/search/hostile-queries';
import { FOURTH_HELDOUT, FOURTH_NO_ANSWER } from '@hcc/shared/search/fourth-set';
import { THIRD_HELDOUT, THIRD_NO_ANSWER } from '@hcc/shared/search/third-set';
import { buildSearchIndex, search } from '@hcc/shared/search/engine';
import { type LabelledQuery, pct, scoreSet } from '@hcc/shared/search/evaluate';
import { QUERY_SET } from '@hcc/shared/search/query-set';
import { searchDocOf } from '@hcc/shared/search/search-doc';
import { compileGaps, gapIn } from '@hcc/shared/search/gaps';
import { CATALOGUE_GAPS, openGaps } from '@hcc/shared/search/gap-list';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCrawl, readCrawlFile } from '../src/catalogue/read-crawl';

const CRAWL = findCrawl() ?? 'server/seed/tthc/national-crawl.jsonl.gz';
let index: ReturnType<typeof buildSearchIndex>;
let gaps: ReturnType<typeof compileGaps>;
const run = (q: string) => search(index, q, { limit: 10, preferLevel: 'xa' }).hits.map((h) => h.code);

beforeAll(async () => {
  const { procedures } = await readCrawlFile(CRAWL);
  index = buildSearchIndex(procedures.map(searchDocOf), defaultLexicon());
  gaps = compileGaps(openGaps(procedures));
}, 60_000);

/**
 * Floors on the sets the engine was not tuned on (the held-out half of the development set, and the old
 * 73 queries). The goal is top-3 ≥ 95 % and top-1 ≥ 80 % on independent queries; these floors are
 * what the engine reaches today (see BENCHMARKS.md), so a change that loses ground fails here.
 */
const FLOORS: [string, readonly LabelledQuery[], { top1: number; top3: number }][] = [
  ['held-out half of the development set', DEV_HELDOUT, { top1: 0.84, top3: 0.95 }],
  ['second held-out set, written in another sitting', FRESH_HELDOUT, { top1: 0.9, top3: 0.96 }],
  // Written by a third session before it looked at any miss; the fourth session then studied its misses (a development set since).
  ['third set, written in a third sitting', THIRD_HELDOUT, { top1: 0.8, top3: 0.94 }],
  // Written by a fourth session before any change, its misses never read: the honest figure on unseen phrasing.
  ['fourth held-out set, written in a fourth sitting', FOURTH_HELDOUT, { top1: 0.8, top3: 0.89 }],
  ['old 73-query set', QUERY_SET, { top1: 0.89, top3: 0.97 }],
  ['tuning half of the development set', DEV_TUNE, { top1: 0.92, top3: 0.98 }],
  // The development batches of 6 Dec 2026 (tuned on), a query's margin below what the three rounds reached together.
  // The elderly voice's batch (elderly-set.ts): parts one and two tuned on, part three kept back.
  ['elderly development batch', ELDERLY_DEV, { top1: 0.82, top3: 0.95 }],
  ['rural voice development batch', RURAL_BATCH, { top1: 0.82, top3: 0.92 }],
  ['shared words across kinds, levels and readings', AMBIG_DEV, { top1: 0.82, top3: 0.94 }],
  // Word sense in the rural and young voices (sense-batch.ts): the tune half tuned on, the held half scored only.
  ['word sense batch, tune half', SENSE_TUNE, { top1: 0.86, top3: 0.94 }],
  ['word sense batch, held half', SENSE_HELD, { top1: 0.75, top3: 0.78 }],
  ['elderly batch, part kept back', ELDERLY_HELDOUT, { top1: 0.6, top3: 0.82 }],
  // The elderly voice's third round (elderly3-batch.ts), a query's margin below what it reached: the tune half and the
  // later sittings tuned on, the held half scored only (75.7 / 83.8 %).
  ['elderly third batch, tune half', ELDERLY3_TUNE, { top1: 0.94, top3: 0.97 }],
  ['elderly third batch, later sittings', ELDERLY3_MORE, { top1: 0.95, top3: 0.95 }],
  ['elderly third batch, held half', ELDERLY3_HELD, { top1: 0.72, top3: 0.81 }],
  // Near-identical procedures in mixed voices (rank3-batch.ts), a query's margin below what they reached before any
  // change (tune 96.3 / 100 %, held 92.6 / 100 %): the tune half's misses read, the held half scored only.
  ['near-twin procedures batch, tune half', RANK3_TUNE, { top1: 0.92, top3: 0.96 }],
  ['near-twin procedures batch, held half', RANK3_HELD, { top1: 0.88, top3: 0.96 }],
  // The fourth round (elderly4-batch.ts), a query's margin below what it reached: tune half 87.9 / 100 %, the second
  // sitting 90 / 100 %, the held half scored only (84.8 / 90.9 %).
  ['elderly fourth batch, tune half', ELDERLY4_TUNE, { top1: 0.84, top3: 0.96 }],
  ['elderly fourth batch, second sitting', ELDERLY4_MORE, { top1: 0.8, top3: 0.9 }],
  ['elderly fourth batch, held half', ELDERLY4_HELD, { top1: 0.81, top3: 0.87 }],
  // The rural voice's fourth round (rural4-batch.ts), a query's margin below what it reached: the tune half tuned on
  // (96.7 / 100 %), the held half scored only (73.3 / 80.0 %).
  ['rural fourth batch, tune half', RURAL4_TUNE, { top1: 0.93, top3: 0.96 }],
  ['rural fourth batch, held half', RURAL4_HELD, { top1: 0.7, top3: 0.76 }],
  // The elderly voice's fifth round over family and identity papers (elderly5-batch.ts), a query's margin below what it
  // reached: the tune half tuned on (100 / 100 %), the held half scored only (80.0 / 91.4 %; 74.3 / 91.4 % before).
  ['elderly fifth batch, tune half', ELDERLY5_TUNE, { top1: 0.97, top3: 0.97 }],
  ['elderly fifth batch, held half', ELDERLY5_HELD, { top1: 0.77, top3: 0.88 }],
  // …and its second sitting, tuned on (82.1 / 92.9 %; 53.6 / 67.9 % blind).
  ['elderly fifth batch, second sitting', ELDERLY5_MORE, { top1: 0.78, top3: 0.89 }],
  // The elderly voice's sixth round (elderly6-batch.ts: land, building, trade, vehicles, farming, insurance), a query's
  // margin below what it reached: the tune half tuned on (100 / 100 %), the held half scored only (85.7 / 96.4 %).
  ['elderly sixth batch, tune half', ELDERLY6_TUNE, { top1: 0.96, top3: 0.96 }],
  ['elderly sixth batch, held half', ELDERLY6_HELD, { top1: 0.82, top3: 0.92 }],
  // The rural and young voices' fifth round (rural5-batch.ts: typos, regional spellings, shorthand), a query's margin
  // below what it reached: the tune half tuned on (97.3 / 100 %), the held half scored only (91.9 / 91.9 %).
  ['rural and young fifth batch, tune half', RURAL5_TUNE, { top1: 0.94, top3: 0.97 }],
  ['rural and young fifth batch, held half', RURAL5_HELD, { top1: 0.89, top3: 0.89 }],
  // The elderly voice's seventh round over passports, justice records, certification, family land deals, wills, merit
  // and health cards (elderly7-batch.ts), a query's margin below what it reached: the tune half tuned on (96.3 / 100 %;
  // 74.1 / 81.5 % blind), the held half scored only (65.4 / 80.8 %; 65.4 / 76.9 % before).
  ['elderly seventh batch, tune half', ELDERLY7_TUNE, { top1: 0.92, top3: 0.96 }],
  ['elderly seventh batch, held half', ELDERLY7_HELD, { top1: 0.61, top3: 0.76 }],
  // …and its second sitting, tuned on (86.2 / 93.1 %; 69.0 / 79.3 % blind).
  ['elderly seventh batch, second sitting', ELDERLY7_MORE, { top1: 0.82, top3: 0.89 }],
  // The mixed voices' ninth round over the paper held, who sent the citizen and what for (mixed9-batch.ts), a query's
  // margin below what it reached: the tune half tuned on (96.2 / 100 %; 92.3 / 96.2 % blind), the held half scored
  // only (92.3 / 100 %, as blind).
  ['mixed ninth batch, tune half', MIXED9_TUNE, { top1: 0.92, top3: 0.96 }],
  ['mixed ninth batch, held half', MIXED9_HELD, { top1: 0.88, top3: 0.96 }],
  // The elderly voice's eighth round over trades, family firms, vehicles, boats, farms, forests, building and papers
  // named by their look (elderly8-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %;
  // 76.2 / 85.7 % blind), the held half scored only (71.4 / 76.2 %, as before).
  ['elderly eighth batch, tune half', ELDERLY8_TUNE, { top1: 0.95, top3: 0.95 }],
  ['elderly eighth batch, held half', ELDERLY8_HELD, { top1: 0.66, top3: 0.71 }],
  // …and its second sitting, tuned on (100 / 100 %; 77.3 / 86.4 % blind).
  ['elderly eighth batch, second sitting', ELDERLY8_MORE, { top1: 0.95, top3: 0.95 }],
  // The three voices' eleventh round over the security-and-order trades and residence (trade11-batch.ts), a query's
  // margin below what it reached: the tune half tuned on (100 / 100 %; 95.5 / 100 % blind), the held half scored only
  // (81.8 / 90.9 %, as blind).
  ['trades and residence eleventh batch, tune half', TRADE11_TUNE, { top1: 0.95, top3: 0.95 }],
  ['trades and residence eleventh batch, held half', TRADE11_HELD, { top1: 0.77, top3: 0.86 }],
  // The three voices' twelfth round over civil status and certification (hotich12-batch.ts), a query's margin below
  // what it reached: the tune half tuned on (95.6 / 97.8 %; 77.8 / 88.9 % before), the held half scored only
  // (91.1 / 97.8 %, as before).
  ['civil status and certification twelfth batch, tune half', HOTICH12_TUNE, { top1: 0.93, top3: 0.95 }],
  ['civil status and certification twelfth batch, held half', HOTICH12_HELD, { top1: 0.88, top3: 0.95 }],
  // The three voices' tenth round over planning and building permits (plan10-batch.ts), a query's margin below what it
  // reached: the tune half tuned on (95 / 100 %; 50 / 75 % blind), the held half scored only (90 / 90 %; 75 / 85 % before).
  ['planning and building batch, tune half', PLAN10_TUNE, { top1: 0.9, top3: 0.95 }],
  ['planning and building batch, held half', PLAN10_HELD, { top1: 0.85, top3: 0.85 }],
  // The three voices' fifteenth round over social protection and livelihoods (social15-batch.ts), a query's margin below
  // what it reached: the tune half tuned on (100 / 100 %, as before), the held half scored only (89.3 / 96.4 %; 85.7 /
  // 96.4 % before).
  ['social protection fifteenth batch, tune half', SOCIAL15_TUNE, { top1: 0.96, top3: 0.96 }],
  ['social protection fifteenth batch, held half', SOCIAL15_HELD, { top1: 0.85, top3: 0.92 }],
  // The three voices' fourteenth round over residence, identity, passports, justice records and vehicles
  // (resid14-batch.ts), a query's margin below what it reached: the tune half tuned on (95.7 / 100 %; 89.1 / 95.7 %
  // before), the held half scored only (95.6 / 97.8 %, as before).
  ['residence and identity fourteenth batch, tune half', RESID14_TUNE, { top1: 0.93, top3: 0.97 }],
  ['residence and identity fourteenth batch, held half', RESID14_HELD, { top1: 0.93, top3: 0.95 }],
  // Long stories of 15 to 45 words across the fields (longq16-batch.ts), a query's margin below what they reached: the
  // tune half read for misses (73.7 / 92.1 %; 71.1 / 92.1 % before), the held half scored only (83.8 / 94.6 %; 81.1 /
  // 94.6 % before).
  ['long stories batch, tune half', LONGQ16_TUNE, { top1: 0.71, top3: 0.89 }],
  ['long stories batch, held half', LONGQ16_HELD, { top1: 0.81, top3: 0.91 }],
  // Requests that say why (reason21-batch.ts: "để", "vì", "do"…), a query's margin below what they reached: the tune
  // half read for misses (72.2 / 83.3 %; 72.2 / 77.8 % before), the held half scored only (94.4 / 100 %, as before).
  ['reasons batch, tune half', REASON21_TUNE, { top1: 0.66, top3: 0.77 }],
  ['reasons batch, held half', REASON21_HELD, { top1: 0.88, top3: 0.94 }],
  // The three voices' thirteenth round over land, housing and building (land13-batch.ts), a query's margin below what
  // it reached: the tune half tuned on (95.3 / 100 %; 79.1 / 90.7 % blind), the held half scored only (81.0 / 85.7 %,
  // as blind).
  ['land, housing and building batch, tune half', LAND13_TUNE, { top1: 0.93, top3: 0.97 }],
  ['land, housing and building batch, held half', LAND13_HELD, { top1: 0.78, top3: 0.83 }],
  // The three voices' twentieth round over the countryside's other errands: farming, animals, forestry, fisheries,
  // wells, boats and village building (rural20-batch.ts), a query's margin below what it reached: the tune half tuned
  // on (96.7 / 100 %; 83.3 / 90.0 % before), the held half scored only (86.7 / 96.7 %, as before).
  ['countryside errands twentieth batch, tune half', RURAL20_TUNE, { top1: 0.93, top3: 0.96 }],
  ['countryside errands twentieth batch, held half', RURAL20_HELD, { top1: 0.83, top3: 0.93 }],
  // The three voices' seventeenth round over businesses: shops, companies, cooperatives, investment (biz17-batch.ts), a
  // query's margin below what it reached: the tune half tuned on (97.1 / 100 %; 77.1 / 88.6 % before), the held half
  // scored only (80.0 / 88.6 %, as before).
  ['businesses seventeenth batch, tune half', BIZ17_TUNE, { top1: 0.94, top3: 0.97 }],
  ['businesses seventeenth batch, held half', BIZ17_HELD, { top1: 0.77, top3: 0.85 }],
  // The three voices' eighteenth round over complaints, mediation, legal aid, justice records and certification
  // (justice18-batch.ts), a query's margin below what it reached: the tune half tuned on (93.5 / 100 %; 74.2 / 93.5 %
  // before), the held half scored only (86.7 / 93.3 %, as before).
  ['justice and disputes eighteenth batch, tune half', JUSTICE18_TUNE, { top1: 0.9, top3: 0.96 }],
  ['justice and disputes eighteenth batch, held half', JUSTICE18_HELD, { top1: 0.83, top3: 0.9 }],
  // Land's near-twins told apart by the act (land24-batch.ts: sold, given, inherited, pledged, split, merged, lost,
  // worn, wrong), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 83.3 / 87.5 % before),
  // the held half scored only (83.3 / 87.5 %; 79.2 / 87.5 % before).
  ['land near-twins twenty-fourth batch, tune half', LAND24_TUNE, { top1: 0.95, top3: 0.95 }],
  ['land near-twins twenty-fourth batch, held half', LAND24_HELD, { top1: 0.79, top3: 0.83 }],
  // The three voices' twenty-third round over welfare, health insurance, pensions, merit, licences, vehicles and boats
  // (welfare23-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 94.7 / 94.7 %
  // before), the held half scored only (84.2 / 89.5 %, as before).
  ['welfare and transport twenty-third batch, tune half', WELFARE23_TUNE, { top1: 0.94, top3: 0.94 }],
  ['welfare and transport twenty-third batch, held half', WELFARE23_HELD, { top1: 0.78, top3: 0.84 }],
  // The elderly voice's ninth round: questions of how, where, how long, how much and with which papers
  // (elderly9-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 83.3 / 94.4 %
  // before), the held half scored only (88.2 / 94.1 %, as before).
  ['elderly ninth batch, tune half', ELDERLY9_TUNE, { top1: 0.94, top3: 0.94 }],
  ['elderly ninth batch, held half', ELDERLY9_HELD, { top1: 0.82, top3: 0.88 }],
  // The three voices' twenty-seventh round over the less common fields (fields27-batch.ts: tax, fees, boats and landings,
  // farms, water, building, legal aid, enforcement, adoption), a query's margin below what it reached: the tune half
  // tuned on (94.4 / 100 %; 66.7 / 88.9 % before), the held half scored only (82.4 / 94.1 %, as before).
  ['less common fields twenty-seventh batch, tune half', FIELDS27_TUNE, { top1: 0.88, top3: 0.94 }],
  ['less common fields twenty-seventh batch, held half', FIELDS27_HELD, { top1: 0.76, top3: 0.88 }],
  // How people type on a kiosk or a phone (typed26-batch.ts: no marks, Telex and VNI keys left in, tones left out,
  // chat shorthand, abbreviations, regional spellings, glued words), a query's margin below what it reached: the tune
  // half tuned on (100 / 100 %; 96.6 / 96.6 % before), the held half scored only (96.4 / 100 %, as before).
  ['typing habits twenty-sixth batch, tune half', TYPED26_TUNE, { top1: 0.96, top3: 0.96 }],
  ['typing habits twenty-sixth batch, held half', TYPED26_HELD, { top1: 0.92, top3: 0.96 }],
  // Near-twins told apart by what a verb is said of (sense25-batch.ts: "làm lại", "đổi", "sửa", "tách", "chuyển", "mất"
  // of a paper or a person), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 89.3 / 89.3 %
  // before), the held half scored only (88.9 / 92.6 %, as before).
  ['near-twin verbs twenty-fifth batch, tune half', SENSE25_TUNE, { top1: 0.96, top3: 0.96 }],
  ['near-twin verbs twenty-fifth batch, held half', SENSE25_HELD, { top1: 0.85, top3: 0.88 }],
  // The three voices' twenty-ninth round over civil status and certification, told by the situation (civil29-batch.ts),
  // a query's margin below what it reached: the tune half tuned on (100 / 100 %; 70.0 / 83.3 % before), the held half
  // scored only (66.7 / 83.3 %, as before).
  ['civil status twenty-ninth batch, tune half', CIVIL29_TUNE, { top1: 0.96, top3: 0.96 }],
  ['civil status twenty-ninth batch, held half', CIVIL29_HELD, { top1: 0.63, top3: 0.8 }],
  // The elderly voice's tenth round: long stories that tell the need by what happened, old names, how long and how
  // much (elderly10-batch.ts), a query's margin below what it reached: the tune half tuned on (96.9 / 100 %; 87.5 /
  // 96.9 % before), the held half scored only (87.5 / 87.5 %, as before).
  ['elderly tenth batch, tune half', ELDERLY10_TUNE, { top1: 0.93, top3: 0.96 }],
  ['elderly tenth batch, held half', ELDERLY10_HELD, { top1: 0.84, top3: 0.84 }],
  // The three voices' twenty-eighth round on land, housing, building and inheritance as a commune hears them
  // (land28-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 72.4 / 82.8 %
  // before), the held half scored only (82.1 / 85.7 %, as before).
  ['land and inheritance twenty-eighth batch, tune half', LAND28_TUNE, { top1: 0.96, top3: 0.96 }],
  ['land and inheritance twenty-eighth batch, held half', LAND28_HELD, { top1: 0.78, top3: 0.82 }],
  // Residence, identity, travel and vehicles told by the situation (resid30-batch.ts), a query's margin below what it
  // reached: the tune half tuned on (100 / 100 %; 88.5 / 100 % before), the held half scored only (92.3 / 96.2 %, as
  // before).
  ['residence, identity and vehicles thirtieth batch, tune half', RESID30_TUNE, { top1: 0.96, top3: 0.96 }],
  ['residence, identity and vehicles thirtieth batch, held half', RESID30_HELD, { top1: 0.88, top3: 0.92 }],
  // The three voices' thirty-first round over social and health insurance, merit, poor households and household
  // businesses, told by the situation (social31-batch.ts), a query's margin below what it reached: the tune half tuned
  // on (100 / 100 %; 95.7 / 100 % before), the held half scored only (81.8 / 90.9 %, as before).
  ['social insurance and household business thirty-first batch, tune half', SOCIAL31_TUNE, { top1: 0.95, top3: 0.95 }],
  ['social insurance and household business thirty-first batch, held half', SOCIAL31_HELD, { top1: 0.77, top3: 0.86 }],
  // The elderly voice's eleventh round, asking for someone else (a grandchild, a late husband, a child working far
  // away, a neighbour) (elderly11-batch.ts), a query's margin below what it reached: the tune half tuned on (90.5 / 100 %;
  // 85.7 / 95.2 % before), the held half scored only (85.0 / 100 %, as before).
  ['elderly eleventh batch, tune half', ELDERLY11_TUNE, { top1: 0.85, top3: 0.95 }],
  ['elderly eleventh batch, held half', ELDERLY11_HELD, { top1: 0.8, top3: 0.95 }],
  // The three voices' thirty-fifth round over the fields a centre hears less often (water, forests, wildlife, fish
  // cages, quarantine, pesticide shops, landings, transport badges, foreign guests) (fields35-batch.ts), a query's
  // margin below what it reached: the tune half tuned on (100 / 100 %; 82.4 / 88.2 % before), the held half scored
  // only (93.8 / 100 %, as before).
  ['less common fields thirty-fifth batch, tune half', FIELDS35_TUNE, { top1: 0.94, top3: 0.94 }],
  ['less common fields thirty-fifth batch, held half', FIELDS35_HELD, { top1: 0.87, top3: 0.93 }],
  // Young adults' errands in the three voices, weighted to the young one (young33-batch.ts), a query's margin below
  // what it reached: the tune half tuned on (100 / 100 %; 80.0 / 91.4 % before), the held half scored only (97.1 /
  // 97.1 %; 91.4 / 97.1 % before).
  ["young adults' errands thirty-third batch, tune half", YOUNG33_TUNE, { top1: 0.97, top3: 0.97 }],
  ["young adults' errands thirty-third batch, held half", YOUNG33_HELD, { top1: 0.94, top3: 0.94 }],
  // The elderly voice's fourteenth round over residence, identity, vehicles, insurance and welfare, with kinship, old
  // paper names and Southern and Central words (elderly14-batch.ts), a query's margin below what it reached: the tune
  // half tuned on (100 / 100 %; 81.5 / 92.6 % before), the held half scored only (92.3 / 100 %; 92.3 / 96.2 % before).
  ['elderly fourteenth batch, tune half', ELDERLY14_TUNE, { top1: 0.96, top3: 0.96 }],
  ['elderly fourteenth batch, held half', ELDERLY14_HELD, { top1: 0.88, top3: 0.96 }],
  // The three voices' thirty-eighth round over certification and justice at a commune or province counter (copies,
  // signatures, translations, contracts, wills and estates, justice records, legal aid, mediation) (certify38-batch.ts),
  // a query's margin below what it reached: the tune half tuned on (100 / 100 %; 93.1 / 96.6 % before), the held half
  // scored only (85.7 / 85.7 %, as before).
  ['certification and justice thirty-eighth batch, tune half', CERTIFY38_TUNE, { top1: 0.96, top3: 0.96 }],
  ['certification and justice thirty-eighth batch, held half', CERTIFY38_HELD, { top1: 0.82, top3: 0.82 }],
  // The elderly voice's twelfth round, family and civil status told at the counter (a grandchild born abroad, a late
  // husband's papers, an orphaned grandchild, a wrong birth date) (elderly12-batch.ts), a query's margin below what it
  // reached: the tune half tuned on (100 / 100 %; 91.4 / 100 % before), the held half scored only (82.9 / 88.6 %, as
  // before).
  ['elderly twelfth batch, tune half', ELDERLY12_TUNE, { top1: 0.97, top3: 0.97 }],
  ['elderly twelfth batch, held half', ELDERLY12_HELD, { top1: 0.8, top3: 0.85 }],
  // The elderly voice's thirteenth round, land, house and inheritance told as the old tell them (elderly13-batch.ts), a
  // query's margin below what it reached: the tune half tuned on (100 / 100 %; 78.8 / 90.9 % before), the held half
  // scored only (93.9 / 93.9 %, as before).
  ['elderly thirteenth batch, tune half', ELDERLY13_TUNE, { top1: 0.96, top3: 0.96 }],
  ['elderly thirteenth batch, held half', ELDERLY13_HELD, { top1: 0.9, top3: 0.9 }],
  // The need asked as a question with extra words around it ("… thì nộp ở đâu, mất bao lâu", a reason, a person, a
  // time), in the three voices across the common fields (ask34-batch.ts), a query's margin below what it reached: the
  // tune half tuned on (100 / 100 %; 96.2 / 100 % before), the held half scored only (96.0 / 100 %; 92.0 / 96.0 %
  // before).
  ['questions with extra words thirty-fourth batch, tune half', ASK34_TUNE, { top1: 0.96, top3: 0.96 }],
  ['questions with extra words thirty-fourth batch, held half', ASK34_HELD, { top1: 0.92, top3: 0.96 }],
  // The three voices' thirty-second round, weighted to the rural voice, over a farmer's, a trader's, a motorbike-taxi
  // driver's and a fisher's wife's everyday errands (rural32-batch.ts), a query's margin below what it reached: the
  // tune half tuned on (100 / 100 %; 88.6 / 97.1 % before), the held half scored only (94.3 / 97.1 %, as before).
  ['rural errands thirty-second batch, tune half', RURAL32_TUNE, { top1: 0.97, top3: 0.97 }],
  ['rural errands thirty-second batch, held half', RURAL32_HELD, { top1: 0.91, top3: 0.94 }],
  // The Mekong delta, the Centre and the Highlands as they type and speak, weighted to the rural voice (rural36-batch.ts),
  // a query's margin below what it reached: the tune half tuned on (97.1 / 97.1 %; 82.9 / 91.4 % before), the held
  // half scored only (97.1 / 100 %; 94.1 / 100 % before).
  ['Mekong, Centre and Highlands thirty-sixth batch, tune half', RURAL36_TUNE, { top1: 0.94, top3: 0.94 }],
  ['Mekong, Centre and Highlands thirty-sixth batch, held half', RURAL36_HELD, { top1: 0.94, top3: 0.97 }],
  // Needs implied by a life event and never named (story37-batch.ts), a query's margin below what it reached: the tune
  // half tuned on (91.3 / 100 %; 47.8 / 73.9 % before), the held half scored only (81.8 / 86.4 %; 59.1 / 68.2 % before).
  ['life events thirty-seventh batch, tune half', STORY37_TUNE, { top1: 0.86, top3: 0.95 }],
  ['life events thirty-seventh batch, held half', STORY37_HELD, { top1: 0.77, top3: 0.81 }],
  // Errands as said to a phone's voice typing or to a relative typing (spoken41-batch.ts): run-on, fillers, self-
  // corrections, numbers in words, near-homophone slips. Both halves at 100 / 100 % before any change; floors a
  // query's margin below.
  ['spoken errands forty-first batch, tune half', SPOKEN41_TUNE, { top1: 0.96, top3: 0.96 }],
  ['spoken errands forty-first batch, held half', SPOKEN41_HELD, { top1: 0.95, top3: 0.95 }],
  // Its voice and hearing slips, written after the batch was scored and tuned on whole (93.3 / 100 % before; 100 / 100 %
  // once a word respelled with its marks kept is read with them, engine.ts).
  ['spoken errands forty-first batch, voice slips', SPOKEN41_SLIPS, { top1: 0.96, top3: 0.96 }],
  // The three voices' thirty-ninth round, acts among near-twin procedures told in everyday words (a paper lost, torn,
  // run out or wrong; a birth or marriage recorded from abroad; a shop moved; a cooperative's new chair)
  // (twins39-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 86.7 / 86.7 %
  // before), the held half scored only (93.3 / 96.7 %; 83.3 / 90.0 % before).
  ['near-twin acts thirty-ninth batch, tune half', TWINS39_TUNE, { top1: 0.96, top3: 0.96 }],
  ['near-twin acts thirty-ninth batch, held half', TWINS39_HELD, { top1: 0.9, top3: 0.93 }],
  // Plain Vietnamese: minority citizens' short words and odd order, one or two keywords, touch-keyboard slips, a bare
  // category with one clue (plain40-batch.ts), a query's margin below what it reached: the tune half tuned on (100 /
  // 100 %; 89.3 / 92.9 % before), the held half scored only (85.7 / 89.3 %, as before).
  ['plain words fortieth batch, tune half', PLAIN40_TUNE, { top1: 0.96, top3: 0.96 }],
  ['plain words fortieth batch, held half', PLAIN40_HELD, { top1: 0.82, top3: 0.85 }],
  // The elderly voice's fifteenth round over a stall, its tax, animals, farming, old vehicles and the village, told in
  // long polite stories with Southern and Central words (elderly15-batch.ts), a query's margin below what it reached:
  // the tune half tuned on (100 / 100 %; 96.2 / 96.2 % before), the held half scored only (96.0 / 96.0 %; 92.0 / 92.0 %
  // before).
  ['elderly fifteenth batch, tune half', ELDERLY15_TUNE, { top1: 0.96, top3: 0.96 }],
  ['elderly fifteenth batch, held half', ELDERLY15_HELD, { top1: 0.92, top3: 0.92 }],
  // The elderly voice's sixteenth round, papers from long ago and people long gone (a birth never registered in the war,
  // a marriage by custom, a death never recorded, land and houses held on old or handwritten papers, the old register)
  // (elderly16-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 96.2 / 100 %
  // before), the held half scored only (84.6 / 88.5 %; 80.8 / 88.5 % before).
  ['elderly sixteenth batch, tune half', ELDERLY16_TUNE, { top1: 0.96, top3: 0.96 }],
  ['elderly sixteenth batch, held half', ELDERLY16_HELD, { top1: 0.8, top3: 0.84 }],
  // Social and state-owned housing, planning information, building permits and the trades the police certify, told by
  // the three voices (house44-batch.ts), a query's margin below what it reached: the tune half tuned on (93.3 / 97.8 %;
  // 75.6 / 77.8 % before), the held half scored only (79.5 / 86.4 %; 65.9 / 75.0 % before).
  ['housing, planning and police trades forty-fourth batch, tune half', HOUSE44_TUNE, { top1: 0.91, top3: 0.95 }],
  ['housing, planning and police trades forty-fourth batch, held half', HOUSE44_HELD, { top1: 0.77, top3: 0.84 }],
  // The three voices' forty-second round over the rural economy (planted timber cut, carried and sold, wildlife farms,
  // forest land, crop varieties, pesticide shops, rice land turned to ponds, quarantine, fishing boats and licences,
  // aquaculture, ghe registration, ferry landings, boatmen's certificates) (forest42-batch.ts), a query's margin below
  // what it reached: the tune half tuned on (100 / 100 %; 68.6 / 82.9 % before), the held half scored only (73.5 /
  // 88.2 %; 61.8 / 82.4 % before).
  ['rural economy forty-second batch, tune half', FOREST42_TUNE, { top1: 0.94, top3: 0.97 }],
  ['rural economy forty-second batch, held half', FOREST42_HELD, { top1: 0.7, top3: 0.85 }],
  // The three voices' forty-third round on taxes (land taxes and their exemptions, tax codes, a stall's flat tax, rent,
  // registration fees, settlement and refund, land sold or given), insurance dues (household, student and voluntary
  // cards, arrears, an employer's sign-up), justice records and divorce in court (tax43-batch.ts), a query's margin
  // below what it reached: the tune half tuned on (95.8 / 100 %; 70.8 / 83.3 % before), the held half scored only
  // (68.8 / 85.4 %; 56.3 / 77.1 % before).
  ['taxes, insurance dues and courts forty-third batch, tune half', TAX43_TUNE, { top1: 0.93, top3: 0.97 }],
  ['taxes, insurance dues and courts forty-third batch, held half', TAX43_HELD, { top1: 0.66, top3: 0.83 }],
  // The rural South and the Mekong delta typing without marks, in Southern words and spellings and chat shorthand, at
  // a commune centre's commonest errands (south48-batch.ts), a query's margin below what it reached: the tune half
  // tuned on (100 / 100 %; 97.2 / 100 % before), the held half scored only (97.2 / 100 %, as before).
  ['rural South forty-eighth batch, tune half', SOUTH48_TUNE, { top1: 0.97, top3: 0.97 }],
  ['rural South forty-eighth batch, held half', SOUTH48_HELD, { top1: 0.94, top3: 0.97 }],
  // The old and regional names the elderly give papers and offices (bằng khoán, văn tự, giấy tay, giá thú, khai sanh,
  // chứng minh thư, hộ khẩu, KT3, bìa đỏ, cà vẹt, sổ hưu; oldnames49-batch.ts), a query's margin below what it reached:
  // the tune half tuned on (100 / 100 %; 90.9 / 97.7 % before), the held half scored only (93.2 / 93.2 %, as before).
  ['old paper names forty-ninth batch, tune half', OLDNAMES49_TUNE, { top1: 0.97, top3: 0.97 }],
  ['old paper names forty-ninth batch, held half', OLDNAMES49_HELD, { top1: 0.9, top3: 0.9 }],
  // The elderly voice's long stories over civil status and residence, 11 to 45 words, some with wrong marks or a wrong
  // word for the paper (longq45-batch.ts), a query's margin below what it reached: the tune half tuned on (92.1 / 100 %;
  // 78.9 / 89.5 % before), the held half scored only (78.9 / 84.2 %, as before).
  ['long elderly civil-status and residence stories, tune half', LONGQ45_TUNE, { top1: 0.89, top3: 0.97 }],
  ['long elderly civil-status and residence stories, held half', LONGQ45_HELD, { top1: 0.76, top3: 0.81 }],
  // Queries typed with diacritics, right and with the slips of touch keyboards and autocorrect (hỏi/ngã, one wrong tone,
  // đ typed d, a hat left out, near words swapped, Telex leftovers) (marks47-batch.ts), a query's margin below what it
  // reached: the tune half (100 / 100 %, as before: nothing to tune on it), the held half scored only (97.0 / 100 %,
  // as before).
  ['marks typed forty-seventh batch, tune half', MARKS47_TUNE, { top1: 0.96, top3: 0.96 }],
  ['marks typed forty-seventh batch, held half', MARKS47_HELD, { top1: 0.93, top3: 0.96 }],
  // The three voices' fiftieth round on businesses (a household business opened, moved, handed over, paused or closed;
  // companies founded, changed, paused, dissolved, their branches and offices; cooperatives and cooperation groups;
  // the permits a shop asks for) (firm50-batch.ts), a query's margin below what it reached: the tune half tuned on
  // (88.6 / 97.1 %; 71.4 / 80.0 % before), the held half scored only (85.7 / 88.6 %, 88.6 / 91.4 % after merging
  // main; 80.0 / 82.9 % before).
  ['businesses fiftieth batch, tune half', FIRM50_TUNE, { top1: 0.85, top3: 0.94 }],
  ['businesses fiftieth batch, held half', FIRM50_HELD, { top1: 0.82, top3: 0.85 }],
  // Land as elderly people and their families tell it at a commune counter (land51-batch.ts), a query's margin below
  // what it reached: the tune half tuned on (95.8 / 95.8 %; 91.7 / 91.7 % before), the held half scored only
  // (87.5 / 91.7 %; 83.3 / 87.5 % before).
  ['land fifty-first batch, tune half', LAND51_TUNE, { top1: 0.91, top3: 0.91 }],
  ['land fifty-first batch, held half', LAND51_HELD, { top1: 0.83, top3: 0.87 }],
  // The office or the counter named instead of the procedure ("lên công an xã làm lại căn cước", "ra văn phòng đất đai",
  // "bên bảo hiểm"), or the state of a paper ("thẻ bảo hiểm y tế bị rách") (office46-batch.ts), a query's margin below
  // what it reached: the tune half tuned on (91.3 / 95.7 %; 87.0 / 91.3 % before), the held half scored only (86.4 /
  // 100 %; 77.3 / 95.5 % before).
  ['offices named forty-sixth batch, tune half', OFFICE46_TUNE, { top1: 0.86, top3: 0.91 }],
  ['offices named forty-sixth batch, held half', OFFICE46_HELD, { top1: 0.81, top3: 0.95 }],
  // The three voices' fifty-second round on civil status with a foreign element (marrying a foreigner, a marriage,
  // divorce, birth or death done abroad recorded here, a child of a foreign parent, recognition across borders, the
  // single-status paper, nationality renounced or regained, passports, a criminal record to work abroad)
  // (abroad52-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 95.7 / 95.7 %
  // before), the held half scored only (90.9 / 100 %, as before).
  ['foreign element fifty-second batch, tune half', ABROAD52_TUNE, { top1: 0.95, top3: 0.95 }],
  ['foreign element fifty-second batch, held half', ABROAD52_HELD, { top1: 0.86, top3: 0.95 }],
  // Elderly people only, each situation told by a grandmother, a grandfather and an old neighbour in long stories
  // (20–45 words) before the ask, outside land and civil status (the chip card, vehicles, pensions and survivors,
  // health cards, household shops, certification, criminal records, passports) (elderly60-batch.ts), a query's margin
  // below what it reached: the tune half tuned on (100 / 100 % after merging main; 75.8 / 84.8 % before), the held half
  // scored only (72.7 / 75.8 %, as before). Most are longer than the kiosk's 200-character box, which cuts the closing
  // question.
  ['elderly sixtieth batch, tune half', ELDERLY60_TUNE, { top1: 0.96, top3: 0.96 }],
  ['elderly sixtieth batch, held half', ELDERLY60_HELD, { top1: 0.69, top3: 0.72 }],
  // Land in the situations land51 left out (a spouse's name added, a dead husband's book, the farmland's term, land let
  // to a company or put into one, land given for a road, a new cadastral map, a house added, a clan shrine's or a
  // pagoda's land, a household's quarrel, a boundary quarrel, garden to residential, fields swapped, building at a dyke,
  // a new ID number, a wrong name, a divorce judgment, a lease ended, the map extract, rice land to orchards, the
  // commune's public land) (land57-batch.ts), a query's margin below what it reached: the tune half tuned on (87.9 /
  // 97.0 %; 75.8 / 87.9 % before), the held half scored only (78.8 / 90.9 %; 72.7 / 87.9 % before).
  ['land fifty-seventh batch, tune half', LAND57_TUNE, { top1: 0.84, top3: 0.93 }],
  ['land fifty-seventh batch, held half', LAND57_HELD, { top1: 0.75, top3: 0.87 }],
  // The rural economy as farmers tell it: forests (harvesting and carrying planted timber, forest land, a bear or a snake
  // farm, wild animals sold, firewood, a burnt forest), crops (a new rice variety, mother trees, a pesticide shop, rice
  // land to fruit trees), irrigation (a pond, canal water, a well by a canal, a pump station), livestock (a pig farm, a
  // farm free of disease, quarantine, slaughter) and fisheries (farm54-batch.ts), a query's margin below what it
  // reached: the tune half tuned on (91.7 / 97.2 %; 63.9 / 80.6 % before), the held half scored only (86.1 / 91.7 %;
  // 72.2 / 80.6 % before).
  ['rural economy fifty-fourth batch, tune half', FARM54_TUNE, { top1: 0.88, top3: 0.94 }],
  ['rural economy fifty-fourth batch, held half', FARM54_HELD, { top1: 0.83, top3: 0.88 }],
  // Paying into social and health insurance (voluntary dues joined, topped up, changed, drawn out; household and newborns'
  // cards; a card or a book lost, wrong or merged; dues refunded), and boats and roads (registering a boat or a barge, a
  // ferry landing, a boatman's certificate, a fishing boat's papers, a shop's road access, digging a road, an oversize
  // truck, a stall in a road corridor) (dues58-batch.ts), a query's margin below what it reached: the tune half tuned on
  // (94.4 / 100 %; 61.1 / 77.8 % before), the held half scored only (94.4 / 100 %; 75.0 / 86.1 % before).
  ['insurance dues, boats and roads fifty-eighth batch, tune half', DUES58_TUNE, { top1: 0.91, top3: 0.97 }],
  ['insurance dues, boats and roads fifty-eighth batch, held half', DUES58_HELD, { top1: 0.91, top3: 0.97 }],
  // Justice and household tax as ordinary people tell them (court55-batch.ts: a court's copy, divorce and suing, criminal
  // records, enforcement, state compensation, legal aid, mediation, a lawyer, a land sale's contract, a stall's tax, the
  // house plot's tax and its exemption, registration fees, a tax code, a refund, arrears), a query's margin below what
  // it reached: the tune half tuned on (96.8 / 100 %; 74.2 / 93.5 % before), the held half scored only (80.0 / 90.0 %;
  // 76.7 / 86.7 % before).
  ['justice and household tax fifty-fifth batch, tune half', COURT55_TUNE, { top1: 0.93, top3: 0.96 }],
  ['justice and household tax fifty-fifth batch, held half', COURT55_HELD, { top1: 0.76, top3: 0.86 }],
  // Homes, building and planning and where one lives, as told at the counter (social housing, old state housing, an
  // apartment's pink book, repairs, rebuilding, an added floor, a house on rice land, a fence wall, the planned road, a
  // tenant's residence, a parent moving in, removing the dead or the gone, a residence confirmation for school)
  // (home56-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 80.0 / 91.4 %
  // before), the held half scored only (94.1 / 94.1 %; 91.2 / 91.2 % before).
  ['homes fifty-sixth batch, tune half', HOME56_TUNE, { top1: 0.97, top3: 0.97 }],
  ['homes fifty-sixth batch, held half', HOME56_HELD, { top1: 0.91, top3: 0.91 }],
  // Civil status as elderly people and their families tell it at a commune counter (a birth never registered, a book
  // lost, a wrong date, ethnicity or name, a father recognised, an orphan's guardian, an adoption, single status for a
  // late marriage or a land sale, a death registered late, an old extract copied, an old marriage never registered)
  // (hotich53-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 82.9 / 91.4 %
  // before), the held half scored only (79.4 / 85.3 %, as before).
  ['civil status fifty-third batch, tune half', HOTICH53_TUNE, { top1: 0.97, top3: 0.97 }],
  ['civil status fifty-third batch, held half', HOTICH53_HELD, { top1: 0.76, top3: 0.82 }],
  // People of the hill and midland communes who speak Vietnamese as a second language (Tày, Nùng, H'Mông, Dao, Thái,
  // Ê Đê…): births at home, marriages by custom, a child's surname, residence, ID cards, land and forest land, planted
  // timber, cattle, poor households, health cards, martyrs, passports and border passes, papers named approximately
  // ("giấy đỏ", "giấy con đẻ", "thẻ khám bệnh") (minority59-batch.ts), a query's margin below what it reached: the tune
  // half tuned on (100 / 100 %; 80.6 / 91.7 % before), the held half scored only (86.1 / 88.9 %; 80.6 / 86.1 % before).
  ['hill communes fifty-ninth batch, tune half', MINORITY59_TUNE, { top1: 0.97, top3: 0.97 }],
  ['hill communes fifty-ninth batch, held half', MINORITY59_HELD, { top1: 0.83, top3: 0.86 }],
  // Land, housing and planning as families tell them at a commune counter, in the old words (the first red book, one lost
  // or worn, split or merged, given, inherited, mortgaged and released, garden land to residential, a wrong area, a
  // boundary quarrel, land bought with or without a notary, a village house's permit, a repair or an added floor, a
  // house on land without a book or missing from it, an apartment's pink book, social housing bought or a State house
  // rented, a plot's planning and a planned road) (home62-batch.ts), a query's margin below what it reached: the tune
  // half tuned on (100 / 100 %; 86.1 / 91.7 % before), the held half scored only (88.9 / 100 %; 83.3 / 94.4 % before).
  ['land, housing and planning sixty-second batch, tune half', HOME62_TUNE, { top1: 0.97, top3: 0.97 }],
  ['land, housing and planning sixty-second batch, held half', HOME62_HELD, { top1: 0.86, top3: 0.97 }],
  // Civil status, residence and certified copies as old people tell them, in long rambling stories (20–35 words, a
  // typo or two) that bury the ask among grandchildren, the war years and jobs abroad, with fewer rural and young
  // queries (a late birth, a birth paper burnt in the war, a death never registered, a marriage by village custom, a
  // wrong name or year on old papers, "cải chánh", a guardianship ended at eighteen, a grandchild moving in, a head of
  // household changed, copies and signatures) (elderly61-batch.ts), a query's margin below what it reached: the tune
  // half tuned on (97.4 / 100 %; 92.3 / 97.4 % before), the held half scored only (92.1 / 100 %, as before).
  ['elderly sixty-first batch, tune half', ELDERLY61_TUNE, { top1: 0.94, top3: 0.97 }],
  ['elderly sixty-first batch, held half', ELDERLY61_HELD, { top1: 0.89, top3: 0.97 }],
  // Money, business and justice papers of ordinary people (a household shop's lump-sum tax, the land tax, income tax on
  // land sold or given, a tax code, registration fees, flood relief, a household business registered, changed, paused
  // and closed, a company's second shop, founded and paused, criminal records, an agreed divorce, a judgment copied
  // and enforced, legal aid, State compensation, a tax refund, a dependant) (money64-batch.ts), a query's margin below
  // what it reached: the tune half tuned on (97.4 / 100 %; 89.5 / 94.7 % before), the held half scored only (97.3 /
  // 97.3 %, as before).
  ['money, business and justice sixty-fourth batch, tune half', MONEY64_TUNE, { top1: 0.94, top3: 0.97 }],
  ['money, business and justice sixty-fourth batch, held half', MONEY64_HELD, { top1: 0.94, top3: 0.94 }],
  // Farmers and villagers with forests, water, crops and boats: planted timber and its papers, kept wild animals,
  // forest allocation and conversion, pumping from a canal, a well, a pig farm's waste water, building at a dyke, rice
  // land to crops or a pond, pesticide and seedling trade, plant quarantine, boats registered or sold, a wharf, a
  // ferry, a boatman (nature63-batch.ts), a query's margin below what it reached: the tune half tuned on (83.3 / 100 %;
  // 60.0 / 80.0 % before), the held half scored only (66.7 / 83.3 %; 56.7 / 76.7 % before).
  ['forests, water, crops and boats sixty-third batch, tune half', NATURE63_TUNE, { top1: 0.8, top3: 0.96 }],
  ['forests, water, crops and boats sixty-third batch, held half', NATURE63_HELD, { top1: 0.63, top3: 0.8 }],
  // Farmers and workers typing without marks on a phone or the kiosk (8–14 words, the North's, the Centre's and the
  // South's words, ko/dc/j/gks/cccd/bhyt/hk, a doubled letter) on a commune's errands, with elderly and young queries on
  // the same (rural69-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 92.5 /
  // 97.5 % before), the held half scored only (87.2 / 97.4 %, as before).
  ['rural sixty-ninth batch, tune half', RURAL69_TUNE, { top1: 0.97, top3: 0.97 }],
  ['rural sixty-ninth batch, held half', RURAL69_HELD, { top1: 0.84, top3: 0.94 }],
  // Civil status in its less common turns (a birth re-registered for an old person, a death registered years late, a
  // father or mother recognised, an unwritten adoption, a marriage with a foreigner or a Vietnamese abroad, a marriage
  // extract for a land sale, a widow's or divorcee's status, a divorce or marriage abroad recorded at home, a child's
  // surname or ethnicity, a birth year that differs between papers) (hotich65-batch.ts), a query's margin below what it
  // reached: the tune half tuned on (100 / 100 %; 89.5 / 97.4 % before), the held half scored only (78.9 / 86.8 %, as
  // before).
  ['civil status sixty-fifth batch, tune half', HOTICH65_TUNE, { top1: 0.97, top3: 0.97 }],
  ['civil status sixty-fifth batch, held half', HOTICH65_HELD, { top1: 0.76, top3: 0.84 }],
  // Errands other than civil status as the elderly tell them in very long stories: land tax, a child's household
  // business, pensions, a grandchild's health card, a dead owner's vehicle, a licence at 70, a house permit, a well,
  // cattle sold to another province, a boat, a criminal record, a judgement after a divorce, certified copies
  // (elderly70-batch.ts), a query's margin below what it reached: the tune half tuned on (100 / 100 %; 91.2 / 100 %
  // before), the held half scored only (97.0 / 97.0 %, as before).
  ['elderly errands beyond civil status seventieth batch, tune half', ELDERLY70_TUNE, { top1: 0.97, top3: 0.97 }],
  ['elderly errands beyond civil status seventieth batch, held half', ELDERLY70_HELD, { top1: 0.93, top3: 0.93 }],
  // Civil status as old people tell it (a grandchild's birth, a death registered late, a book burned, a wrong birth year,
  // guardianship; hotich71-batch.ts), land, certification and residence stories that name other papers as context
  // (story72-batch.ts), and the Mekong's elders in southern idiom (south73-batch.ts), a query's margin below what each
  // reached on 7 Dec 2026: tune halves tuned on (80.0 / 91.1, 91.3 / 95.7, 92.9 / 97.6 % as written), held halves scored only.
  ['civil status told by old people, seventy-first batch, tune half', HOTICH71_TUNE, { top1: 0.95, top3: 0.97 }],
  ['civil status told by old people, seventy-first batch, held half', HOTICH71_HELD, { top1: 0.84, top3: 0.88 }],
  ['land, certification and residence stories with other papers as context, seventy-second batch, tune half', STORY72_TUNE, { top1: 0.95, top3: 0.97 }],
  ['land, certification and residence stories with other papers as context, seventy-second batch, held half', STORY72_HELD, { top1: 0.88, top3: 0.91 }],
  ['the Mekong’s elders in southern idiom, seventy-third batch, tune half', SOUTH73_TUNE, { top1: 0.92, top3: 0.97 }],
  ['the Mekong’s elders in southern idiom, seventy-third batch, held half', SOUTH73_HELD, { top1: 0.95, top3: 0.97 }],
  // Papers families get from the police and the justice office, told by parents and grandparents for their children (a
  // newborn's permanent residence, a bride moving in, a rented room, leaving to work abroad, a dead relative removed,
  // residence confirmed, a household split, a child's first ID card, a card lost or changed, an old chip card with a
  // wrong hometown, a first or renewed passport, criminal records no. 1 and 2, a locked VNeID) (police68-batch.ts), a
  // query's margin below what it reached: the tune half tuned on (100 / 100 %; 89.7 / 94.9 % before), the held half
  // scored only (94.9 / 97.4 %, as before).
  ['police and justice papers sixty-eighth batch, tune half', POLICE68_TUNE, { top1: 0.97, top3: 0.97 }],
  ['police and justice papers sixty-eighth batch, held half', POLICE68_HELD, { top1: 0.92, top3: 0.94 }],
  // What villagers and small traders bring to the forest rangers: planted acacia, eucalyptus and pine cut and carried,
  // firewood on a cart, a sawmill, kept bamboo rats, parrots and deer, agarwood, trees dug from the forest, forest land
  // allocated, leased or converted, precious wood sold or moved (forest66-batch.ts), a query's margin below what it
  // reached: the tune half tuned on (97.0 / 97.0 %; 54.5 / 60.6 % before), the held half scored only (87.9 / 93.9 %;
  // 54.5 / 63.6 % before).
  ['forest rangers sixty-sixth batch, tune half', FOREST66_TUNE, { top1: 0.93, top3: 0.93 }],
  ['forest rangers sixty-sixth batch, held half', FOREST66_HELD, { top1: 0.84, top3: 0.9 }],
  // Land as very old people tell it, in long stories: siblings sharing the parents' land with one abroad or in the South,
  // a plot untitled since the cooperative, a dead spouse's book, part of a plot sold for medicine, the bank's loan, a
  // wrong area or a neighbour's plot, garden land to house land, fields let to a company, a fence quarrel, the rice
  // fields' term, a grandparent's land (land67-batch.ts), a query's margin below what it reached: the tune half tuned on
  // (97.3 / 97.3 %; 89.2 / 94.6 % before), the held half scored only (91.7 / 97.2 %, as before).
  ["land in very old people's stories sixty-seventh batch, tune half", LAND67_TUNE, { top1: 0.94, top3: 0.94 }],
  ["land in very old people's stories sixty-seventh batch, held half", LAND67_HELD, { top1: 0.88, top3: 0.94 }],
  // Four batches written blind on 7 Dec 2026, twelfth session, before the engine ran on them, a query's margin below
  // what each reached: old people's long stories beyond land and civil status (elderly74-batch.ts; 80.4 / 90.2 % whole,
  // as written), a death in the family and what follows (family75-batch.ts; 93.8 / 97.9 %), short typed queries
  // (short76-batch.ts; 94.0 / 95.0 %), none of these tuned on; and queries in English (english77-batch.ts; 28.2 / 30.8 %
  // tune half and 34.2 / 39.5 % held half before the English lexicon, lexicon-english.ts, written with its tune half;
  // 84.6 / 94.9 % and 78.9 / 86.8 % after, the lexicon tuned on english78's tune half too).
  ['old people’s long stories beyond land and civil status, elderly74 batch, tune half', ELDERLY74_TUNE, { top1: 0.73, top3: 0.84 }],
  ['old people’s long stories beyond land and civil status, elderly74 batch, held half', ELDERLY74_HELD, { top1: 0.8, top3: 0.88 }],
  ['a death in the family and what follows, family75 batch, tune half', FAMILY75_TUNE, { top1: 0.91, top3: 0.95 }],
  ['a death in the family and what follows, family75 batch, held half', FAMILY75_HELD, { top1: 0.91, top3: 0.95 }],
  ['short queries as typed on a kiosk, short76 batch, tune half', SHORT76_TUNE, { top1: 0.92, top3: 0.92 }],
  ['short queries as typed on a kiosk, short76 batch, held half', SHORT76_HELD, { top1: 0.92, top3: 0.94 }],
  ['queries in English, english77 batch, tune half', ENGLISH77_TUNE, { top1: 0.82, top3: 0.92 }],
  ['queries in English, english77 batch, held half', ENGLISH77_HELD, { top1: 0.76, top3: 0.84 }],
  // Two more written blind that day: old people of the South Central Coast and the Mekong delta (elderly79-batch.ts;
  // 92.9 / 97.0 % as written, not tuned on), and English by workers, foreign spouses and overseas Vietnamese
  // (english78-batch.ts; 14.7 / 21.3 % without the English lexicon, 54.7 / 66.7 % with it as it was when the batch was
  // written; its tune half then tuned on: 73.7 / 94.7 %, the held half 62.2 / 75.7 %).
  ['old people of the south, elderly79 batch, tune half', ELDERLY79_TUNE, { top1: 0.94, top3: 0.96 }],
  ['old people of the south, elderly79 batch, held half', ELDERLY79_HELD, { top1: 0.87, top3: 0.93 }],
  // Old people of the Red River delta and the northern midlands, written blind after those changes (elderly81-batch.ts;
  // 87.6 / 94.3 % as written, not tuned on).
  ['old people of the north, elderly81 batch, tune half', ELDERLY81_TUNE, { top1: 0.86, top3: 0.92 }],
  ['old people of the north, elderly81 batch, held half', ELDERLY81_HELD, { top1: 0.84, top3: 0.92 }],
  ['queries in English, english78 batch, tune half', ENGLISH78_TUNE, { top1: 0.71, top3: 0.92 }],
  ['queries in English, english78 batch, held half', ENGLISH78_HELD, { top1: 0.59, top3: 0.72 }],
  // A third English batch, written blind after those changes (english80-batch.ts): 27.4 / 27.4 % without the English
  // lexicon, 78.1 / 84.9 % with it as written; its tune half then tuned on (91.9 / 97.3 %), the held half 72.2 / 80.6 %.
  ['queries in English, english80 batch, tune half', ENGLISH80_TUNE, { top1: 0.89, top3: 0.94 }],
  ['queries in English, english80 batch, held half', ENGLISH80_HELD, { top1: 0.69, top3: 0.77 }],
  // Three written blind on 7 Dec 2026, thirteenth session, before its changes, scored as written: old people of the
  // central provinces (elderly82-batch.ts; 85.9 / 93.6 %), city dwellers at a ward or city centre (city83-batch.ts;
  // 87.9 / 93.9 %), ordinary adults on the commonest errands (plain84-batch.ts; 92.5 / 95.7 %); then their tune halves
  // tuned on (94.9 / 100, 94.0 / 100, 95.7 / 100 %), the held halves 82.1 / 92.3, 87.8 / 93.9 and 91.3 / 95.7 %.
  ['old people of the centre, elderly82 batch, tune half', ELDERLY82_TUNE, { top1: 0.92, top3: 0.97 }],
  ['old people of the centre, elderly82 batch, held half', ELDERLY82_HELD, { top1: 0.79, top3: 0.89 }],
  ['city dwellers, city83 batch, tune half', CITY83_TUNE, { top1: 0.92, top3: 0.98 }],
  ['city dwellers, city83 batch, held half', CITY83_HELD, { top1: 0.85, top3: 0.91 }],
  ['the commonest errands, plain84 batch, tune half', PLAIN84_TUNE, { top1: 0.93, top3: 0.97 }],
  ['the commonest errands, plain84 batch, held half', PLAIN84_HELD, { top1: 0.89, top3: 0.93 }],
  // Three more written blind that session after its first round, scored as written: old people raising grandchildren
  // with their children away (elderly85-batch.ts; 82.8 / 87.4 %, the old voice 51.7 / 65.5 %), life events told instead
  // of a paper named (story86-batch.ts; 91.1 / 96.7 %), the northern mountains and the Highlands (hill87-batch.ts;
  // 86.4 / 95.1 %); then their tune halves tuned on, the held halves 76.7 / 86.0, 91.1 / 97.8 and 85.0 / 95.0 %.
  ['old people raising grandchildren, elderly85 batch, tune half', ELDERLY85_TUNE, { top1: 0.95, top3: 0.95 }],
  ['old people raising grandchildren, elderly85 batch, held half', ELDERLY85_HELD, { top1: 0.74, top3: 0.83 }],
  ['life events told, story86 batch, tune half', STORY86_TUNE, { top1: 0.95, top3: 0.97 }],
  ['life events told, story86 batch, held half', STORY86_HELD, { top1: 0.88, top3: 0.95 }],
  ['the northern mountains and the Highlands, hill87 batch, tune half', HILL87_TUNE, { top1: 0.85, top3: 0.97 }],
  ['the northern mountains and the Highlands, hill87 batch, held half', HILL87_HELD, { top1: 0.82, top3: 0.92 }],
  // Three more written blind that session after its second round, scored as written: old people of the Mekong delta
  // and the South-East (elderly88-batch.ts; 88.1 / 94.0 %, the old voice 71.4 / 85.7 %), retired city dwellers
  // (retired89-batch.ts; 92.5 / 95.7 %), errands dictated to a phone's voice typing (voice90-batch.ts; 93.5 / 98.9 %);
  // then their tune halves tuned on, the held halves 88.1 / 92.9, 89.1 / 93.5 and 91.3 / 97.8 %.
  ['old people of the delta, elderly88 batch, tune half', ELDERLY88_TUNE, { top1: 0.9, top3: 0.97 }],
  ['old people of the delta, elderly88 batch, held half', ELDERLY88_HELD, { top1: 0.85, top3: 0.92 }],
  ['retired city dwellers, retired89 batch, tune half', RETIRED89_TUNE, { top1: 0.95, top3: 0.97 }],
  ['retired city dwellers, retired89 batch, held half', RETIRED89_HELD, { top1: 0.87, top3: 0.91 }],
  ['errands dictated to voice typing, voice90 batch, tune half', VOICE90_TUNE, { top1: 0.93, top3: 0.97 }],
  ['errands dictated to voice typing, voice90 batch, held half', VOICE90_HELD, { top1: 0.89, top3: 0.95 }],
  // Three more written blind that session after its third round, scored as written: civil status, certification and
  // residence at a commune counter (civil92-batch.ts; 85.4 / 91.1 %, the old voice 75.6 / 82.9 %), old farmers and their
  // land (land91-batch.ts; 81.0 / 87.6 %), small traders and vehicles (trade93-batch.ts; 86.7 / 93.3 %); then their
  // tune halves tuned on, the held halves 83.6 / 93.4, 86.5 / 90.4 and 86.5 / 94.2 %.
  ['civil status at the counter, civil92 batch, tune half', CIVIL92_TUNE, { top1: 0.91, top3: 0.93 }],
  ['civil status at the counter, civil92 batch, held half', CIVIL92_HELD, { top1: 0.82, top3: 0.91 }],
  ['old farmers and their land, land91 batch, tune half', LAND91_TUNE, { top1: 0.84, top3: 0.94 }],
  ['old farmers and their land, land91 batch, held half', LAND91_HELD, { top1: 0.84, top3: 0.88 }],
  ['small traders and vehicles, trade93 batch, tune half', TRADE93_TUNE, { top1: 0.9, top3: 0.94 }],
  ['small traders and vehicles, trade93 batch, held half', TRADE93_HELD, { top1: 0.84, top3: 0.92 }],
  // Three more written blind that session after its fourth round, scored as written (the last figures of that
  // session): any errand at a commune (mixed94-batch.ts; 94.9 / 98.7 %), old people's long stories (elderly95-batch.ts;
  // 89.7 / 92.3 %), a provincial centre (province96-batch.ts; 75.3 / 95.1 % with a commune's level preferred: the
  // province's and the commune's versions of a procedure trade first place). 86.5 / 95.4 % together (237 labelled).
  ['any errand at a commune, mixed94 batch, tune half', MIXED94_TUNE, { top1: 0.97, top3: 0.97 }],
  ['any errand at a commune, mixed94 batch, held half', MIXED94_HELD, { top1: 0.87, top3: 0.94 }],
  ['old people’s long stories, elderly95 batch, tune half', ELDERLY95_TUNE, { top1: 0.92, top3: 0.94 }],
  ['old people’s long stories, elderly95 batch, held half', ELDERLY95_HELD, { top1: 0.84, top3: 0.87 }],
  ['a provincial centre, province96 batch, tune half', PROVINCE96_TUNE, { top1: 0.73, top3: 0.9 }],
  ['a provincial centre, province96 batch, held half', PROVINCE96_HELD, { top1: 0.72, top3: 0.95 }],
];

/** Every development batch's questions the catalogue has no procedure for. */
const NO_ANSWERS: readonly { q: string }[] = [
  ...DEV_NO_ANSWER,
  ...FRESH_NO_ANSWER,
  ...THIRD_NO_ANSWER,
  ...FOURTH_NO_ANSWER,
  ...ELDERLY3_NO_ANSWER,
  ...RANK3_NO_ANSWER,
  ...ELDERLY4_NO_ANSWER,
  ...RURAL4_NO_ANSWER,
  ...ELDERLY5_NO_ANSWER,
  ...ELDERLY6_NO_ANSWER,
  ...RURAL5_NO_ANSWER,
  ...ELDERLY7_NO_ANSWER,
  ...MIXED9_NO_ANSWER,
  ...ELDERLY8_NO_ANSWER,
  ...TRADE11_NO_ANSWER,
  ...HOTICH12_NO_ANSWER,
  ...PLAN10_NO_ANSWER,
  ...SOCIAL15_NO_ANSWER,
  ...RESID14_NO_ANSWER,
  ...LONGQ16_NO_ANSWER,
  ...REASON21_NO_ANSWER,
  ...LAND13_NO_ANSWER,
  ...RURAL20_NO_ANSWER,
  ...BIZ17_NO_ANSWER,
  ...JUSTICE18_NO_ANSWER,
  ...LAND24_NO_ANSWER,
  ...WELFARE23_NO_ANSWER,
  ...ELDERLY9_NO_ANSWER,
  ...FIELDS27_NO_ANSWER,
  ...TYPED26_NO_ANSWER,
  ...SENSE25_NO_ANSWER,
  ...CIVIL29_NO_ANSWER,
  ...ELDERLY10_NO_ANSWER,
  ...LAND28_NO_ANSWER,
  ...RESID30_NO_ANSWER,
  ...SOCIAL31_NO_ANSWER,
  ...ELDERLY11_NO_ANSWER,
  ...FIELDS35_NO_ANSWER,
  ...YOUNG33_NO_ANSWER,
  ...ELDERLY14_NO_ANSWER,
  ...CERTIFY38_NO_ANSWER,
  ...ELDERLY12_NO_ANSWER,
  ...ELDERLY13_NO_ANSWER,
  ...ASK34_NO_ANSWER,
  ...RURAL32_NO_ANSWER,
  ...RURAL36_NO_ANSWER,
  ...STORY37_NO_ANSWER,
  ...SPOKEN41_NO_ANSWER,
  ...TWINS39_NO_ANSWER,
  ...PLAIN40_NO_ANSWER,
  ...ELDERLY15_NO_ANSWER,
  ...ELDERLY16_NO_ANSWER,
  ...HOUSE44_NO_ANSWER,
  ...FOREST42_NO_ANSWER,
  ...TAX43_NO_ANSWER,
  ...SOUTH48_NO_ANSWER,
  ...OLDNAMES49_NO_ANSWER,
  ...LONGQ45_NO_ANSWER,
  ...MARKS47_NO_ANSWER,
  ...FIRM50_NO_ANSWER,
  ...LAND51_NO_ANSWER,
  ...OFFICE46_NO_ANSWER,
  ...ABROAD52_NO_ANSWER,
  ...ELDERLY60_NO_ANSWER,
  ...LAND57_NO_ANSWER,
  ...FARM54_NO_ANSWER,
  ...DUES58_NO_ANSWER,
  ...COURT55_NO_ANSWER,
  ...HOME56_NO_ANSWER,
  ...HOTICH53_NO_ANSWER,
  ...MINORITY59_NO_ANSWER,
  ...ELDERLY61_NO_ANSWER,
  ...MONEY64_NO_ANSWER,
  ...HOME62_NO_ANSWER,
  ...NATURE63_NO_ANSWER,
  ...RURAL69_NO_ANSWER,
  ...HOTICH65_NO_ANSWER,
  ...ELDERLY70_NO_ANSWER,
  ...POLICE68_NO_ANSWER,
  ...FOREST66_NO_ANSWER,
  ...LAND67_NO_ANSWER,
  ...HOTICH71_NO_ANSWER,
  ...STORY72_NO_ANSWER,
  ...SOUTH73_NO_ANSWER,
  ...ELDERLY74_NO_ANSWER,
  ...FAMILY75_NO_ANSWER,
  ...SHORT76_NO_ANSWER,
  ...ENGLISH77_NO_ANSWER,
  ...ELDERLY79_NO_ANSWER,
  ...ELDERLY81_NO_ANSWER,
  ...ENGLISH78_NO_ANSWER,
  ...ENGLISH80_NO_ANSWER,
  ...ELDERLY82_NO_ANSWER,
  ...CITY83_NO_ANSWER,
  ...PLAIN84_NO_ANSWER,
  ...ELDERLY85_NO_ANSWER,
  ...STORY86_NO_ANSWER,
  ...HILL87_NO_ANSWER,
  ...ELDERLY88_NO_ANSWER,
  ...RETIRED89_NO_ANSWER,
  ...VOICE90_NO_ANSWER,
  ...CIVIL92_NO_ANSWER,
  ...LAND91_NO_ANSWER,
  ...TRADE93_NO_ANSWER,
  ...MIXED94_NO_ANSWER,
  ...ELDERLY95_NO_ANSWER,
  ...PROVINCE96_NO_ANSWER,
];

describe('search quality on the national catalogue (2,642 procedures)', () => {
  it('has a development set of at least 200 labelled citizen queries, in two halves', () => {
    expect(DEV_TUNE.length + DEV_HELDOUT.length).toBeGreaterThanOrEqual(200);
    expect(Math.abs(DEV_TUNE.length - DEV_HELDOUT.length)).toBeLessThanOrEqual(1);
    const codes = new Set(index.docs.map((d) => d.summary.code));
    for (const { q, expect: want } of [
      ...DEV_TUNE,
      ...DEV_HELDOUT,
      ...FRESH_HELDOUT,
      ...THIRD_HELDOUT,
      ...FOURTH_HELDOUT,
      ...ELDERLY_DEV,
      ...ELDERLY_HELDOUT,
      ...ELDERLY3_TUNE,
      ...ELDERLY3_HELD,
      ...ELDERLY3_MORE,
      ...RANK3_TUNE,
      ...RANK3_HELD,
      ...ELDERLY4_TUNE,
      ...ELDERLY4_HELD,
      ...ELDERLY4_MORE,
      ...RURAL4_TUNE,
      ...RURAL4_HELD,
      ...ELDERLY5_TUNE,
      ...ELDERLY5_HELD,
      ...ELDERLY5_MORE,
      ...ELDERLY6_TUNE,
      ...ELDERLY6_HELD,
      ...RURAL5_TUNE,
      ...RURAL5_HELD,
      ...ELDERLY7_TUNE,
      ...ELDERLY7_HELD,
      ...ELDERLY7_MORE,
      ...MIXED9_TUNE,
      ...MIXED9_HELD,
      ...ELDERLY8_TUNE,
      ...ELDERLY8_HELD,
      ...ELDERLY8_MORE,
      ...TRADE11_TUNE,
      ...TRADE11_HELD,
      ...HOTICH12_TUNE,
      ...HOTICH12_HELD,
      ...PLAN10_TUNE,
      ...PLAN10_HELD,
      ...SOCIAL15_TUNE,
      ...SOCIAL15_HELD,
      ...RESID14_TUNE,
      ...RESID14_HELD,
      ...LONGQ16_TUNE,
      ...LONGQ16_HELD,
      ...REASON21_TUNE,
      ...REASON21_HELD,
      ...LAND13_TUNE,
      ...LAND13_HELD,
      ...RURAL20_TUNE,
      ...RURAL20_HELD,
      ...BIZ17_TUNE,
      ...BIZ17_HELD,
      ...JUSTICE18_TUNE,
      ...JUSTICE18_HELD,
      ...LAND24_TUNE,
      ...LAND24_HELD,
      ...WELFARE23_TUNE,
      ...WELFARE23_HELD,
      ...ELDERLY9_TUNE,
      ...ELDERLY9_HELD,
      ...FIELDS27_TUNE,
      ...FIELDS27_HELD,
      ...TYPED26_TUNE,
      ...TYPED26_HELD,
      ...SENSE25_TUNE,
      ...SENSE25_HELD,
      ...CIVIL29_TUNE,
      ...CIVIL29_HELD,
      ...ELDERLY10_TUNE,
      ...ELDERLY10_HELD,
      ...LAND28_TUNE,
      ...LAND28_HELD,
      ...RESID30_TUNE,
      ...RESID30_HELD,
      ...SOCIAL31_TUNE,
      ...SOCIAL31_HELD,
      ...ELDERLY11_TUNE,
      ...ELDERLY11_HELD,
      ...FIELDS35_TUNE,
      ...FIELDS35_HELD,
      ...YOUNG33_TUNE,
      ...YOUNG33_HELD,
      ...ELDERLY14_TUNE,
      ...ELDERLY14_HELD,
      ...CERTIFY38_TUNE,
      ...CERTIFY38_HELD,
      ...ELDERLY12_TUNE,
      ...ELDERLY12_HELD,
      ...ELDERLY13_TUNE,
      ...ELDERLY13_HELD,
      ...ASK34_TUNE,
      ...ASK34_HELD,
      ...RURAL32_TUNE,
      ...RURAL32_HELD,
      ...RURAL36_TUNE,
      ...RURAL36_HELD,
      ...STORY37_TUNE,
      ...STORY37_HELD,
      ...SPOKEN41_TUNE,
      ...SPOKEN41_HELD,
      ...SPOKEN41_SLIPS,
      ...TWINS39_TUNE,
      ...TWINS39_HELD,
      ...PLAIN40_TUNE,
      ...PLAIN40_HELD,
      ...ELDERLY15_TUNE,
      ...ELDERLY15_HELD,
      ...ELDERLY16_TUNE,
      ...ELDERLY16_HELD,
      ...HOUSE44_TUNE,
      ...HOUSE44_HELD,
      ...FOREST42_TUNE,
      ...FOREST42_HELD,
      ...TAX43_TUNE,
      ...TAX43_HELD,
      ...SOUTH48_TUNE,
      ...SOUTH48_HELD,
      ...OLDNAMES49_TUNE,
      ...OLDNAMES49_HELD,
      ...LONGQ45_TUNE,
      ...LONGQ45_HELD,
      ...MARKS47_TUNE,
      ...MARKS47_HELD,
      ...FIRM50_TUNE,
      ...FIRM50_HELD,
      ...LAND51_TUNE,
      ...LAND51_HELD,
      ...OFFICE46_TUNE,
      ...OFFICE46_HELD,
      ...ABROAD52_TUNE,
      ...ABROAD52_HELD,
      ...ELDERLY60_TUNE,
      ...ELDERLY60_HELD,
      ...LAND57_TUNE,
      ...LAND57_HELD,
      ...FARM54_TUNE,
      ...FARM54_HELD,
      ...DUES58_TUNE,
      ...DUES58_HELD,
      ...COURT55_TUNE,
      ...COURT55_HELD,
      ...HOME56_TUNE,
      ...HOME56_HELD,
      ...HOTICH53_TUNE,
      ...HOTICH53_HELD,
      ...MINORITY59_TUNE,
      ...MINORITY59_HELD,
      ...HOME62_TUNE,
      ...HOME62_HELD,
      ...ELDERLY61_TUNE,
      ...ELDERLY61_HELD,
      ...MONEY64_TUNE,
      ...MONEY64_HELD,
      ...NATURE63_TUNE,
      ...NATURE63_HELD,
      ...RURAL69_TUNE,
      ...RURAL69_HELD,
      ...HOTICH65_TUNE,
      ...HOTICH65_HELD,
      ...ELDERLY70_TUNE,
      ...ELDERLY70_HELD,
      ...POLICE68_TUNE,
      ...POLICE68_HELD,
      ...FOREST66_TUNE,
      ...FOREST66_HELD,
      ...LAND67_TUNE,
      ...LAND67_HELD,
      ...HOTICH71_TUNE,
      ...HOTICH71_HELD,
      ...STORY72_TUNE,
      ...STORY72_HELD,
      ...SOUTH73_TUNE,
      ...SOUTH73_HELD,
      ...ELDERLY74_TUNE,
      ...ELDERLY74_HELD,
      ...FAMILY75_TUNE,
      ...FAMILY75_HELD,
      ...SHORT76_TUNE,
      ...SHORT76_HELD,
      ...ENGLISH77_TUNE,
      ...ENGLISH77_HELD,
      ...ELDERLY79_TUNE,
      ...ELDERLY79_HELD,
      ...ELDERLY81_TUNE,
      ...ELDERLY81_HELD,
      ...ENGLISH78_TUNE,
      ...ENGLISH78_HELD,
      ...ENGLISH80_TUNE,
      ...ENGLISH80_HELD,
      ...ELDERLY82_TUNE,
      ...ELDERLY82_HELD,
      ...CITY83_TUNE,
      ...CITY83_HELD,
      ...PLAIN84_TUNE,
      ...PLAIN84_HELD,
      ...ELDERLY85_TUNE,
      ...ELDERLY85_HELD,
      ...STORY86_TUNE,
      ...STORY86_HELD,
      ...HILL87_TUNE,
      ...HILL87_HELD,
      ...ELDERLY88_TUNE,
      ...ELDERLY88_HELD,
      ...RETIRED89_TUNE,
      ...RETIRED89_HELD,
      ...VOICE90_TUNE,
      ...VOICE90_HELD,
      ...CIVIL92_TUNE,
      ...CIVIL92_HELD,
      ...LAND91_TUNE,
      ...LAND91_HELD,
      ...TRADE93_TUNE,
      ...TRADE93_HELD,
      ...MIXED94_TUNE,
      ...MIXED94_HELD,
      ...ELDERLY95_TUNE,
      ...ELDERLY95_HELD,
      ...PROVINCE96_TUNE,
      ...PROVINCE96_HELD,
    ])
      expect(
        want.filter((c) => !codes.has(c)),
        q,
      ).toEqual([]);
  });

  it.each(FLOORS)('%s: top-1 and top-3 at or above their floors', (_name, set, floor) => {
    const s = scoreSet(set, run);
    const summary = `top-1 ${pct(s.top1)}, top-3 ${pct(s.top3)}, MRR ${s.mrr.toFixed(3)}\n${s.misses.join('\n')}`;
    expect(s.top3, summary).toBeGreaterThanOrEqual(floor.top3);
    expect(s.top1, summary).toBeGreaterThanOrEqual(floor.top1);
  });

  it('reads a household moved "sang tỉnh khác" as the residence registered there, not a vehicle re-registered', () => {
    expect(run('chuyển hộ khẩu sang tỉnh khác')[0]).toBe('1.004222');
  });

  it('reads the papers named after "chứng thực bản sao" as the originals copied, not a transaction on them', () => {
    expect(run('cho tôi chứng thực bản sao sổ đỏ với giấy khai sinh')[0]).toBe('2.000815');
  });

  it('reads what "thì mới được" (only then may one) leads to as the reason for the act before it', () => {
    // "Ra khơi" after it is why the boat is registered, not the fishing licence asked for.
    expect(run('Nhà tôi có chiếc thuyền đánh cá, người ta nói phải đăng ký tàu thì mới được ra khơi')[0]).toBe('1.003650');
  });

  it('reads what "rồi mới" (and only after) leads to as the reason for the act before it', () => {
    // The plate's registration after it is why the fee is paid, not what is asked.
    expect(run('xe máy mới mua phải nộp tiền trước bạ rồi mới đăng ký biển số được')[0]).toBe('1.007700');
  });

  it('reads "muốn để" as to let, whose act is asked, and "một khoản" as an amount, no lump sum', () => {
    expect(run('tui muốn để con dâu nó lãnh thay mỗi tháng thì làm giấy tờ gì')[0]).toBe('1.001601');
    expect(run('người hưởng lương hưu chết thì vợ được lãnh một khoản tiền tuất').slice(0, 3)).toContain('2.000821');
  });

  it('reads whether an office does it, asked last, as where: the paper asked before it stays first', () => {
    expect(run('phiếu lý lịch tư pháp, cái đó xin ở đâu, ủy ban xã có làm không?')[0]).toBe('3.000333');
  });

  it('asks for no foreign party named in the reason after the request', () => {
    expect(run('Tôi muốn làm giấy khai sinh cho cháu, bố mẹ cháu đi làm ở Hàn Quốc chưa về')[0]).toBe('1.001193');
  });

  it('takes "đòi" (to claim back) for no exchange of a paper, which folds alike with "đổi"', () => {
    expect(run('kiện đòi lại sổ đỏ bị người ta giữ').slice(0, 3)).not.toContain('1.012783');
  });

  it('takes an office gone to ("với công an") for where the errand is done, not the police’s own procedures', () => {
    expect(run('con tôi ở trọ, có phải khai báo tạm trú cho nó với công an không')[0]).toBe('1.004194');
  });

  it('ends a "để" of the story at its clause, so the request after it is asked', () => {
    const guest = 'cháu tôi định cư ở nước ngoài, nay về ở nhà tôi hai tháng để thăm bà con, tôi có phải khai báo tạm trú cho nó không ạ';
    expect(run(guest)[0]).toBe('1.004194');
    expect(run('cháu tôi bố mẹ đi làm ăn xa, nay về ở với ông bà để đi học, tôi muốn nhập hộ khẩu cho cháu vào nhà tôi')[0]).toBe('1.004222');
  });

  it('takes the old’s age for no word of a name ("già", folded "gia" of "giải quyết", "gia hạn")', () => {
    expect(run('Tôi già rồi, muốn nhờ luật sư nhà nước giúp miễn phí')[0]).toBe('2.000829');
  });

  it('reads a short form the lexicon reads in the query’s context as its phrase, not as initials', () => {
    // Read as initials, "hd" before "thuê" was the names' "hiệp định thuế".
    expect(run('chung thuc hd thue nha')[0]).toBe('2.001035');
  });

  it('writes the lexicon’s phrases with their marks as the names write them', () => {
    // Each phrase of the catalogue's own wording the names hold is told from its homographs by the names' marks.
    expect(index.named.size).toBeGreaterThan(400);
    // Where the lexicon writes such a phrase with marks itself, it writes it as some name does.
    const disagree = index.lexicon
      .catalogue()
      .map((p) => p.join(' '))
      .filter((p) => {
        const own = index.lexicon.writtenAs(p);
        const named = index.named.get(p);
        return own && named && !own.some((w) => named.includes(w));
      });
    expect(disagree).toEqual([]);
  });

  it('reads an environmental permit as a permit, not as the environmental tax or fee, and the province’s first', () => {
    // Issue 17: another kind of thing (a fee) and another level (the ministry's twin) came first on a shared word.
    for (const q of ['xa nuoc thai ra song', 'xả thải', 'giay phep moi truong', 'gp môi trường']) expect(run(q)[0], q).toBe('1.010727');
  });

  it('puts the procedure first for the issue’s own example', () => {
    expect(search(index, 'giay doc than', { limit: 1, preferLevel: 'xa' }).hits[0]?.code).toBe('1.004873');
  });

  it('labels the word sense batch with codes the catalogue has, and answers its questions without one calmly', () => {
    const codes = new Set(index.docs.map((d) => d.summary.code));
    for (const { q, expect: want } of SENSE_BATCH)
      expect(
        want.filter((c) => !codes.has(c)),
        q,
      ).toEqual([]);
    for (const { q } of SENSE_NO_ANSWER) expect(() => search(index, q, { limit: 20, preferLevel: 'xa' })).not.toThrow();
  });

  it('stays calm on questions the catalogue cannot answer', () => {
    for (const { q } of NO_ANSWERS) expect(() => search(index, q, { limit: 20 })).not.toThrow();
    // Hundreds of long stories: seconds on a quiet machine, over the server tests' 20 s at a load of 10.
  }, 60_000);

  it('names the need the catalogue lacks on questions it cannot answer, and not on those it can', () => {
    // The national crawl has none of the gaps' procedures: every gap is open.
    expect(gaps.map((g) => g.id)).toEqual(CATALOGUE_GAPS.map((g) => g.id));
    // Read as the kiosk and the server read it: through the search's lexicon, English as the Vietnamese for it.
    const gapOf = (q: string) => gapIn(gaps, q, index.lexicon);
    const noted = NO_ANSWERS.filter(({ q }) => gapOf(q)).length / NO_ANSWERS.length;
    const labelled = [...new Map(FLOORS.flatMap(([, set]) => set).map((x) => [x.q, x])).values()];
    const shown = labelled.map(({ q }) => [q, gapOf(q)?.id] as const).filter(([, id]) => id);
    // 442 of 880 (50.2 %) on 7 Dec 2026, eleventh session; the rest are needs no gap names (a court's schedule, a
    // bus, a price) or procedures of fields the crawl has but not that one. Blind sets, counted by the lead only:
    // 1,720 of 2,962 (58.1 %), the three written that morning 169 of 275 (61.5 %).
    expect(noted).toBeGreaterThan(0.45);
    // On the questions the catalogue answers, only the people of merit's note, whose sentence says the police's
    // own procedures are the ones listed (48 of 6,057; on the blind sets 19 of 7,661 notes of any gap).
    expect(shown.filter(([, id]) => id !== 'people-of-merit')).toEqual([]);
    expect(shown.length / labelled.length).toBeLessThan(0.015);
  });

  it.each(HOSTILE_NO_HITS)('survives %s with no crash and no hits', (_name, q) => {
    expect(search(index, q, { limit: 10 }).hits).toEqual([]);
  });

  it.each(HOSTILE_WITH_HITS)('answers %s with a list', (_name, q) => {
    expect(search(index, q, { limit: 20, preferLevel: 'xa' }).hits.length).toBeGreaterThan(0);
  });

  it('reads a pasted page only as far as a query goes, so it costs what a query costs', () => {
    // How fast is the bench's to say (hostile queries against a keystroke's 16 ms); here, that the bound holds:
    // what follows the first 200 characters changes nothing.
    const head = 'đăng ký khai sinh cho con '.repeat(8);
    const codes = (q: string) => search(index, q, { limit: 20, preferLevel: 'xa' }).hits.map((h) => h.code);
    expect(codes(head + 'cấp giấy phép xây dựng nhà ở riêng lẻ '.repeat(300))).toEqual(codes(head.slice(0, 200)));
    expect(codes(head)).toContain('1.001193');
  });
});
