import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { QUERY_SET } from '@hcc/shared/search/query-set';
import { DEV_HELDOUT, DEV_TUNE } from '@hcc/shared/search/dev-set';
import { FRESH_HELDOUT } from '@hcc/shared/search/fresh-set';
import { THIRD_HELDOUT } from '@hcc/shared/search/third-set';
import { FOURTH_HELDOUT } from '@hcc/shared/search/fourth-set';
import { FIFTH_HELDOUT } from '@hcc/shared/search/fifth-set';
import { SIXTH_HELDOUT } from '@hcc/shared/search/sixth-set';
import { SEVENTH_HELDOUT } from '@hcc/shared/search/seventh-set';
import { EIGHTH_HELDOUT } from '@hcc/shared/search/eighth-set';
import { NINTH_HELDOUT } from '@hcc/shared/search/ninth-set';
import { TENTH_HELDOUT } from '@hcc/shared/search/tenth-set';
import { ELEVENTH_HELDOUT } from '@hcc/shared/search/eleventh-set';
import { TWELFTH_HELDOUT } from '@hcc/shared/search/twelfth-set';
import { THIRTEENTH_HELDOUT } from '@hcc/shared/search/thirteenth-set';
import { FOURTEENTH_HELDOUT } from '@hcc/shared/search/fourteenth-set';
import { FIFTEENTH_HELDOUT } from '@hcc/shared/search/fifteenth-set';
import { SIXTEENTH_HELDOUT } from '@hcc/shared/search/sixteenth-set';
import { SEVENTEENTH_HELDOUT } from '@hcc/shared/search/seventeenth-set';
import { EIGHTEENTH_HELDOUT } from '@hcc/shared/search/eighteenth-set';
import { NINETEENTH_HELDOUT } from '@hcc/shared/search/nineteenth-set';
import { TWENTIETH_HELDOUT } from '@hcc/shared/search/twentieth-set';
import { TWENTYFIRST_HELDOUT } from '@hcc/shared/search/twentyfirst-set';
import { TWENTYSECOND_HELDOUT } from '@hcc/shared/search/twentysecond-set';
import { TWENTYTHIRD_HELDOUT } from '@hcc/shared/search/twentythird-set';
import { TWENTYFOURTH_HELDOUT } from '@hcc/shared/search/twentyfourth-set';
import { TWENTYFIFTH_HELDOUT } from '@hcc/shared/search/twentyfifth-set';
import { TWENTYSIXTH_HELDOUT } from '@hcc/shared/search/twentysixth-set';
import { TWENTYSEVENTH_HELDOUT } from '@hcc/shared/search/twentyseventh-set';
import { AMBIG_DEV } from '@hcc/shared/search/ambig-set';
import { RURAL_BATCH } from '@hcc/shared/search/rural-batch';
import { ELDERLY_DEV, ELDERLY_HELDOUT } from '@hcc/shared/search/elderly-set';
import { TWENTYEIGHTH_HELDOUT } from '@hcc/shared/search/twentyeighth-set';
import { TWENTYNINTH_HELDOUT } from '@hcc/shared/search/twentyninth-set';
import { THIRTIETH_HELDOUT } from '@hcc/shared/search/thirtieth-set';
import { THIRTYFIRST_HELDOUT } from '@hcc/shared/search/thirtyfirst-set';
import { THIRTYSECOND_HELDOUT } from '@hcc/shared/search/thirtysecond-set';
import { THIRTYTHIRD_HELDOUT } from '@hcc/shared/search/thirtythird-set';
import { THIRTYFOURTH_HELDOUT } from '@hcc/shared/search/thirtyfourth-set';
import { THIRTYFIFTH_HELDOUT } from '@hcc/shared/search/thirtyfifth-set';
import { THIRTYSIXTH_HELDOUT } from '@hcc/shared/search/thirtysixth-set';
import { THIRTYSEVENTH_HELDOUT } from '@hcc/shared/search/thirtyseventh-set';
import { THIRTYEIGHTH_HELDOUT } from '@hcc/shared/search/thirtyeighth-set';
import { THIRTYNINTH_HELDOUT } from '@hcc/shared/search/thirtyninth-set';
import { FORTIETH_HELDOUT } from '@hcc/shared/search/fortieth-set';
import { FORTYFIRST_HELDOUT } from '@hcc/shared/search/fortyfirst-set';
import { FORTYSECOND_HELDOUT } from '@hcc/shared/search/fortysecond-set';
import { STORY_DEV } from '@hcc/shared/search/story-batch';
import { ELDERLY3_HELD, ELDERLY3_MORE, ELDERLY3_TUNE } from '@hcc/shared/search/elderly3-batch';
import { SOCIAL15_HELD, SOCIAL15_TUNE } from '@hcc/shared/search/social15-batch';
import { JUSTICE18_HELD, JUSTICE18_TUNE } from '@hcc/shared/search/justice18-batch';
import { LAND24_HELD, LAND24_TUNE } from '@hcc/shared/search/land24-batch';
import { WELFARE23_HELD, WELFARE23_TUNE } from '@hcc/shared/search/welfare23-batch';
import { FIELDS27_HELD, FIELDS27_TUNE } from '@hcc/shared/search/fields27-batch';
import { CIVIL29_HELD, CIVIL29_TUNE } from '@hcc/shared/search/civil29-batch';
import { LAND28_HELD, LAND28_TUNE } from '@hcc/shared/search/land28-batch';
import { RESID14_HELD, RESID14_TUNE } from '@hcc/shared/search/resid14-batch';
import { LONGQ16_HELD, LONGQ16_TUNE } from '@hcc/shared/search/longq16-batch';
import { REASON21_HELD, REASON21_TUNE } from '@hcc/shared/search/reason21-batch';
import { LAND13_HELD, LAND13_TUNE } from '@hcc/shared/search/land13-batch';
import { HOTICH12_HELD, HOTICH12_TUNE } from '@hcc/shared/search/hotich12-batch';
import { RURAL20_HELD, RURAL20_TUNE } from '@hcc/shared/search/rural20-batch';
import { BIZ17_HELD, BIZ17_TUNE } from '@hcc/shared/search/biz17-batch';
import { ELDERLY9_HELD, ELDERLY9_TUNE } from '@hcc/shared/search/elderly9-batch';
import { TYPED26_HELD, TYPED26_TUNE } from '@hcc/shared/search/typed26-batch';
import { SENSE25_HELD, SENSE25_TUNE } from '@hcc/shared/search/sense25-batch';
import { ELDERLY10_HELD, ELDERLY10_TUNE } from '@hcc/shared/search/elderly10-batch';
import { ELDERLY11_HELD, ELDERLY11_TUNE } from '@hcc/shared/search/elderly11-batch';
import { YOUNG33_HELD, YOUNG33_TUNE } from '@hcc/shared/search/young33-batch';
import { ELDERLY14_HELD, ELDERLY14_TUNE } from '@hcc/shared/search/elderly14-batch';
import { CERTIFY38_HELD, CERTIFY38_TUNE } from '@hcc/shared/search/certify38-batch';
import { ELDERLY13_HELD, ELDERLY13_TUNE } from '@hcc/shared/search/elderly13-batch';
import { ASK34_HELD, ASK34_TUNE } from '@hcc/shared/search/ask34-batch';
import { RURAL36_HELD, RURAL36_TUNE } from '@hcc/shared/search/rural36-batch';
import { STORY37_HELD, STORY37_TUNE } from '@hcc/shared/search/story37-batch';
import { SPOKEN41_HELD, SPOKEN41_SLIPS, SPOKEN41_TUNE } from '@hcc/shared/search/spoken41-batch';
import { TWINS39_HELD, TWINS39_TUNE } from '@hcc/shared/search/twins39-batch';
import { PLAIN40_HELD, PLAIN40_TUNE } from '@hcc/shared/search/plain40-batch';
import { ELDERLY15_HELD, ELDERLY15_TUNE } from '@hcc/shared/search/elderly15-batch';
import { ELDERLY16_HELD, ELDERLY16_TUNE } from '@hcc/shared/search/elderly16-batch';
import { HOUSE44_HELD, HOUSE44_TUNE } from '@hcc/shared/search/house44-batch';
import { FOREST42_HELD, FOREST42_TUNE } from '@hcc/shared/search/forest42-batch';
import { TAX43_HELD, TAX43_TUNE } from '@hcc/shared/search/tax43-batch';
import { FIRM50_HELD, FIRM50_TUNE } from '@hcc/shared/search/firm50-batch';
import { LAND51_HELD, LAND51_TUNE } from '@hcc/shared/search/land51-batch';
import { MINORITY59_HELD, MINORITY59_TUNE } from '@hcc/shared/search/minority59-batch';
import { HOME62_HELD, HOME62_TUNE } from '@hcc/shared/search/home62-batch';
import { ELDERLY61_HELD, ELDERLY61_TUNE } from '@hcc/shared/search/elderly61-batch';
import { MONEY64_HELD, MONEY64_TUNE } from '@hcc/shared/search/money64-batch';
import { NATURE63_HELD, NATURE63_TUNE } from '@hcc/shared/search/nature63-batch';
import { RURAL69_HELD, RURAL69_TUNE } from '@hcc/shared/search/rural69-batch';
import { HOTICH65_HELD, HOTICH65_TUNE } from '@hcc/shared/search/hotich65-batch';
import { ELDERLY70_HELD, ELDERLY70_TUNE } from '@hcc/shared/search/elderly70-batch';
import { HOTICH71_HELD, HOTICH71_TUNE } from '@hcc/shared/search/hotich71-batch';
import { STORY72_HELD, STORY72_TUNE } from '@hcc/shared/search/story72-batch';
import { SOUTH73_HELD, SOUTH73_TUNE } from '@hcc/shared/search/south73-batch';
import { ELDERLY74_HELD, ELDERLY74_TUNE } from '@hcc/shared/search/elderly74-batch';
import { FAMILY75_HELD, FAMILY75_TUNE } from '@hcc/shared/search/family75-batch';
import { SHORT76_HELD, SHORT76_TUNE } from '@hcc/shared/search/short76-batch';
import { ENGLISH77_HELD, ENGLISH77_TUNE } from '@hcc/shared/search/english77-batch';
import { ELDERLY79_HELD, ELDERLY79_TUNE } from '@hcc/shared/search/elderly79-batch';
import { ELDERLY81_HELD, ELDERLY81_TUNE } from '@hcc/shared/search/elderly81-batch';
import { ELDERLY82_HELD, ELDERLY82_TUNE } from '@hcc/shared/search/elderly82-batch';
import { CITY83_HELD, CITY83_TUNE } from '@hcc/shared/search/city83-batch';
import { PLAIN84_HELD, PLAIN84_TUNE } from '@hcc/shared/search/plain84-batch';
import { ELDERLY85_HELD, ELDERLY85_TUNE } from '@hcc/shared/search/elderly85-batch';
import { STORY86_HELD, STORY86_TUNE } from '@hcc/shared/search/story86-batch';
import { HILL87_HELD, HILL87_TUNE } from '@hcc/shared/search/hill87-batch';
import { ENGLISH78_HELD, ENGLISH78_TUNE } from '@hcc/shared/search/english78-batch';
import { ENGLISH80_HELD, ENGLISH80_TUNE } from '@hcc/shared/search/english80-batch';
import { POLICE68_HELD, POLICE68_TUNE } from '@hcc/shared/search/police68-batch';
import { FOREST66_HELD, FOREST66_TUNE } from '@hcc/shared/search/forest66-batch';
import { LAND67_HELD, LAND67_TUNE } from '@hcc/shared/search/land67-batch';
import { ABROAD52_HELD, ABROAD52_TUNE } from '@hcc/shared/search/abroad52-batch';
import { ELDERLY60_HELD, ELDERLY60_TUNE } from '@hcc/shared/search/elderly60-batch';
import { LAND57_HELD, LAND57_TUNE } from '@hcc/shared/search/land57-batch';
import { FARM54_HELD, FARM54_TUNE } from '@hcc/shared/search/farm54-batch';
import { DUES58_HELD, DUES58_TUNE } from '@hcc/shared/search/dues58-batch';
import { COURT55_HELD, COURT55_TUNE } from '@hcc/shared/search/court55-batch';
import { HOME56_HELD, HOME56_TUNE } from '@hcc/shared/search/home56-batch';
import { HOTICH53_HELD, HOTICH53_TUNE } from '@hcc/shared/search/hotich53-batch';
import { SOUTH48_HELD, SOUTH48_TUNE } from '@hcc/shared/search/south48-batch';
import { OLDNAMES49_HELD, OLDNAMES49_TUNE } from '@hcc/shared/search/oldnames49-batch';
import { LONGQ45_HELD, LONGQ45_TUNE } from '@hcc/shared/search/longq45-batch';
import { MARKS47_HELD, MARKS47_TUNE } from '@hcc/shared/search/marks47-batch';
import { OFFICE46_HELD, OFFICE46_TUNE } from '@hcc/shared/search/office46-batch';
import { RESID30_HELD, RESID30_TUNE } from '@hcc/shared/search/resid30-batch';
import { SOCIAL31_HELD, SOCIAL31_TUNE } from '@hcc/shared/search/social31-batch';
import { FIELDS35_HELD, FIELDS35_TUNE } from '@hcc/shared/search/fields35-batch';
import { ELDERLY12_HELD, ELDERLY12_TUNE } from '@hcc/shared/search/elderly12-batch';
import { RURAL32_HELD, RURAL32_TUNE } from '@hcc/shared/search/rural32-batch';
import { ELDERLY88_HELD, ELDERLY88_TUNE } from '@hcc/shared/search/elderly88-batch';
import { RETIRED89_HELD, RETIRED89_TUNE } from '@hcc/shared/search/retired89-batch';
import { VOICE90_HELD, VOICE90_TUNE } from '@hcc/shared/search/voice90-batch';
import { CIVIL92_HELD, CIVIL92_TUNE } from '@hcc/shared/search/civil92-batch';
import { LAND91_HELD, LAND91_TUNE } from '@hcc/shared/search/land91-batch';
import { TRADE93_HELD, TRADE93_TUNE } from '@hcc/shared/search/trade93-batch';
import { MIXED94_HELD, MIXED94_TUNE } from '@hcc/shared/search/mixed94-batch';
import { ELDERLY95_HELD, ELDERLY95_TUNE } from '@hcc/shared/search/elderly95-batch';
import { PROVINCE96_HELD, PROVINCE96_TUNE } from '@hcc/shared/search/province96-batch';
import type { SearchDoc } from '@hcc/shared/search/engine';
import { type LabelledQuery, pct, scoreSet } from '@hcc/shared/search/evaluate';
import { searchDocOf } from '@hcc/shared/search/search-doc';
import { HOSTILE_NO_HITS, HOSTILE_WITH_HITS } from '@hcc/shared/search/hostile-queries';
import { foldVietnamese } from '@hcc/shared/search/fold';
import type { Page } from 'playwright-core';
import { type Engine, flexEngine, oramaEngine, ownEngine } from './search-engines';
import { bundleSizes, gzKb, ROOT, workerFile, WORKERS } from '../../e2e/bundle-sizes';
import { adminSession, destroyServer, launchBrowser, pairKiosk, startServer } from '../../e2e/harness';
import { crawlText, findCrawl, readCrawlFile } from '../../server/src/catalogue/read-crawl';

