import { createHash } from 'node:crypto';
import { DEFAULT_SURVEY_FORMS } from '@hcc/shared/survey/forms';
import { breakdowns, checkAnswers, maskPersonalNumbers, summarise } from '@hcc/shared/survey/scoring';
import { surveyResultsApi } from '@hcc/shared/api/survey-results';
import { surveyApi } from '@hcc/shared/api/surveys';
import { managesCentre, managesSharedForms } from '@hcc/shared/schemas/staff';
import type { SurveyForm, SurveyResponse, SurveyResults } from '@hcc/shared/schemas/survey';
import { type Response, Router } from 'express';
import { isSecureRequest, readCookie, requireStaff, staffOf } from '../auth/session';
import { requireCentreScope } from '../auth/scope';
import { deviceOfRequest } from '../devices/require-device';
import { type MakeLimiter, networkLimit, take } from '../security/limits';
import { networkQuotaGuard, type PublicQuotas } from '../security/network-quota';
import { issueSigned, verifySigned } from '../security/signed-value';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import type { Catalogue } from '../procedures/catalogue';
import type { Hub } from '../realtime/hub';

const PERIOD_DAYS = { week: 7, month: 30, quarter: 90 } as const;
/** How long public results are reused: a new answer counted on another node shows on its screens after this. */
const RESULTS_TTL_MS = 10_000;

/**
 * A salted hash of where a response came from (the kiosk, or the phone's ticket and day), for spotting
 * bursts only. The salt is never stored with the hashes (see Cluster.surveySalt).
 */
const sourceOf = (salt: string, what: string) => createHash('sha256').update(`${salt}|${what}`).digest('hex').slice(0, 32);

/**
 * A phone answers once a day. It carries a ticket the server issued and signed (a made-up one is
 * refused), not tied to anyone; what is stored is a hash of it with the day, so two days' answers
 * cannot even be linked to the same phone.
 */
const PHONE_COOKIE = 'hcc_sv';
const TICKET_PURPOSE = 'phone-survey-ticket';
const phoneKey = (ticket: string, day: string) => `phone:${createHash('sha256').update(`${ticket}|${day}`).digest('hex').slice(0, 32)}`;
const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const hoursOf = (s: number) => (s >= 86_400 ? `${Math.round(s / 86_400)} day(s)` : `${Math.round(s / 3600)} hour(s)`);

/**
 * The answer's lĩnh vực and procedure as the catalogue knows them. Anything else was typed by someone
 * (the kiosk only offers the catalogue's), so it could name a person, and the lĩnh vực is shown in the
 * public results: it is left out, and the scores are kept. An answer queued before a re-import that
 * renamed its lĩnh vực loses the name only, not the citizen's answer (the kiosk drops a refused one).
 */
const knownContext = ({ field, procedureCode, ...rest }: SurveyResponse['context'], catalogue: Catalogue): SurveyResponse['context'] => ({
  ...rest,
  ...(field !== undefined && catalogue.hasField(field) ? { field } : {}),
  ...(procedureCode !== undefined && catalogue.nameOf(procedureCode) !== undefined ? { procedureCode } : {}),
});

