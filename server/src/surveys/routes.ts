import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_SURVEY_FORMS } from '@hcc/shared/survey/forms';
import { breakdowns, checkAnswers, maskPersonalNumbers, summarise } from '@hcc/shared/survey/scoring';
import { IdSchema } from '@hcc/shared/schemas/common';
import { type SurveyForm, SurveyFormEditSchema, SurveyPeriodSchema, type SurveyResults, SurveyResponseSchema } from '@hcc/shared/schemas/survey';
import { Router } from 'express';
import { readCookie, requireStaff, staffOf } from '../auth/session';
import * as z from 'zod/mini';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { parseBody, parseParams, parseQuery } from '../http/parse';
import type { Hub } from '../realtime/hub';

const PERIOD_DAYS = { week: 7, month: 30, quarter: 90 } as const;
/** Answers queued offline on a kiosk arrive late; older than this they are not believed. */
const MAX_AGE_DAYS = 30;
/** One source faster than this, or above this many an hour, is a burst: kept, but not counted. */
const MIN_GAP_MS = 10_000;
const HOURLY_QUOTA = 60;

/**
 * A salted hash of where a response came from, for spotting bursts only. The salt is never stored
 * with the hashes (see Cluster.surveySalt), so a stored hash cannot be matched back to an address.
 */
const sourceOf = (salt: string, ip: string | undefined) => createHash('sha256').update(`${salt}|${ip ?? ''}`).digest('hex').slice(0, 32);

/**
 * A phone answers once a day. It carries a random cookie, not tied to anyone; what is stored is a
 * hash of it with the day, so two days' answers cannot even be linked to the same phone.
 */
const PHONE_COOKIE = 'hcc_sv';
const phoneKey = (cookie: string, day: string) => `phone:${createHash('sha256').update(`${cookie}|${day}`).digest('hex').slice(0, 32)}`;
const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const vnDayStart = (d: Date) => new Date(`${vnDay(d)}T00:00:00+07:00`).toISOString();