const CRAWL = findCrawl() ?? 'server/seed/tthc/national-crawl.jsonl.gz';
import type { BenchResult, Row } from '../lib/report';
import { percentile } from '../lib/stats';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/**
 * Every labelled set, scored the same way for each engine (shared/src/search/evaluate.ts). The issue's goals judge
 * the sets the engine was never tuned on; a set it was tuned on is shown, not judged.
 */
const SETS: { name: string; set: readonly LabelledQuery[]; tuned?: true; blind?: true }[] = [
  { name: 'tuning half', set: DEV_TUNE, tuned: true },
  { name: 'held-out half', set: DEV_HELDOUT },
  { name: 'second held-out set', set: FRESH_HELDOUT },
  { name: 'third set (a development set since the fourth session)', set: THIRD_HELDOUT, tuned: true },
  { name: 'fourth held-out set', set: FOURTH_HELDOUT },
  { name: 'fifth set (written blind by another hand; a development set since its first score)', set: FIFTH_HELDOUT, tuned: true },
  { name: 'sixth set (written blind by another hand; a development set since the seventh session)', set: SIXTH_HELDOUT, tuned: true },
  // Scored whole once (69.7 % / 81.0 %), then its odd-numbered queries were read for misses and tuned on; the even ones never were.
  { name: 'seventh set, odd half (written blind; tuned on since its first score)', set: SEVENTH_HELDOUT.filter((_, i) => i % 2 === 1), tuned: true },
  { name: 'seventh set, even half (written blind, never read for misses)', set: SEVENTH_HELDOUT.filter((_, i) => i % 2 === 0), blind: true },
  { name: 'eighth set (written blind, never read for misses)', set: EIGHTH_HELDOUT, blind: true },
  { name: 'ninth set (written blind, never read for misses)', set: NINTH_HELDOUT, blind: true },
  { name: 'tenth set (written blind, never read for misses)', set: TENTH_HELDOUT, blind: true },
  { name: 'eleventh set (written blind, never read for misses)', set: ELEVENTH_HELDOUT, blind: true },
  { name: 'twelfth set (written blind, never read for misses)', set: TWELFTH_HELDOUT, blind: true },
  { name: 'thirteenth set (written blind, never read for misses)', set: THIRTEENTH_HELDOUT, blind: true },
  { name: 'fourteenth set (written blind, never read for misses)', set: FOURTEENTH_HELDOUT, blind: true },
  { name: 'fifteenth set (written blind on 6 Dec 2026 after that day’s changes, never read for misses)', set: FIFTEENTH_HELDOUT, blind: true },
  { name: 'sixteenth set (written blind on 6 Dec 2026 by a helper who never saw the engine, never read for misses)', set: SIXTEENTH_HELDOUT, blind: true },
  { name: 'seventeenth set (written blind on 6 Dec 2026, third session, by a helper who never saw the engine, never read for misses)', set: SEVENTEENTH_HELDOUT, blind: true },
  { name: 'eighteenth set (written blind on 6 Dec 2026, fourth session, by a helper who never saw the engine, never read for misses)', set: EIGHTEENTH_HELDOUT, blind: true },
  { name: 'nineteenth set (written blind on 6 Dec 2026, fifth session, by a helper who never saw the engine, never read for misses)', set: NINETEENTH_HELDOUT, blind: true },
  { name: 'twentieth set (written blind on 6 Dec 2026, sixth session, by a helper who never saw the engine, never read for misses)', set: TWENTIETH_HELDOUT, blind: true },
  {
    name: 'twenty-first set (written blind on 6 Dec 2026, sixth session, after its first round of changes, by a helper who never saw the engine, never read for misses)',
    set: TWENTYFIRST_HELDOUT,
    blind: true,
  },
  {
    name: 'twenty-second set (written blind on 6 Dec 2026, seventh session, before its changes, by a helper who never saw the engine, never read for misses)',
    set: TWENTYSECOND_HELDOUT,
    blind: true,
  },
  {
    name: 'twenty-third set (written blind on 6 Dec 2026, seventh session, before its changes, by another helper who never saw the engine, never read for misses)',
    set: TWENTYTHIRD_HELDOUT,
    blind: true,
  },
  {
    name: 'twenty-fourth set (written blind on 6 Dec 2026, seventh session, after its first round of changes, by a helper who never saw the engine, never read for misses)',
    set: TWENTYFOURTH_HELDOUT,
    blind: true,
  },
  {
    name: 'twenty-fifth set (written blind on 7 Dec 2026, eighth session, before its changes, by a helper who never saw the engine, never read for misses)',
    set: TWENTYFIFTH_HELDOUT,
    blind: true,
  },
  {
    name: 'twenty-sixth set (written blind on 7 Dec 2026, eighth session, before its changes, by a second helper who never saw the engine, never read for misses)',
    set: TWENTYSIXTH_HELDOUT,
    blind: true,
  },
  {
    name: 'twenty-seventh set (written blind on 7 Dec 2026, eighth session, before its changes, by a third helper who never saw the engine, never read for misses)',
    set: TWENTYSEVENTH_HELDOUT,
    blind: true,
  },
  {
    name: 'twenty-eighth set (written blind on 7 Dec 2026, ninth session, before its changes, by a helper who never saw the engine, never read for misses)',
    set: TWENTYEIGHTH_HELDOUT,
    blind: true,
  },
  {
    name: 'twenty-ninth set (written blind on 7 Dec 2026, ninth session, before its changes, by a second helper who never saw the engine, never read for misses)',
    set: TWENTYNINTH_HELDOUT,
    blind: true,
  },
  {
    name: 'thirtieth set (written blind on 7 Dec 2026, ninth session, before its changes, by a third helper who never saw the engine, never read for misses)',
    set: THIRTIETH_HELDOUT,
    blind: true,
  },
  {
    name: 'thirty-first set (written blind on 7 Dec 2026, tenth session, before its changes, by a helper who never saw the engine, never read for misses)',
    set: THIRTYFIRST_HELDOUT,
    blind: true,
  },
  {
    name: 'thirty-second set (written blind on 7 Dec 2026, tenth session, before its changes, by another helper who never saw the engine, never read for misses)',
    set: THIRTYSECOND_HELDOUT,
    blind: true,
  },
  {
    name: 'thirty-third set (written blind on 7 Dec 2026, tenth session, before its changes, by a third helper who never saw the engine, never read for misses)',
    set: THIRTYTHIRD_HELDOUT,
    blind: true,
  },
  {
    name: 'thirty-fourth set (written blind on 7 Dec 2026, tenth session, during its first round of changes, by a fourth helper who never saw the engine, never read for misses)',
    set: THIRTYFOURTH_HELDOUT,
    blind: true,
  },
  {
    name: 'thirty-fifth set (written blind on 7 Dec 2026, tenth session, during its first round of changes, by a fifth helper who never saw the engine, never read for misses)',
    set: THIRTYFIFTH_HELDOUT,
    blind: true,
  },
  {
    name: 'thirty-sixth set (written blind on 7 Dec 2026, tenth session, during its first round of changes, by a sixth helper who never saw the engine, never read for misses)',
    set: THIRTYSIXTH_HELDOUT,
    blind: true,
  },
  {
    name: 'thirty-seventh set (written blind on 7 Dec 2026, eleventh session, before its changes, by a first helper who never saw the engine, never read for misses)',
    set: THIRTYSEVENTH_HELDOUT,
    blind: true,
  },
  {
    name: 'thirty-eighth set (written blind on 7 Dec 2026, eleventh session, before its changes, by a second helper who never saw the engine, never read for misses)',
    set: THIRTYEIGHTH_HELDOUT,
    blind: true,
  },
  {
    name: 'thirty-ninth set (written blind on 7 Dec 2026, eleventh session, before its changes, by a third helper who never saw the engine, never read for misses)',
    set: THIRTYNINTH_HELDOUT,
    blind: true,
  },
  {
    name: 'fortieth set (written blind on 7 Dec 2026, eleventh session, after its first round of changes, by a first helper who never saw the engine, never read for misses)',
    set: FORTIETH_HELDOUT,
    blind: true,
  },
  {
    name: 'forty-first set (written blind on 7 Dec 2026, eleventh session, after its first round of changes, by a second helper who never saw the engine, never read for misses)',
    set: FORTYFIRST_HELDOUT,
    blind: true,
  },
  {
    name: 'forty-second set (written blind on 7 Dec 2026, eleventh session, after its first round of changes, by a third helper who never saw the engine, never read for misses)',
    set: FORTYSECOND_HELDOUT,
    blind: true,
  },
  { name: 'shared words across kinds, levels and readings (a development batch, tuned on)', set: AMBIG_DEV, tuned: true },
  { name: 'the rural voice (a development batch, tuned on)', set: RURAL_BATCH, tuned: true },
  { name: 'the elderly voice (a development batch, tuned on)', set: ELDERLY_DEV, tuned: true },
  { name: 'places, times and deaths in elderly stories (a development batch, tuned on)', set: STORY_DEV, tuned: true },
  { name: 'the elderly voice, its part kept from tuning (one threshold was chosen on it)', set: ELDERLY_HELDOUT },
  { name: 'the elderly voice, third round: tune half (a development batch, tuned on)', set: ELDERLY3_TUNE, tuned: true },
  { name: 'the elderly voice, third round: later sittings (a development batch, tuned on)', set: ELDERLY3_MORE, tuned: true },
  { name: 'the elderly voice, third round: held half (never read for misses)', set: ELDERLY3_HELD },
  { name: 'social protection and livelihoods, fifteenth round: tune half (a development batch, tuned on)', set: SOCIAL15_TUNE, tuned: true },
  { name: 'social protection and livelihoods, fifteenth round: held half (never read for misses)', set: SOCIAL15_HELD },
  { name: 'residence, identity and vehicles, three voices, fourteenth round: tune half (a development batch, tuned on)', set: RESID14_TUNE, tuned: true },
  { name: 'residence, identity and vehicles, three voices, fourteenth round: held half (never read for misses)', set: RESID14_HELD },
  { name: 'long stories of 15 to 45 words: tune half (a development batch, tuned on)', set: LONGQ16_TUNE, tuned: true },
  { name: 'long stories of 15 to 45 words: held half (never read for misses)', set: LONGQ16_HELD },
  { name: 'requests with a reason (để, vì, do…): tune half (a development batch, tuned on)', set: REASON21_TUNE, tuned: true },
  { name: 'requests with a reason (để, vì, do…): held half (never read for misses)', set: REASON21_HELD },
  { name: 'land, housing and building, thirteenth round: tune half (a development batch, tuned on)', set: LAND13_TUNE, tuned: true },
  { name: 'land, housing and building, thirteenth round: held half (never read for misses)', set: LAND13_HELD },
  { name: 'civil status and certification, three voices, twelfth round: tune half (a development batch, tuned on)', set: HOTICH12_TUNE, tuned: true },
  { name: 'civil status and certification, three voices, twelfth round: held half (never read for misses)', set: HOTICH12_HELD },
  { name: 'countryside errands (farms, animals, boats, wells, village building), twentieth round: tune half (a development batch, tuned on)', set: RURAL20_TUNE, tuned: true },
  { name: 'countryside errands (farms, animals, boats, wells, village building), twentieth round: held half (never read for misses)', set: RURAL20_HELD },
  { name: 'businesses, three voices, seventeenth round: tune half (a development batch, tuned on)', set: BIZ17_TUNE, tuned: true },
  { name: 'businesses, three voices, seventeenth round: held half (never read for misses)', set: BIZ17_HELD },
  { name: 'justice and disputes, three voices, eighteenth round: tune half (a development batch, tuned on)', set: JUSTICE18_TUNE, tuned: true },
  { name: 'justice and disputes, three voices, eighteenth round: held half (never read for misses)', set: JUSTICE18_HELD },
  { name: 'land near-twins told by the act, twenty-fourth round: tune half (a development batch, tuned on)', set: LAND24_TUNE, tuned: true },
  { name: 'land near-twins told by the act, twenty-fourth round: held half (never read for misses)', set: LAND24_HELD },
  { name: 'welfare, health insurance, licences and vehicles, three voices, twenty-third round: tune half (a development batch, tuned on)', set: WELFARE23_TUNE, tuned: true },
  { name: 'welfare, health insurance, licences and vehicles, three voices, twenty-third round: held half (never read for misses)', set: WELFARE23_HELD },
  { name: 'the elderly voice asking how, where, how long, how much, ninth round: tune half (a development batch, tuned on)', set: ELDERLY9_TUNE, tuned: true },
  { name: 'the elderly voice asking how, where, how long, how much, ninth round: held half (never read for misses)', set: ELDERLY9_HELD },
  { name: 'less common fields (tax, fees, boats, farms, building, legal aid), twenty-seventh round: tune half (a development batch, tuned on)', set: FIELDS27_TUNE, tuned: true },
  { name: 'less common fields (tax, fees, boats, farms, building, legal aid), twenty-seventh round: held half (never read for misses)', set: FIELDS27_HELD },
  { name: 'how people type on a kiosk or a phone, twenty-sixth round: tune half (a development batch, tuned on)', set: TYPED26_TUNE, tuned: true },
  { name: 'how people type on a kiosk or a phone, twenty-sixth round: held half (never read for misses)', set: TYPED26_HELD },
  { name: 'near-twins told apart by what a verb is said of, twenty-fifth round: tune half (a development batch, tuned on)', set: SENSE25_TUNE, tuned: true },
  { name: 'near-twins told apart by what a verb is said of, twenty-fifth round: held half (never read for misses)', set: SENSE25_HELD },
  { name: 'civil status and certification told by the situation, three voices, twenty-ninth round: tune half (a development batch, tuned on)', set: CIVIL29_TUNE, tuned: true },
  { name: 'civil status and certification told by the situation, three voices, twenty-ninth round: held half (never read for misses)', set: CIVIL29_HELD },
  { name: 'the elderly voice telling the need by what happened, tenth round: tune half (a development batch, tuned on)', set: ELDERLY10_TUNE, tuned: true },
  { name: 'the elderly voice telling the need by what happened, tenth round: held half (never read for misses)', set: ELDERLY10_HELD },
  { name: 'land, housing, building and inheritance as a commune hears them, twenty-eighth round: tune half (a development batch, tuned on)', set: LAND28_TUNE, tuned: true },
  { name: 'land, housing, building and inheritance as a commune hears them, twenty-eighth round: held half (never read for misses)', set: LAND28_HELD },
  { name: 'residence, identity, travel and vehicles told by the situation, thirtieth round: tune half (a development batch, tuned on)', set: RESID30_TUNE, tuned: true },
  { name: 'residence, identity, travel and vehicles told by the situation, thirtieth round: held half (never read for misses)', set: RESID30_HELD },
  { name: 'insurance, merit, poverty and household businesses, three voices, thirty-first round: tune half (a development batch, tuned on)', set: SOCIAL31_TUNE, tuned: true },
  { name: 'insurance, merit, poverty and household businesses, three voices, thirty-first round: held half (never read for misses)', set: SOCIAL31_HELD },
  { name: "the elderly voice asking on someone else's behalf, eleventh round: tune half (a development batch, tuned on)", set: ELDERLY11_TUNE, tuned: true },
  { name: "the elderly voice asking on someone else's behalf, eleventh round: held half (never read for misses)", set: ELDERLY11_HELD },
  { name: 'less common fields (water, forests, fish cages, landings, badges, foreign guests), thirty-fifth round: tune half (a development batch, tuned on)', set: FIELDS35_TUNE, tuned: true },
  { name: 'less common fields (water, forests, fish cages, landings, badges, foreign guests), thirty-fifth round: held half (never read for misses)', set: FIELDS35_HELD },
  { name: "young adults' errands, three voices weighted to the young, thirty-third round: tune half (a development batch, tuned on)", set: YOUNG33_TUNE, tuned: true },
  { name: "young adults' errands, three voices weighted to the young, thirty-third round: held half (never read for misses)", set: YOUNG33_HELD },
  { name: 'the elderly voice on residence, identity, vehicles, insurance and welfare, fourteenth round: tune half (a development batch, tuned on)', set: ELDERLY14_TUNE, tuned: true },
  { name: 'the elderly voice on residence, identity, vehicles, insurance and welfare, fourteenth round: held half (never read for misses)', set: ELDERLY14_HELD },
  { name: 'certification and justice at the counter, three voices, thirty-eighth round: tune half (a development batch, tuned on)', set: CERTIFY38_TUNE, tuned: true },
  { name: 'certification and justice at the counter, three voices, thirty-eighth round: held half (never read for misses)', set: CERTIFY38_HELD },
  { name: 'family and civil status as the old tell it, twelfth elderly round: tune half (a development batch, tuned on)', set: ELDERLY12_TUNE, tuned: true },
  { name: 'family and civil status as the old tell it, twelfth elderly round: held half (never read for misses)', set: ELDERLY12_HELD },
  { name: 'land, house and inheritance as the old tell them, elderly thirteenth round: tune half (a development batch, tuned on)', set: ELDERLY13_TUNE, tuned: true },
  { name: 'land, house and inheritance as the old tell them, elderly thirteenth round: held half (never read for misses)', set: ELDERLY13_HELD },
  { name: 'the need asked as a question with extra words, three voices, thirty-fourth round: tune half (a development batch, tuned on)', set: ASK34_TUNE, tuned: true },
  { name: 'the need asked as a question with extra words, three voices, thirty-fourth round: held half (never read for misses)', set: ASK34_HELD },
  {
    name: 'errands of farmers, traders, drivers and fishers, voices weighted rural, thirty-second round: tune half (a development batch, tuned on)',
    set: RURAL32_TUNE,
    tuned: true,
  },
  {
    name: 'errands of farmers, traders, drivers and fishers, voices weighted rural, thirty-second round: held half (never read for misses)',
    set: RURAL32_HELD,
  },
  { name: 'Mekong delta, Central coast and Highlands, three voices weighted to the rural, thirty-sixth round: tune half (a development batch, tuned on)', set: RURAL36_TUNE, tuned: true },
  { name: 'Mekong delta, Central coast and Highlands, three voices weighted to the rural, thirty-sixth round: held half (never read for misses)', set: RURAL36_HELD },
  { name: 'needs implied by a life event, never named, three voices, thirty-seventh round: tune half (a development batch, tuned on)', set: STORY37_TUNE, tuned: true },
  { name: 'needs implied by a life event, never named, three voices, thirty-seventh round: held half (never read for misses)', set: STORY37_HELD },
  { name: 'errands as said to voice typing, three voices, forty-first round: tune half (a development batch, tuned on)', set: SPOKEN41_TUNE, tuned: true },
  { name: 'errands as said to voice typing, three voices, forty-first round: held half (never read for misses)', set: SPOKEN41_HELD },
  { name: 'errands as said to voice typing, forty-first round: voice and hearing slips (written after scoring, tuned on)', set: SPOKEN41_SLIPS, tuned: true },
  { name: 'acts among near-twin procedures in everyday words, three voices, thirty-ninth round: tune half (a development batch, tuned on)', set: TWINS39_TUNE, tuned: true },
  { name: 'acts among near-twin procedures in everyday words, three voices, thirty-ninth round: held half (never read for misses)', set: TWINS39_HELD },
  { name: 'plain words: minority speech, keywords only, touch-keyboard slips, three voices, fortieth round: tune half (a development batch, tuned on)', set: PLAIN40_TUNE, tuned: true },
  { name: 'plain words: minority speech, keywords only, touch-keyboard slips, three voices, fortieth round: held half (never read for misses)', set: PLAIN40_HELD },
  { name: 'the elderly voice on a stall, its tax, animals, farming, old vehicles and the village, fifteenth round: tune half (a development batch, tuned on)', set: ELDERLY15_TUNE, tuned: true },
  { name: 'the elderly voice on a stall, its tax, animals, farming, old vehicles and the village, fifteenth round: held half (never read for misses)', set: ELDERLY15_HELD },
  { name: 'papers from long ago and people long gone, as the old tell them, elderly sixteenth round: tune half (a development batch, tuned on)', set: ELDERLY16_TUNE, tuned: true },
  { name: 'papers from long ago and people long gone, as the old tell them, elderly sixteenth round: held half (never read for misses)', set: ELDERLY16_HELD },
  {
    name: 'social and state housing, planning, building permits and police-certified trades, three voices, forty-fourth round: tune half (a development batch, tuned on)',
    set: HOUSE44_TUNE,
    tuned: true,
  },
  { name: 'social and state housing, planning, building permits and police-certified trades, three voices, forty-fourth round: held half (never read for misses)', set: HOUSE44_HELD },
  {
    name: 'the rural economy (timber, wildlife farms, crops, fishing boats, ghe, landings), three voices, forty-second round: tune half (a development batch, tuned on)',
    set: FOREST42_TUNE,
    tuned: true,
  },
  { name: 'the rural economy (timber, wildlife farms, crops, fishing boats, ghe, landings), three voices, forty-second round: held half (never read for misses)', set: FOREST42_HELD },
  { name: 'taxes, insurance dues, justice records and courts, three voices, forty-third round: tune half (a development batch, tuned on)', set: TAX43_TUNE, tuned: true },
  { name: 'taxes, insurance dues, justice records and courts, three voices, forty-third round: held half (never read for misses)', set: TAX43_HELD },
  { name: 'the rural South and the Mekong delta without marks, Southern words and chat shorthand, forty-eighth round: tune half (a development batch, tuned on)', set: SOUTH48_TUNE, tuned: true },
  { name: 'the rural South and the Mekong delta without marks, Southern words and chat shorthand, forty-eighth round: held half (never read for misses)', set: SOUTH48_HELD },
  { name: 'old and regional names of papers and offices, as the old still say them, forty-ninth round: tune half (a development batch, tuned on)', set: OLDNAMES49_TUNE, tuned: true },
  { name: 'old and regional names of papers and offices, as the old still say them, forty-ninth round: held half (never read for misses)', set: OLDNAMES49_HELD },
  { name: 'long elderly stories, civil status and residence, 11 to 45 words, forty-fifth round: tune half (a development batch, tuned on)', set: LONGQ45_TUNE, tuned: true },
  { name: 'long elderly stories, civil status and residence, 11 to 45 words, forty-fifth round: held half (never read for misses)', set: LONGQ45_HELD },
  {
    name: 'queries typed with diacritics, right and slipped (hỏi/ngã, one tone, đ as d, a hat left out, near words), three voices, forty-seventh round: tune half (a development batch, tuned on)',
    set: MARKS47_TUNE,
    tuned: true,
  },
  {
    name: 'queries typed with diacritics, right and slipped (hỏi/ngã, one tone, đ as d, a hat left out, near words), three voices, forty-seventh round: held half (never read for misses)',
    set: MARKS47_HELD,
  },
  {
    name: 'businesses as people ask: household business, company, cooperative, shop permits, three voices, fiftieth round: tune half (a development batch, tuned on)',
    set: FIRM50_TUNE,
    tuned: true,
  },
  { name: 'businesses as people ask: household business, company, cooperative, shop permits, three voices, fiftieth round: held half (never read for misses)', set: FIRM50_HELD },
  { name: 'land as the elderly and their families tell it at a commune counter, three voices, fifty-first round: tune half (a development batch, tuned on)', set: LAND51_TUNE, tuned: true },
  { name: 'land as the elderly and their families tell it at a commune counter, three voices, fifty-first round: held half (never read for misses)', set: LAND51_HELD },
  { name: 'the office or counter named instead of the procedure, or a paper torn, forty-sixth round: tune half (a development batch, tuned on)', set: OFFICE46_TUNE, tuned: true },
  { name: 'the office or counter named instead of the procedure, or a paper torn, forty-sixth round: held half (never read for misses)', set: OFFICE46_HELD },
  {
    name: 'civil status with a foreign element: marriage, divorce, birth and death abroad, nationality, passports, three voices, fifty-second round: tune half (a development batch, tuned on)',
    set: ABROAD52_TUNE,
    tuned: true,
  },
  {
    name: 'civil status with a foreign element: marriage, divorce, birth and death abroad, nationality, passports, three voices, fifty-second round: held half (never read for misses)',
    set: ABROAD52_HELD,
  },
  {
    name: 'the elderly only, grandmother, grandfather and neighbour, long stories outside land and civil status (cards, vehicles, pensions, health cards, shops, certification), sixtieth round: tune half (a development batch, tuned on)',
    set: ELDERLY60_TUNE,
    tuned: true,
  },
  {
    name: 'the elderly only, grandmother, grandfather and neighbour, long stories outside land and civil status (cards, vehicles, pensions, health cards, shops, certification), sixtieth round: held half (never read for misses)',
    set: ELDERLY60_HELD,
  },
  {
    name: 'land beyond the common cases: a spouse added, the book of a husband now dead, land let, a road, a new map, a shrine, a dyke, three voices, fifty-seventh round: tune half (a development batch, tuned on)',
    set: LAND57_TUNE,
    tuned: true,
  },
  {
    name: 'land beyond the common cases: a spouse added, the book of a husband now dead, land let, a road, a new map, a shrine, a dyke, three voices, fifty-seventh round: held half (never read for misses)',
    set: LAND57_HELD,
  },
  {
    name: 'the rural economy as farmers tell it: forests, crops, irrigation, livestock, fisheries, three voices, fifty-fourth round: tune half (a development batch, tuned on)',
    set: FARM54_TUNE,
    tuned: true,
  },
  {
    name: 'the rural economy as farmers tell it: forests, crops, irrigation, livestock, fisheries, three voices, fifty-fourth round: held half (never read for misses)',
    set: FARM54_HELD,
  },
  {
    name: 'paying into social and health insurance, boats and roads, three voices, fifty-eighth round: tune half (a development batch, tuned on)',
    set: DUES58_TUNE,
    tuned: true,
  },
  {
    name: 'paying into social and health insurance, boats and roads, three voices, fifty-eighth round: held half (never read for misses)',
    set: DUES58_HELD,
  },
  {
    name: 'justice and household tax as ordinary people tell them: courts, criminal records, enforcement, legal aid, lawyers, land and stall taxes, three voices, fifty-fifth round: tune half (a development batch, tuned on)',
    set: COURT55_TUNE,
    tuned: true,
  },
  {
    name: 'justice and household tax as ordinary people tell them: courts, criminal records, enforcement, legal aid, lawyers, land and stall taxes, three voices, fifty-fifth round: held half (never read for misses)',
    set: COURT55_HELD,
  },
  {
    name: 'homes, building, planning and residence as told at the counter, three voices, fifty-sixth round: tune half (a development batch, tuned on)',
    set: HOME56_TUNE,
    tuned: true,
  },
  {
    name: 'homes, building, planning and residence as told at the counter, three voices, fifty-sixth round: held half (never read for misses)',
    set: HOME56_HELD,
  },
  {
    name: 'civil status as the elderly and their families tell it at a commune counter, three voices, fifty-third round: tune half (a development batch, tuned on)',
    set: HOTICH53_TUNE,
    tuned: true,
  },
  {
    name: 'civil status as the elderly and their families tell it at a commune counter, three voices, fifty-third round: held half (never read for misses)',
    set: HOTICH53_HELD,
  },
  {
    name: 'hill and midland communes speaking Vietnamese as a second language, papers named approximately, three voices, fifty-ninth round: tune half (a development batch, tuned on)',
    set: MINORITY59_TUNE,
    tuned: true,
  },
  {
    name: 'hill and midland communes speaking Vietnamese as a second language, papers named approximately, three voices, fifty-ninth round: held half (never read for misses)',
    set: MINORITY59_HELD,
  },
  {
    name: 'land, housing and planning as families tell them in the old words (red and pink books, village permits, social housing, planning), three voices, sixty-second round: tune half (a development batch, tuned on)',
    set: HOME62_TUNE,
    tuned: true,
  },
  {
    name: 'land, housing and planning as families tell them in the old words (red and pink books, village permits, social housing, planning), three voices, sixty-second round: held half (never read for misses)',
    set: HOME62_HELD,
  },
  {
    name: 'the elderly in long rambling stories on civil status, residence and certified copies, with fewer rural and young queries, sixty-first round: tune half (a development batch, tuned on)',
    set: ELDERLY61_TUNE,
    tuned: true,
  },
  {
    name: 'the elderly in long rambling stories on civil status, residence and certified copies, with fewer rural and young queries, sixty-first round: held half (never read for misses)',
    set: ELDERLY61_HELD,
  },
  {
    name: 'money, business and justice papers of ordinary people (taxes, household businesses, criminal records, courts), three voices, sixty-fourth round: tune half (a development batch, tuned on)',
    set: MONEY64_TUNE,
    tuned: true,
  },
  {
    name: 'money, business and justice papers of ordinary people (taxes, household businesses, criminal records, courts), three voices, sixty-fourth round: held half (never read for misses)',
    set: MONEY64_HELD,
  },
  {
    name: 'farmers and villagers with forests, water, crops and boats, three voices, sixty-third round: tune half (a development batch, tuned on)',
    set: NATURE63_TUNE,
    tuned: true,
  },
  {
    name: 'farmers and villagers with forests, water, crops and boats, three voices, sixty-third round: held half (never read for misses)',
    set: NATURE63_HELD,
  },
  {
    name: 'farmers and workers typing without marks (regional words, ko/dc/j, slips) on a commune’s errands, with elderly and young queries, sixty-ninth round: tune half (a development batch, tuned on)',
    set: RURAL69_TUNE,
    tuned: true,
  },
  {
    name: 'farmers and workers typing without marks (regional words, ko/dc/j, slips) on a commune’s errands, with elderly and young queries, sixty-ninth round: held half (never read for misses)',
    set: RURAL69_HELD,
  },
  {
    name: 'civil status in its less common turns (re-registered births, late deaths, recognition, marriages abroad or with foreigners, status, surname, birth year), three voices, sixty-fifth round: tune half (a development batch, tuned on)',
    set: HOTICH65_TUNE,
    tuned: true,
  },
  {
    name: 'civil status in its less common turns (re-registered births, late deaths, recognition, marriages abroad or with foreigners, status, surname, birth year), three voices, sixty-fifth round: held half (never read for misses)',
    set: HOTICH65_HELD,
  },
  {
    name: 'errands beyond civil status as the elderly tell them in very long stories (land tax, pensions, vehicles, permits, records), three voices, seventieth round: tune half (a development batch, tuned on)',
    set: ELDERLY70_TUNE,
    tuned: true,
  },
  {
    name: 'errands beyond civil status as the elderly tell them in very long stories (land tax, pensions, vehicles, permits, records), three voices, seventieth round: held half (never read for misses)',
    set: ELDERLY70_HELD,
  },
  {
    name: 'civil status as old people tell it (a grandchild’s birth, a death registered late, a burned book, a wrong birth year, guardianship), three voices, seventy-first round: tune half (a development batch, tuned on)',
    set: HOTICH71_TUNE,
    tuned: true,
  },
  {
    name: 'civil status as old people tell it (a grandchild’s birth, a death registered late, a burned book, a wrong birth year, guardianship), three voices, seventy-first round: held half (never read for misses)',
    set: HOTICH71_HELD,
  },
  {
    name: 'land, certification and residence as the elderly tell it with other papers as context, three voices, seventy-second round: tune half (a development batch, tuned on)',
    set: STORY72_TUNE,
    tuned: true,
  },
  {
    name: 'land, certification and residence as the elderly tell it with other papers as context, three voices, seventy-second round: held half (never read for misses)',
    set: STORY72_HELD,
  },
  {
    name: 'the Mekong’s elders in southern idiom and Vietnamese as a second language, three voices, seventy-third round: tune half (a development batch, tuned on)',
    set: SOUTH73_TUNE,
    tuned: true,
  },
  {
    name: 'the Mekong’s elders in southern idiom and Vietnamese as a second language, three voices, seventy-third round: held half (never read for misses)',
    set: SOUTH73_HELD,
  },
  {
    name: 'papers families get from the police and the justice office (residence, ID cards, passports, criminal records, VNeID), three voices, sixty-eighth round: tune half (a development batch, tuned on)',
    set: POLICE68_TUNE,
    tuned: true,
  },
  {
    name: 'papers families get from the police and the justice office (residence, ID cards, passports, criminal records, VNeID), three voices, sixty-eighth round: held half (never read for misses)',
    set: POLICE68_HELD,
  },
  {
    name: 'villagers and small traders at the forest rangers (timber, firewood, kept wild animals, forest land), three voices, sixty-sixth round: tune half (a development batch, tuned on)',
    set: FOREST66_TUNE,
    tuned: true,
  },
  {
    name: 'villagers and small traders at the forest rangers (timber, firewood, kept wild animals, forest land), three voices, sixty-sixth round: held half (never read for misses)',
    set: FOREST66_HELD,
  },
  {
    name: "land as very old people tell it in long stories (heirs abroad, untitled plots, a dead spouse's book, loans, fences, the rice fields' term), three voices, sixty-seventh round: tune half (a development batch, tuned on)",
    set: LAND67_TUNE,
    tuned: true,
  },
  {
    name: "land as very old people tell it in long stories (heirs abroad, untitled plots, a dead spouse's book, loans, fences, the rice fields' term), three voices, sixty-seventh round: held half (never read for misses)",
    set: LAND67_HELD,
  },
  { name: 'old 73-query set', set: QUERY_SET },
  {
    name: 'the elderly telling long stories on errands beyond land and civil status (pensions, insurance cards, allowances, ID cards, vehicles, shops, certified copies, courts, taxes), seventy-fourth round: tune half (a development batch, tuned on)',
    set: ELDERLY74_TUNE,
    tuned: true,
  },
  {
    name: 'the elderly telling long stories on errands beyond land and civil status (pensions, insurance cards, allowances, ID cards, vehicles, shops, certified copies, courts, taxes), seventy-fourth round: held half (never read for misses)',
    set: ELDERLY74_HELD,
  },
  {
    name: 'a death or a grave illness in the family and what follows (death registered, funeral and survivors’ allowances, inheritance, guardianship, residence), three voices, seventy-fifth round: tune half (a development batch, tuned on)',
    set: FAMILY75_TUNE,
    tuned: true,
  },
  {
    name: 'a death or a grave illness in the family and what follows (death registered, funeral and survivors’ allowances, inheritance, guardianship, residence), three voices, seventy-fifth round: held half (never read for misses)',
    set: FAMILY75_HELD,
  },
  {
    name: 'short queries of one to six words as typed on a kiosk (no marks, abbreviations, slips), three voices, seventy-sixth round: tune half (a development batch, tuned on)',
    set: SHORT76_TUNE,
    tuned: true,
  },
  {
    name: 'short queries of one to six words as typed on a kiosk (no marks, abbreviations, slips), three voices, seventy-sixth round: held half (never read for misses)',
    set: SHORT76_HELD,
  },
  {
    name: 'queries in English or English mixed with Vietnamese (foreigners living here, overseas Vietnamese, the young), seventy-seventh round: tune half (a development batch, tuned on)',
    set: ENGLISH77_TUNE,
    tuned: true,
  },
  {
    name: 'queries in English or English mixed with Vietnamese (foreigners living here, overseas Vietnamese, the young), seventy-seventh round: held half (never read for misses)',
    set: ENGLISH77_HELD,
  },
  {
    name: 'old people of the South Central Coast and the Mekong delta and those who speak for them, on any errand of a commune, three voices, seventy-ninth round: tune half (a development batch, tuned on)',
    set: ELDERLY79_TUNE,
    tuned: true,
  },
  {
    name: 'old people of the South Central Coast and the Mekong delta and those who speak for them, on any errand of a commune, three voices, seventy-ninth round: held half (never read for misses)',
    set: ELDERLY79_HELD,
  },
  {
    name: 'queries in English by workers in industrial zones, foreign spouses and retirees and overseas Vietnamese, seventy-eighth round: tune half (a development batch, tuned on)',
    set: ENGLISH78_TUNE,
    tuned: true,
  },
  {
    name: 'queries in English by workers in industrial zones, foreign spouses and retirees and overseas Vietnamese, seventy-eighth round: held half (never read for misses)',
    set: ENGLISH78_HELD,
  },
  {
    name: 'queries in English at province and city centres by foreign residents, foreign spouses, Vietnamese back from abroad and overseas grandchildren, eightieth round: tune half (a development batch, tuned on)',
    set: ENGLISH80_TUNE,
    tuned: true,
  },
  {
    name: 'queries in English at province and city centres by foreign residents, foreign spouses, Vietnamese back from abroad and overseas grandchildren, eightieth round: held half (never read for misses)',
    set: ENGLISH80_HELD,
  },
  {
    name: 'old people of the Red River delta and the northern midlands and their children typing for them, on any errand of a commune, three voices, eighty-first round: tune half (a development batch, tuned on)',
    set: ELDERLY81_TUNE,
    tuned: true,
  },
  {
    name: 'old people of the Red River delta and the northern midlands and their children typing for them, on any errand of a commune, three voices, eighty-first round: held half (never read for misses)',
    set: ELDERLY81_HELD,
  },
  {
    name: 'old people of the central provinces and their children typing for them, in central speech, on any errand of a commune or a province, three voices, eighty-second round: tune half (a development batch, tuned on)',
    set: ELDERLY82_TUNE,
    tuned: true,
  },
  {
    name: 'old people of the central provinces and their children typing for them, in central speech, on any errand of a commune or a province, three voices, eighty-second round: held half (never read for misses)',
    set: ELDERLY82_HELD,
  },
  {
    name: 'city dwellers of every age at a ward or city centre (flats, tenants, migrant workers, retirees, shops, schools, vehicles, going abroad, debts), three voices, eighty-third round: tune half (a development batch, tuned on)',
    set: CITY83_TUNE,
    tuned: true,
  },
  {
    name: 'city dwellers of every age at a ward or city centre (flats, tenants, migrant workers, retirees, shops, schools, vehicles, going abroad, debts), three voices, eighty-third round: held half (never read for misses)',
    set: CITY83_HELD,
  },
  {
    name: 'ordinary adults of every region on the errands a commune and a province handle most, three voices, eighty-fourth round: tune half (a development batch, tuned on)',
    set: PLAIN84_TUNE,
    tuned: true,
  },
  {
    name: 'ordinary adults of every region on the errands a commune and a province handle most, three voices, eighty-fourth round: held half (never read for misses)',
    set: PLAIN84_HELD,
  },
  {
    name: 'old people raising grandchildren while their children work far away, on any errand, three voices, eighty-fifth round: tune half (a development batch, tuned on)',
    set: ELDERLY85_TUNE,
    tuned: true,
  },
  {
    name: 'old people raising grandchildren while their children work far away, on any errand, three voices, eighty-fifth round: held half (never read for misses)',
    set: ELDERLY85_HELD,
  },
  {
    name: 'working-age adults telling a life event or a problem instead of naming a paper, three voices, eighty-sixth round: tune half (a development batch, tuned on)',
    set: STORY86_TUNE,
    tuned: true,
  },
  {
    name: 'working-age adults telling a life event or a problem instead of naming a paper, three voices, eighty-sixth round: held half (never read for misses)',
    set: STORY86_HELD,
  },
  {
    name: 'people of the northern mountains and the Central Highlands, many of ethnic minorities, and those who type for them, three voices, eighty-seventh round: tune half (a development batch, tuned on)',
    set: HILL87_TUNE,
    tuned: true,
  },
  {
    name: 'people of the northern mountains and the Central Highlands, many of ethnic minorities, and those who type for them, three voices, eighty-seventh round: held half (never read for misses)',
    set: HILL87_HELD,
  },
  {
    name: 'old people of the Mekong delta and the South-East in southern speech and those who type for them, three voices, eighty-eighth round: tune half (a development batch, tuned on)',
    set: ELDERLY88_TUNE,
    tuned: true,
  },
  {
    name: 'old people of the Mekong delta and the South-East in southern speech and those who type for them, three voices, eighty-eighth round: held half (never read for misses)',
    set: ELDERLY88_HELD,
  },
  {
    name: 'retired people and old city dwellers of the big cities (pensions, merit, flats, wills, travel to children abroad), three voices, eighty-ninth round: tune half (a development batch, tuned on)',
    set: RETIRED89_TUNE,
    tuned: true,
  },
  {
    name: 'retired people and old city dwellers of the big cities (pensions, merit, flats, wills, travel to children abroad), three voices, eighty-ninth round: held half (never read for misses)',
    set: RETIRED89_HELD,
  },
  {
    name: 'old people and farmers dictating to a phone’s voice typing (no punctuation, run-on, fillers, homophone slips), three voices, ninetieth round: tune half (a development batch, tuned on)',
    set: VOICE90_TUNE,
    tuned: true,
  },
  {
    name: 'old people and farmers dictating to a phone’s voice typing (no punctuation, run-on, fillers, homophone slips), three voices, ninetieth round: held half (never read for misses)',
    set: VOICE90_HELD,
  },
  {
    name: 'families on civil status, certification and residence at a commune or ward counter, three voices, ninety-second round: tune half (a development batch, tuned on)',
    set: CIVIL92_TUNE,
    tuned: true,
  },
  {
    name: 'families on civil status, certification and residence at a commune or ward counter, three voices, ninety-second round: held half (never read for misses)',
    set: CIVIL92_HELD,
  },
  {
    name: 'old farmers and their grown children on land and houses (first certificates, splits, gifts, inheritance, change of use, boundaries), three voices, ninety-first round: tune half (a development batch, tuned on)',
    set: LAND91_TUNE,
    tuned: true,
  },
  {
    name: 'old farmers and their grown children on land and houses (first certificates, splits, gifts, inheritance, change of use, boundaries), three voices, ninety-first round: held half (never read for misses)',
    set: LAND91_HELD,
  },
  {
    name: 'small traders, stall holders, drivers and farmers selling produce (household business, vehicles, licences, tax, boats), three voices, ninety-third round: tune half (a development batch, tuned on)',
    set: TRADE93_TUNE,
    tuned: true,
  },
  {
    name: 'small traders, stall holders, drivers and farmers selling produce (household business, vehicles, licences, tax, boats), three voices, ninety-third round: held half (never read for misses)',
    set: TRADE93_HELD,
  },
  {
    name: 'any citizen at a commune or ward centre on whatever brought them, spread over the fields, three voices, ninety-fourth round: tune half (a development batch, tuned on)',
    set: MIXED94_TUNE,
    tuned: true,
  },
  {
    name: 'any citizen at a commune or ward centre on whatever brought them, spread over the fields, three voices, ninety-fourth round: held half (never read for misses)',
    set: MIXED94_HELD,
  },
  {
    name: 'old people of every region telling their own situation at length before the need, three voices, ninety-fifth round: tune half (a development batch, tuned on)',
    set: ELDERLY95_TUNE,
    tuned: true,
  },
  {
    name: 'old people of every region telling their own situation at length before the need, three voices, ninety-fifth round: held half (never read for misses)',
    set: ELDERLY95_HELD,
  },
  {
    name: 'adults at a provincial public service centre (passports, licences, enterprises, construction, investment, foreigners, environment), three voices, ninety-sixth round: tune half (a development batch, tuned on)',
    set: PROVINCE96_TUNE,
    tuned: true,
  },
  {
    name: 'adults at a provincial public service centre (passports, licences, enterprises, construction, investment, foreigners, environment), three voices, ninety-sixth round: held half (never read for misses)',
    set: PROVINCE96_HELD,
  },
];

