import { z } from 'zod';
import { briefFormats } from '../web/index.ts';

/**
 * What requests may hold and what responses hold, as zod schemas: the handlers validate with them
 * and /openapi.json is generated from them, so the document cannot drift from the code.
 */

// Ids are made by the pipeline; this only bounds them, so a hostile path cannot carry anything odd.
const plainId = (id: string): boolean => ![...id].some((c) => c < ' ' || c === '/' || c === '\\');

export const idParam = z
  .string()
  .min(1)
  .max(200)
  .refine(plainId, 'Ids hold no control characters or slashes.');

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const briefQuery = z.object({
  format: z.enum(briefFormats).default('json'),
});

export const focusQuery = z.object({
  story: idParam.optional(),
  fact: z.string().min(1).max(200).optional(),
  conflict: z.string().min(1).max(200).optional(),
});

const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** One article posted as JSON: its text and what is known about it. */
export const articleInput = z
  .object({
    text: z.string().min(1, 'An article needs some text.').max(2_000_000),
    title: z.string().max(1000).optional(),
    url: z.string().max(2048).optional(),
    outlet: z.string().max(200).optional(),
    published: isoDate.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
  })
  .strict();

export const articlesInput = z.array(articleInput).min(1).max(1000);
export const articlesEnvelope = z.object({ articles: articlesInput }).strict();

/** JSON bodies: one article, an array of them, or `{articles: [...]}`. */
export const articlesBody = z.union([articleInput, articlesInput, articlesEnvelope]);

const issue = z.object({ code: z.string(), path: z.string(), message: z.string() });

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(issue).optional() }),
});

const articleRef = z.object({
  id: z.string(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  path: z.string().optional(),
});

export const addResultBody = z.object({
  added: z.array(articleRef),
  existing: z.array(articleRef),
  rejected: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
  stories: z.number().int(),
});

export const healthBody = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.object({
    engine: z.enum(['pglite', 'postgresql']),
    schemaVersion: z.number().int(),
    articles: z.number().int(),
    stories: z.number().int(),
  }),
});

const span = z.tuple([z.number().int(), z.number().int()]);

export const storySummary = z.object({
  id: z.string(),
  title: z.string(),
  dateRange: z.tuple([z.string(), z.string()]).optional(),
  newest: z.string().optional(),
  sources: z.number().int(),
  independent: z.number().int(),
  facts: z.number().int(),
  corroborated: z.number().int(),
  contested: z.number().int(),
  conflicts: z.number().int(),
});

export const storyListBody = z.object({ stories: z.array(storySummary), total: z.number().int() });

export const articleListBody = z.object({
  articles: z.array(articleRef.extend({ url: z.string().optional(), published: z.string().optional() })),
  total: z.number().int(),
});

/** A story as in the JSON contract of shared/DESIGN.md (described loosely: the analysis adds fields). */
export const storyBody = z
  .object({
    id: z.string(),
    title: z.string(),
    articles: z.array(z.string()),
    independentGroups: z.array(z.array(z.string())),
    reuse: z.array(
      z.looseObject({ from: z.string(), to: z.string(), kind: z.string(), coverage: z.number() }),
    ),
    facts: z.array(z.looseObject({ id: z.string(), statement: z.string(), status: z.string() })),
    conflicts: z.array(z.looseObject({ id: z.string(), kind: z.string(), summary: z.string() })),
    timeline: z.array(z.looseObject({ when: z.string(), what: z.string() })),
  })
  .loose();

export const highlight = z.object({
  span,
  text: z.string(),
  kind: z.enum(['fact', 'conflict']),
  id: z.string(),
  story: z.string(),
  label: z.string(),
  status: z.string().optional(),
  conflictKind: z.string().optional(),
  focus: z.boolean(),
});

/** An article as in the JSON contract, with the stories it is in and its evidence spans. */
export const articleBody = z
  .object({
    id: z.string(),
    text: z.string(),
    language: z.string(),
    extraction: z.looseObject({}),
    stories: z.array(z.string()),
    highlights: z.array(highlight),
  })
  .loose();

/** The versions of a fetched article (src/versions): oldest first, each with what it changed. */
export const versionsBody = z.object({
  url: z.string().optional(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      articleId: z.string(),
      fetchedAt: z.string(),
      title: z.string().optional(),
      diff: z
        .looseObject({ summary: z.array(z.string()), changes: z.array(z.looseObject({ kind: z.string() })) })
        .optional(),
    }),
  ),
});