export function surveyRoutes(deps: Deps, hub: Hub, surveySalt: () => Promise<string>): Router {
  const r = Router();
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

  r.get('/forms', async (_req, res) => void res.json({ items: latest(await allForms()) }));

  /** A new version of a form (admin): answers already given keep the version they were given on. */
  r.post('/forms/:id', requireStaff(deps, 'admin'), async (req, res) => {
    const { id } = parseParams(z.object({ id: IdSchema }), req);
    const edit = parseBody(SurveyFormEditSchema, req);
    const current = latest(await allForms()).find((f) => f.id === id);
    if (!current) throw new AppError('not_found', `No survey form "${id}".`);
    const ids = edit.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length) throw new AppError('validation', 'Two questions share an id.', [{ path: 'questions', message: 'duplicate question id' }]);
    const next: SurveyForm = { ...current, title: edit.title, questions: edit.questions, version: current.version + 1 };
    const at = deps.clock().toISOString();
    const by = staffOf(res).username;
    if (!(await deps.store.surveys.addForm(next, at, by))) throw new AppError('conflict', `Form "${id}" got version ${next.version} from someone else meanwhile; reload it.`);
    await deps.store.audit.append({ at, actor: by, action: 'survey.form', subject: `${id}@${next.version}`, before: current, after: next });
    res.status(201).json(next);
  });

  /** The phone page asks for its cookie before showing the question. */
  r.post('/phone', (req, res) => {
    if (!readCookie(req.headers.cookie, PHONE_COOKIE)) {
      res.cookie(PHONE_COOKIE, randomBytes(16).toString('hex'), { httpOnly: true, sameSite: 'lax', secure: deps.config.publicUrl?.startsWith('https:') ?? false, path: '/api/surveys', maxAge: 400 * 86_400_000 });
    }
    res.json({ ok: true });
  });

  // Public: citizens answer at the kiosk or on their own phone, anonymously.
  r.post('/responses', async (req, res) => {
    const input = parseBody(SurveyResponseSchema, req);
    const forms = await allForms();
    const form = forms.find((f) => f.id === input.formId && f.version === input.formVersion);
    if (!form) throw new AppError('validation', `There is no survey form "${input.formId}" version ${input.formVersion}.`, [{ path: 'formVersion', message: 'unknown form version' }]);
    const problems = checkAnswers(form, input.answers);
    if (problems.length) throw new AppError('validation', `The answers do not fit the form: ${problems.map((p) => p.message).join('; ')}.`, problems);
    if (!(await deps.store.centres.get(input.centreId))) throw new AppError('validation', `Unknown centre "${input.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
    const now = deps.clock();
    const age = now.getTime() - Date.parse(input.submittedAt);
    if (age < -86_400_000 || age > MAX_AGE_DAYS * 86_400_000) throw new AppError('validation', `submittedAt ${input.submittedAt} is not within the last ${MAX_AGE_DAYS} days.`, [{ path: 'submittedAt', message: 'out of range' }]);

    let source = sourceOf(await surveySalt(), req.ip);
    if (input.context.channel === 'phone') {
      const cookie = readCookie(req.headers.cookie, PHONE_COOKIE);
      if (!cookie) throw new AppError('validation', 'Open the survey page on the phone first (it gives the phone its once-a-day ticket).');
      source = phoneKey(cookie, vnDay(now));
      // A replay of the same answer is fine (it counts once below); a second answer the same day is not.
      if ((await deps.store.surveys.countFromSource(source, vnDayStart(now))) > 0 && !(await deps.store.surveys.exists(input.id))) {
        throw new AppError('conflict', 'This phone has already answered today. Thank you!');
      }
    }
    const recent = await deps.store.surveys.countFromSource(source, new Date(now.getTime() - MIN_GAP_MS).toISOString());
    const hourly = await deps.store.surveys.countFromSource(source, new Date(now.getTime() - 3_600_000).toISOString());
    // Phones are held to one a day above; the burst rules are for kiosks and anything posting directly.
    const excludedReason = input.context.channel === 'phone' ? null : recent > 0 ? 'too-fast' : hourly >= HOURLY_QUOTA ? 'hourly-quota' : null;
    const stored = await deps.store.surveys.insert({ ...input, comment: maskPersonalNumbers(input.comment), receivedAt: now.toISOString(), sourceHash: source, excludedReason });
    if (!stored) return void res.json({ accepted: true, duplicate: true });
    if (!excludedReason) hub.announceSurvey(input.centreId);
    res.status(201).json({ accepted: true, duplicate: false, counted: excludedReason === null });
  });

  r.get('/results', async (req, res) => {
    const q = parseQuery(z.strictObject({ centre: z.optional(IdSchema), period: z._default(SurveyPeriodSchema, 'month') }), req);
    if (q.centre && !(await deps.store.centres.get(q.centre))) throw new AppError('not_found', `Unknown centre "${q.centre}".`);
    const from = new Date(deps.clock().getTime() - PERIOD_DAYS[q.period] * 86_400_000).toISOString();
    const rows = await deps.store.surveys.since(q.centre ?? null, from);
    const counted = rows.filter((r) => r.excludedReason === null);
    const forms = await allForms();
    const body: SurveyResults = { period: q.period, from, ...summarise(counted, forms), excluded: rows.length - counted.length, ...breakdowns(counted, forms) };
    res.json(body);
  });

  /** Comments to read (editor): already masked when stored; newest first. */
  r.get('/comments', requireStaff(deps, 'editor'), async (req, res) => {
    const q = parseQuery(z.strictObject({ centre: z.optional(IdSchema), period: z._default(SurveyPeriodSchema, 'month') }), req);
    const from = new Date(deps.clock().getTime() - PERIOD_DAYS[q.period] * 86_400_000).toISOString();
    const rows = await deps.store.surveys.since(q.centre ?? null, from);
    res.json({
      items: rows
        .filter((r) => r.comment.trim())
        .reverse()
        .slice(0, 200)
        .map((r) => ({ day: vnDay(new Date(r.receivedAt)), centreId: r.centreId, field: r.context.field ?? null, comment: r.comment, excluded: r.excludedReason !== null })),
    });
  });
  return r;
}