function measureEngine(e: Engine, list: SearchDoc[]): Row[] {
  const before = heapMb();
  const t0 = performance.now();
  e.build(list);
  const buildMs = performance.now() - t0;
  const memory = heapMb() - before;
  const rows: Row[] = SETS.map(({ name, set, tuned }) => {
    const s = scoreSet(set, (q) => e.query(q));
    const metric = `${e.name}: ${name} (${s.n}), top-1 / top-3 / MRR`;
    const value = `${pct(s.top1)} / ${pct(s.top3)} / ${s.mrr.toFixed(3)}`;
    return !tuned
      ? { metric, value, goal: 'top-1 ≥ 80 %, top-3 ≥ 95 %', met: s.top1 >= 0.8 && s.top3 >= 0.95 }
      : { metric, value, info: 'the engine was tuned on these queries, so they are shown, not judged' };
  });
  // The truest single figure: every query written blind and never read for misses, pooled.
  const blind = SETS.filter((x) => x.blind).flatMap((x) => x.set);
  const pooled = scoreSet(blind, (q) => e.query(q));
  rows.push({
    metric: `${e.name}: every set written blind and never read for misses, pooled (${pooled.n}), top-1 / top-3 / MRR`,
    value: `${pct(pooled.top1)} / ${pct(pooled.top3)} / ${pooled.mrr.toFixed(3)}`,
    goal: 'top-1 ≥ 80 %, top-3 ≥ 95 %',
    met: pooled.top1 >= 0.8 && pooled.top3 >= 0.95,
  });
  const times: number[] = [];
  // Every prefix of every held-out query, as typed, after one warm-up pass over the old set.
  for (const { q } of QUERY_SET) e.query(q);
  for (const { q } of DEV_HELDOUT) {
    for (let k = 1; k <= q.length; k++) {
      const s = performance.now();
      e.query(q.slice(0, k));
      times.push(performance.now() - s);
    }
  }
  rows.push({
    metric: `${e.name}: per keystroke in Node, p50 / p95 (${times.length} prefixes)`,
    value: `${percentile(times, 50).toFixed(2)} / ${percentile(times, 95).toFixed(2)} ms`,
    info: 'the goal is on the kiosk in Chromium below',
  });
  rows.push({ metric: `${e.name}: index build, heap`, value: `${buildMs.toFixed(0)} ms, ${memory.toFixed(1)} MB`, info: 'cost of building the index in Node' });
  return rows;
}