export function surveyRoutes(deps: Deps, hub: Hub, catalogue: Catalogue, surveySalt: () => Promise<string>, makeLimiter: MakeLimiter, quotas: PublicQuotas): Router {
  const r = Router();
  const limits = deps.config.limits.survey;
  const secret = deps.config.cookieSecret;
  if (!secret) throw new Error('surveyRoutes needs config.cookieSecret to sign the phone tickets');
  const tickets = makeLimiter({ name: 'survey-tickets', points: limits.ticketsPerAddress, durationS: limits.windowS });
  const phoneByAddress = makeLimiter({ name: 'survey-phone-address', points: limits.phonePerAddress, durationS: limits.windowS });
  const phoneByNetwork = networkLimit(makeLimiter, { name: 'survey-phone-network', points: limits.phonePerNetwork, durationS: limits.windowS });
  const tooMany = (res: Response, waitS: number, what: string): never => {
    res.setHeader('Retry-After', String(waitS));
    throw new AppError('rate_limited', `${what}; try again in ${Math.ceil(waitS / 60)} minute(s).`);
  };
  /**
   * A kiosk's pace is judged by when each answer was given, not received: the answers it queued while
   * offline arrive together when it is back, and would all but the first count as one burst. (Only a
   * paired kiosk's token gets here, and the kiosk itself holds the next person off for 20 s.)
   */
  const kioskBurst = async (source: string, submitted: number): Promise<'too-fast' | 'hourly-quota' | null> => {
    const iso = (ms: number) => new Date(ms).toISOString();
    if ((await deps.store.surveys.countAnsweredBetween(source, iso(submitted - limits.minGapMs), iso(submitted + limits.minGapMs))) > 0) return 'too-fast';
    return (await deps.store.surveys.countAnsweredBetween(source, iso(submitted - 3_600_000), iso(submitted + 1))) >= limits.hourly ? 'hourly-quota' : null;
  };
  /** Every version of every form; the defaults are stored the first time they are needed. */
  const allForms = async (): Promise<SurveyForm[]> => {
    let forms = await deps.store.surveys.forms();
    const missing = DEFAULT_SURVEY_FORMS.filter((d) => !forms.some((f) => f.id === d.id));
    if (missing.length) {
      for (const f of missing) await deps.store.surveys.addForm(f, deps.clock().toISOString(), 'default');
      forms = await deps.store.surveys.forms();
    }
    return forms;
  };
  const latest = (forms: SurveyForm[]) => [...new Map(forms.map((f) => [f.id, f])).values()];

  /**
   * Public results read every answer of the period (a province's quarter: every commune's), and every
   * screen of a centre asks when an answer is counted: made once per centre and period for a few
   * seconds, and again at once after an answer counted on this node (another node's shows within RESULTS_TTL_MS).
   */
  const results = new Map<string, { at: number; value: Promise<SurveyResults> }>();
  const on = contractRoutes(r, '/api/surveys');
  on(surveyApi.forms, networkQuotaGuard(quotas.reads), async () => ({ items: latest(await allForms()) }));

  /** A new version of a form (admin): answers already given keep the version they were given on. */
  on(surveyApi.saveForm, requireStaff(deps, 'admin'), async ({ params: { id }, body: edit, res }) => {
    // Every centre answers the same forms: a commune's admin would be rewriting its neighbours' survey.
    if (!managesSharedForms(staffOf(res), await deps.store.centres.list()))
      throw new AppError('forbidden', 'The survey forms are shared by every centre of the province: only the province’s admins edit them.');
    const current = latest(await allForms()).find((f) => f.id === id);
    if (!current) throw new AppError('not_found', `No survey form "${id}".`);
    const ids = edit.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length) throw new AppError('validation', 'Two questions share an id.', [{ path: 'questions', message: 'duplicate question id' }]);
    const next: SurveyForm = { ...current, title: edit.title, questions: edit.questions, version: current.version + 1 };
    const at = deps.clock().toISOString();
    const by = staffOf(res).username;
    if (!(await deps.store.surveys.addForm(next, at, by))) throw new AppError('conflict', `Form "${id}" got version ${next.version} from someone else meanwhile; reload it.`);
    results.clear();
    await deps.store.audit.append({ at, actor: by, action: 'survey.form', subject: `${id}@${next.version}`, before: current, after: next });
    return next;
  });

  /** The phone page asks for its cookie before showing the question. */
  on(surveyApi.phoneTicket, async ({ req, res }) => {
    if (!verifySigned(secret, TICKET_PURPOSE, readCookie(req.headers.cookie, PHONE_COOKIE))) {
      // A new ticket is a new phone to the once-a-day rule, so one address gets only so many.
      const wait = await take(tickets, req.ip ?? 'unknown');
      if (wait > 0) tooMany(res, wait, 'Too many survey pages opened from this network');
      res.cookie(PHONE_COOKIE, issueSigned(secret, TICKET_PURPOSE), {
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecureRequest(req, deps.config.publicUrl),
        path: '/api/surveys',
        maxAge: 400 * 86_400_000,
      });
    }
    return { ok: true } as const;
  });

  // Public: citizens answer at the kiosk or on their own phone, anonymously.
  on(surveyApi.respond, async ({ body: input, req, res }) => {
    const forms = await allForms();
    const form = forms.find((f) => f.id === input.formId && f.version === input.formVersion);
    if (!form) throw new AppError('validation', `There is no survey form "${input.formId}" version ${input.formVersion}.`, [{ path: 'formVersion', message: 'unknown form version' }]);
    const problems = checkAnswers(form, input.answers);
    if (problems.length) throw new AppError('validation', `The answers do not fit the form: ${problems.map((p) => p.message).join('; ')}.`, problems);
    if (!(await deps.store.centres.get(input.centreId))) throw new AppError('validation', `Unknown centre "${input.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
    const now = deps.clock();
    const isPhone = input.context.channel === 'phone';
    // A kiosk's answer comes from a kiosk paired with the centre it names; a phone's, with its ticket.
    const kiosk = isPhone ? null : await deviceOfRequest(deps, req, 'kiosk');
    if (kiosk && kiosk.centreId !== input.centreId) throw new AppError('forbidden', `This kiosk is paired with centre "${kiosk.centreId}", not "${input.centreId}".`);
    const ticket = isPhone ? verifySigned(secret, TICKET_PURPOSE, readCookie(req.headers.cookie, PHONE_COOKIE)) : null;
    if (isPhone && !ticket) throw new AppError('forbidden', 'This phone has no survey ticket from this server: open the survey page again (it gives the phone its once-a-day ticket).');
    // Answers wait in a queue while offline, a kiosk's longer than a phone's; older, or dated ahead of
    // the clock, they are not believed.
    const submitted = Date.parse(input.submittedAt);
    const maxAgeS = isPhone ? limits.phoneMaxAgeS : limits.kioskMaxAgeS;
    const earliest = Math.max(now.getTime() - maxAgeS * 1000, kiosk ? Date.parse(kiosk.pairedAt) - limits.skewS * 1000 : -Infinity);
    if (submitted > now.getTime() + limits.skewS * 1000 || submitted < earliest) {
      const why = submitted > now.getTime() ? 'is in the future' : submitted < now.getTime() - maxAgeS * 1000 ? `is more than ${hoursOf(maxAgeS)} old` : 'is before this kiosk was paired';
      throw new AppError('validation', `submittedAt ${input.submittedAt} ${why}: the answer is refused.`, [{ path: 'submittedAt', message: 'out of range' }]);
    }
    // A replay of an answer already stored changes nothing and counts against nothing.
    if (await deps.store.surveys.exists(input.id)) return { accepted: true, duplicate: true } as const;

    let source: string;
    let phoneDay: string | null = null;
    if (ticket) {
      source = phoneKey(ticket, vnDay(now));
      // Taken before anything else: of one phone's answers arriving at once, only one gets the day.
      if (!(await deps.store.surveys.claimPhoneDay(source))) throw new AppError('conflict', 'This phone has already answered today. Thank you!');
      phoneDay = source;
    } else source = sourceOf(await surveySalt(), `kiosk:${kiosk?.id ?? ''}`);
    // An answer refused or not stored from here on gives its phone's day back.
    const release = async () => void (phoneDay && (await deps.store.surveys.releasePhoneDay(phoneDay)));
    let stored: boolean;
    let excludedReason: 'too-fast' | 'hourly-quota' | null;
    try {
      if (phoneDay) {
        // Tickets are cheap to ask for, so phones are also bounded by where they answer from.
        const byAddress = await take(phoneByAddress, req.ip ?? 'unknown');
        if (byAddress > 0) tooMany(res, byAddress, 'Too many answers from this address');
        const byNetwork = await phoneByNetwork.take(req.ip);
        if (byNetwork > 0) tooMany(res, byNetwork, 'Too many answers from this network');
      }
      // Phones are held to one a day and their address limits above; a kiosk's bursts are kept for review, not counted.
      excludedReason = isPhone ? null : await kioskBurst(source, submitted);
      stored = await deps.store.surveys.insert({
        ...input,
        // In UTC, as the burst check compares them as text.
        submittedAt: new Date(submitted).toISOString(),
        context: knownContext(input.context, catalogue),
        comment: maskPersonalNumbers(input.comment),
        receivedAt: now.toISOString(),
        sourceHash: source,
        excludedReason,
      });
    } catch (err) {
      await release();
      throw err;
    }
    if (!stored) {
      await release();
      return { accepted: true, duplicate: true } as const;
    }
    // Excluded answers are counted in the results too (as excluded).
    results.clear();
    if (!excludedReason) hub.announceSurvey(input.centreId);
    res.status(201);
    return { accepted: true, duplicate: false, counted: excludedReason === null } as const;
  });

  on(surveyResultsApi.results, networkQuotaGuard(quotas.surveyResults), async ({ query: q }) => {
    if (q.centre && !(await deps.store.centres.get(q.centre))) throw new AppError('not_found', `Unknown centre "${q.centre}".`);
    const key = `${q.centre ?? ''}|${q.period}`;
    const now = deps.clock().getTime();
    const hit = results.get(key);
    if (hit && now - hit.at < RESULTS_TTL_MS && now >= hit.at) return hit.value;
    const value = (async () => {
      const from = new Date(now - PERIOD_DAYS[q.period] * 86_400_000).toISOString();
      const rows = await deps.store.surveys.since(q.centre ?? null, from);
      const counted = rows.filter((r) => r.excludedReason === null);
      const forms = await allForms();
      return { period: q.period, from, ...summarise(counted, forms), excluded: rows.length - counted.length, ...breakdowns(counted, forms) };
    })();
    results.set(key, { at: now, value });
    // A failed read is not kept: the next asks again.
    value.catch(() => results.get(key)?.value === value && results.delete(key));
    return value;
  });

  /** Comments to read (editor): already masked when stored; newest first. */
  on(surveyApi.comments, requireStaff(deps, 'editor'), async ({ query: q, res }) => {
    if (q.centre) await requireCentreScope(deps, res, [q.centre]);
    const from = new Date(deps.clock().getTime() - PERIOD_DAYS[q.period] * 86_400_000).toISOString();
    const user = staffOf(res);
    const centres = await deps.store.centres.list();
    // A commune's staff read their own centre's comments, a province's its communes' too.
    const rows = (await deps.store.surveys.since(q.centre ?? null, from)).filter((r) => managesCentre(user, r.centreId, centres));
    return {
      items: rows
        .filter((r) => r.comment.trim())
        .reverse()
        .slice(0, 200)
        .map((r) => ({ day: vnDay(new Date(r.receivedAt)), centreId: r.centreId, field: r.context.field ?? null, comment: r.comment, excluded: r.excludedReason !== null })),
    };
  });
  return r;
}