/** Issue 17's bad input, each query timed whole after a warm-up: the worst kind must answer within a keystroke. */
function hostileRow(e: Engine): Row {
  const kinds = [...HOSTILE_NO_HITS, ...HOSTILE_WITH_HITS];
  const [name, p95] = kinds
    .map(([kind, q]) => {
      e.query(q);
      const times = Array.from({ length: 30 }, () => {
        const s = performance.now();
        e.query(q);
        return performance.now() - s;
      });
      return [kind, percentile(times, 95)] as const;
    })
    .reduce((worst, k) => (k[1] > worst[1] ? k : worst));
  return {
    metric: `${e.name}: bad input (${kinds.length} kinds: empty, one letter, 10,000 characters, 100,000 letters, emoji, control characters, mixed scripts, markup), the worst kind's p95 in Node`,
    value: `${p95.toFixed(2)} ms (${name})`,
    goal: '≤ 16 ms: bad input answers within a keystroke (issue 17)',
    met: p95 <= 16,
  };
}

// In the page: each keystroke — a tap on a key of the kiosk's own keyboard, or a key pressed on a keyboard
// plugged into it — is timed from its event's time (when the browser received it) to the end of the first
// frame whose results show the new text: a message posted from that frame's requestAnimationFrame callback
// arrives once the frame is painted (MessageChannel, not setTimeout, which Chromium clamps to 4 ms in a
// chain of timers).
const WATCH_KEYSTROKES = `(() => {
  window.__taps = [];
  const list = () => document.querySelector('[data-testid="kiosk-results"]');
  const watch = (t0) => {
    const before = list()?.getAttribute('data-query') ?? null;
    let dom = null;
    const frame = () => {
      if (list()?.getAttribute('data-query') === before) return requestAnimationFrame(frame);
      dom ??= performance.now() - t0;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__taps.push({ dom, painted: performance.now() - t0 });
      ch.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  };
  document.addEventListener('click', (e) => {
    const key = e.target instanceof Element ? e.target.closest('.key') : null;
    // Clearing between queries is not a keystroke of a query (and changes nothing before the first).
    if (key && key.getAttribute('data-key') !== 'clear') watch(e.timeStamp);
  }, true);
  document.addEventListener('keydown', (e) => {
    if (e.key.length === 1) watch(e.timeStamp);
  }, true);
})()`;

/**
 * The probe's own floor: a page with the same keys, search box and results box that writes the new text
 * inside the keystroke's own handler, with no search at all. What it reads is the browser's input routing
 * and frame timing on this machine, which no kiosk code can go under; the kiosk's figures are read against it.
 */
const FLOOR_PAGE = `<!doctype html><meta name="viewport" content="width=device-width">
<style>.key{display:inline-block;width:90px;height:90px;margin:4px;font:32px sans-serif}</style>
<input data-testid="kiosk-search" autocomplete="off">
<ul data-testid="kiosk-results" data-query=""></ul>
${[...'0123456789abcdefghijklmnopqrstuvwxyz.', 'space', 'clear'].map((k) => `<button class="key" data-key="${k}">${k}</button>`).join('')}
<script>
  const input = document.querySelector('input');
  const list = document.querySelector('[data-testid="kiosk-results"]');
  const show = (typed) => {
    input.value = typed;
    list.dataset.query = typed;
    list.textContent = typed;
  };
  document.addEventListener('click', (e) => {
    const k = e.target.closest('.key')?.dataset.key;
    if (k) show(k === 'clear' ? '' : input.value + (k === 'space' ? ' ' : k));
  });
  input.addEventListener('input', () => show(input.value));
</script>`;

/** The keys a citizen taps for a query on the kiosk's keyboard: no accents (search ignores them). */
const keysOf = (q: string) => [...foldVietnamese(q)].map((c) => (c === ' ' ? 'space' : c)).filter((k) => k === 'space' || /^[0-9a-z.]$/.test(k));

/** How a query is typed: tapped on the kiosk's on-screen keys, or pressed on a keyboard plugged into it. */
type Typing = 'tap' | 'keyboard';

/** Types every query key by key through Chromium's input pipeline, as a finger on the touch screen or a keyboard does. */
async function typeAll(page: Page, queries: string[], typing: Typing): Promise<{ dom: number[]; painted: number[] }> {
  await page.evaluate('window.__taps = []');
  const centres = new Map<string, { x: number; y: number }>();
  for (const key of await page.locator('.key').all()) {
    const box = await key.boundingBox();
    const k = await key.getAttribute('data-key');
    if (box && k) centres.set(k, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  const tap = async (k: string) => {
    const at = centres.get(k);
    if (!at) throw new Error(`no key "${k}" on the kiosk keyboard`);
    await page.touchscreen.tap(at.x, at.y);
  };
  let expected = 0;
  for (const q of queries) {
    await tap('clear');
    if (typing === 'keyboard') await page.getByTestId('kiosk-search').focus();
    for (const k of keysOf(q)) {
      await (typing === 'tap' ? tap(k) : page.keyboard.press(k === 'space' ? 'Space' : k));
      expected++;
      await page.waitForFunction((n) => (window as unknown as { __taps: unknown[] }).__taps.length >= n, expected);
    }
  }
  const taps = (await page.evaluate('window.__taps')) as { dom: number; painted: number }[];
  return { dom: taps.map((t) => t.dom), painted: taps.map((t) => t.painted) };
}

/** Enough keystrokes (about 400) for a p95 of the floor; the kiosk's rows type every held-out query. */
const FLOOR_QUERIES = 20;

const TYPINGS: [Typing, string][] = [
  ['tap', 'tapped on its keys'],
  ['keyboard', 'pressed on a keyboard'],
];

/** Issue 20's goals for keystroke → painted frame, p95, at 1× and at 4× CPU throttling (a cheap kiosk PC). */
const KEYSTROKE_GOALS = [
  [1, 16],
  [4, 50],
] as const;

interface Keystrokes {
  dom: number[];
  painted: number[];
}

const describeKeystrokes = ({ dom, painted }: Keystrokes) =>
  `${percentile(painted, 50).toFixed(1)} / ${percentile(painted, 95).toFixed(1)} ms (to the DOM change: ${percentile(dom, 50).toFixed(1)} / ${percentile(dom, 95).toFixed(1)} ms)`;

/** Types the queries in each way at each CPU rate; keyed `${typing} ${rate}`. */
async function typeEachWay(page: Page, queries: string[]): Promise<Map<string, Keystrokes>> {
  await page.evaluate(WATCH_KEYSTROKES);
  const cdp = await page.context().newCDPSession(page);
  const out = new Map<string, Keystrokes>();
  for (const [typing] of TYPINGS)
    for (const [rate] of KEYSTROKE_GOALS) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      out.set(`${typing} ${rate}`, await typeAll(page, queries, typing));
    }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return out;
}

/**
 * The kiosk's keystroke rows, each read against the floor. A key pressed on a keyboard is judged by the
 * issue's goal as written (its own probe typed on a keyboard). A tap reaches any page two frames after its
 * time stamp here (touch start, touch end, gesture, click: the floor reads 32–33 ms at 1× for a page that
 * does nothing), so a tap's goal counts from the floor: the kiosk may add the goal's time to it, no more.
 */
function keystrokeRows(kiosk: Map<string, Keystrokes>, floor: Map<string, Keystrokes>, count: number, isolated: boolean): Row[] {
  const rows: Row[] = [];
  for (const [typing, how] of TYPINGS)
    for (const [rate, goal] of KEYSTROKE_GOALS) {
      const k = kiosk.get(`${typing} ${rate}`);
      const f = floor.get(`${typing} ${rate}`);
      if (!k || !f) throw new Error(`no keystrokes ${how} at ${rate}×`);
      const p95 = percentile(k.painted, 95);
      const floorP95 = percentile(f.painted, 95);
      const limit = typing === 'tap' ? floorP95 + goal : goal;
      rows.push({
        metric: `kiosk in Chromium, ${count} procedures, ${how}, CPU ${rate}×: keystroke → painted frame, p50 / p95 (${k.painted.length} keystrokes)`,
        value: `${describeKeystrokes(k)}; page cross-origin isolated: ${isolated ? 'yes' : 'no'}`,
        goal: typing === 'tap' ? `p95 ≤ the floor's ${floorP95.toFixed(1)} + ${goal} ms` : `p95 ≤ ${goal} ms (the floor's p95: ${floorP95.toFixed(1)} ms)`,
        met: p95 <= limit,
      });
    }
  for (const [typing, how] of TYPINGS)
    for (const [rate] of KEYSTROKE_GOALS) {
      const f = floor.get(`${typing} ${rate}`);
      if (!f) continue;
      rows.push({
        metric: `the probe's floor, ${how}, CPU ${rate}×: a page that writes the letter in the keystroke's own handler, no search, p50 / p95 (${f.painted.length} keystrokes)`,
        value: describeKeystrokes(f),
        info: 'input routing and frame timing of this browser on this machine: no page can read lower',
      });
    }
  return rows;
}

/** The kiosk in Chromium: keystroke → painted frame at 1× and 4× CPU, index build, heap (also run alone while tuning the kiosk). */
export async function measureKiosk(queries = DEV_HELDOUT.map((x) => x.q)): Promise<Row[]> {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const admin = await adminSession(server.url);
    const res = await fetch(`${server.url}/api/catalogue/import?name=national-crawl.jsonl`, {
      method: 'POST',
      headers: { Cookie: admin.cookie, 'Content-Type': 'application/octet-stream' },
      body: crawlText(readFileSync(CRAWL)),
    });
    if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    const page = await context.newPage();
    // A kiosk paired with the province: no selection of its own, so it carries the whole national catalogue.
    await page.goto((await pairKiosk(server.url, 'dong-nai')).url);
    await page.getByTestId('tile-search').click();
    // Functions, not strings: the kiosk's CSP forbids eval, which a string predicate needs.
    await page.waitForFunction(() => document.querySelector('[data-testid=kiosk-search]') && performance.getEntriesByName('catalogue-index-build').length > 0, null, { timeout: 60_000 });
    const { count, buildMs, isolated } = (await page.evaluate(
      '({ count: Number(document.querySelector("main").dataset.catalogueSize), buildMs: performance.getEntriesByName("catalogue-index-build").at(-1).duration, isolated: crossOriginIsolated })',
    )) as { count: number; buildMs: number; isolated: boolean };
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const kiosk = await typeEachWay(page, queries);
    const floorPage = await context.newPage();
    await floorPage.setContent(FLOOR_PAGE);
    const floor = await typeEachWay(floorPage, queries.slice(0, FLOOR_QUERIES));
    return [
      ...keystrokeRows(kiosk, floor, count, isolated),
      { metric: 'kiosk in Chromium: index build on load', value: `${buildMs.toFixed(0)} ms`, info: 'part of the load time, not of a keystroke' },
      { metric: 'kiosk in Chromium: JS heap after GC with the catalogue loaded', value: `${(usedSize / 2 ** 20).toFixed(1)} MB`, info: 'memory held by the kiosk; no goal set' },
    ];
  } finally {
    await browser.close();
    await destroyServer(server);
  }
}

/** Procedure search: our engine against Orama and FlexSearch on the full crawl, then the kiosk in Chromium. */
export async function runSearch(): Promise<BenchResult> {
  const loadBefore = loadavg();
  const { procedures } = await readCrawlFile(CRAWL);
  const list = procedures.map(searchDocOf);
  const own = ownEngine();
  const rows: Row[] = [own, oramaEngine(), flexEngine()].flatMap((e) => measureEngine(e, list));
  rows.push(hostileRow(own));
  rows.push(...(await measureKiosk()));
  // The same measure and budgets as e2e/bundle-budget.test.ts, which enforces them in `npm test`.
  const page = bundleSizes().find((b) => b.app === 'kiosk');
  if (page)
    rows.push({
      metric: 'kiosk page JS the kiosk precaches, gzipped (fonts, the search worker and the on-demand dossier look-up excluded)',
      value: `${page.countedKb} KB`,
      goal: `≤ ${page.budgetKb} KB`,
      met: page.countedKb <= page.budgetKb,
    });
  for (const { dir, name, budgetKb } of WORKERS) {
    const kb = Math.round(gzKb(path.join(ROOT, dir, 'assets', String(workerFile(dir, name)))) * 10) / 10;
    rows.push({ metric: `kiosk ${name} JS, gzipped`, value: `${kb} KB`, goal: `≤ ${budgetKb} KB`, met: kb <= budgetKb });
  }
  const loadAfter = loadavg();
  const cores = cpus().length;
  const loaded = Math.max(loadBefore[0] ?? 0, loadAfter[0] ?? 0) > cores;
  const load = `Load average (1/5/15 min) before ${loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' / ')} on ${cores} cores${loaded ? ': a LOADED machine, so the timings are pessimistic' : ''}.`;
  return {
    title: 'Procedure search and kiosk (issues 6, 17, 20)',
    notes: `The national crawl (${list.length} procedures). ${SETS.length} labelled sets, among them the development set's tuning half (${DEV_TUNE.length}) and held-out half (${DEV_HELDOUT.length}) (shared/src/search/dev-set.ts, written before labelling; see dev-set.md), a second held-out set written in another sitting and never tuned on (${FRESH_HELDOUT.length}, shared/src/search/fresh-set.ts), a third written in a third sitting before any miss was looked at (${THIRD_HELDOUT.length}, shared/src/search/third-set.ts; the fourth session tuned on its misses), a fourth written before any change of the fourth session and never read for misses (${FOURTH_HELDOUT.length}, shared/src/search/fourth-set.ts), a fifth, a sixth and a seventh written blind by helpers who never saw the engine (${FIFTH_HELDOUT.length}, fifth-set.ts, and ${SIXTH_HELDOUT.length}, sixth-set.ts: each scored once, then tuned on; ${SEVENTH_HELDOUT.length}, seventh-set.ts: scored once whole, then its odd-numbered half tuned on and its even half kept unread), an eighth and a ninth written blind the same way in the eighth session and never read for misses (${EIGHTH_HELDOUT.length}, eighth-set.ts; ${NINTH_HELDOUT.length}, ninth-set.ts), a tenth written blind in the tenth session before its changes and never read for misses (${TENTH_HELDOUT.length}, tenth-set.ts), an eleventh and a twelfth written blind the same way in the eleventh and twelfth sessions (${ELEVENTH_HELDOUT.length}, eleventh-set.ts; ${TWELFTH_HELDOUT.length}, twelfth-set.ts), a thirteenth, a fourteenth and a fifteenth written blind the same way (${THIRTEENTH_HELDOUT.length}, thirteenth-set.ts; ${FOURTEENTH_HELDOUT.length}, fourteenth-set.ts; ${FIFTEENTH_HELDOUT.length}, fifteenth-set.ts), a sixteenth written blind by a helper who never saw the engine, before the second session of 6 Dec 2026 changed it (${SIXTEENTH_HELDOUT.length}, sixteenth-set.ts), a seventeenth written the same way before the third session of 6 Dec 2026 changed the engine (${SEVENTEENTH_HELDOUT.length}, seventeenth-set.ts), an eighteenth written the same way before the fourth session of 6 Dec 2026 changed it (${EIGHTEENTH_HELDOUT.length}, eighteenth-set.ts), a nineteenth written the same way before the fifth session's changes (${NINETEENTH_HELDOUT.length}, nineteenth-set.ts), a twentieth written the same way before the sixth session's changes (${TWENTIETH_HELDOUT.length}, twentieth-set.ts), a twenty-first written the same way after that session's first round (${TWENTYFIRST_HELDOUT.length}, twentyfirst-set.ts), a twenty-second and a twenty-third written the same way, by two helpers apart, before the seventh session's changes (${TWENTYSECOND_HELDOUT.length}, twentysecond-set.ts; ${TWENTYTHIRD_HELDOUT.length}, twentythird-set.ts), a twenty-fourth written the same way after that session's first round (${TWENTYFOURTH_HELDOUT.length}, twentyfourth-set.ts), a twenty-fifth, a twenty-sixth and a twenty-seventh written the same way, by three helpers apart, before the eighth session's changes (${TWENTYFIFTH_HELDOUT.length}, twentyfifth-set.ts; ${TWENTYSIXTH_HELDOUT.length}, twentysixth-set.ts; ${TWENTYSEVENTH_HELDOUT.length}, twentyseventh-set.ts), a twenty-eighth, a twenty-ninth and a thirtieth written the same way, by three helpers apart, before the ninth session's changes (${TWENTYEIGHTH_HELDOUT.length}, twentyeighth-set.ts; ${TWENTYNINTH_HELDOUT.length}, twentyninth-set.ts; ${THIRTIETH_HELDOUT.length}, thirtieth-set.ts), a thirty-first, a thirty-second and a thirty-third written the same way, by three helpers apart, before the tenth session's changes (${THIRTYFIRST_HELDOUT.length}, thirtyfirst-set.ts; ${THIRTYSECOND_HELDOUT.length}, thirtysecond-set.ts; ${THIRTYTHIRD_HELDOUT.length}, thirtythird-set.ts), a thirty-fourth, a thirty-fifth and a thirty-sixth written the same way during that session's first round (${THIRTYFOURTH_HELDOUT.length}, thirtyfourth-set.ts; ${THIRTYFIFTH_HELDOUT.length}, thirtyfifth-set.ts; ${THIRTYSIXTH_HELDOUT.length}, thirtysixth-set.ts), a thirty-seventh, a thirty-eighth and a thirty-ninth written the same way, by three helpers apart, before the eleventh session's changes (${THIRTYSEVENTH_HELDOUT.length}, thirtyseventh-set.ts; ${THIRTYEIGHTH_HELDOUT.length}, thirtyeighth-set.ts; ${THIRTYNINTH_HELDOUT.length}, thirtyninth-set.ts), a fortieth, a forty-first and a forty-second written the same way, by three helpers apart, after that session's first round (${FORTIETH_HELDOUT.length}, fortieth-set.ts; ${FORTYFIRST_HELDOUT.length}, fortyfirst-set.ts; ${FORTYSECOND_HELDOUT.length}, fortysecond-set.ts), four development batches written blind on 6 Dec 2026 and then tuned on (ambig-set.ts, rural-batch.ts, elderly-set.ts, whose last part was kept from tuning, story-batch.ts) and the old ${QUERY_SET.length}-query set. Top-k: an expected procedure among the first k; MRR over the first ten. Orama and FlexSearch get the same folding and the same citizen lexicon (bench/benchmarks/search-engines.ts). Node per-keystroke times replay every prefix of every held-out query. In Chromium the full crawl is imported through the API, the kiosk downloads it and builds its index, then every held-out query is typed letter by letter, at 1× and with CDP CPU throttling 4×; the time runs from the input event to the frame holding the results having been painted (a task posted from the next requestAnimationFrame), with the time to the DOM change beside it. CDP's CPU throttling slows the page's thread only, not the search worker (a 3·10⁷-step loop at 4×: 36 → 143 ms on the page, 28 → 41 ms in a worker, 6 Dec 2026): on a PC slower in every thread a search takes about four times the Node per-keystroke figures above, which the page waits for within the keystroke up to 12 ms (kiosk/src/catalogue.ts). ${load}`,
    rows,
  };
}
