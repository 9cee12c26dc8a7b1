import { z } from 'zod';
import { briefFormats } from '../web/index.ts';
import { errorCodes } from './errors.ts';
import {
  addResultBody,
  articleBody,
  articleListBody,
  articlesBody,
  briefQuery,
  errorBody,
  focusQuery,
  healthBody,
  pageQuery,
  storyBody,
  storyListBody,
  versionsBody,
} from './schemas.ts';
import { uploadMediaTypes } from './uploads.ts';

/**
 * /openapi.json, generated from the zod schemas the handlers validate with. `operations` is also
 * what the API test checks against the app's routes, so a route cannot go undocumented.
 */
type Query = z.ZodObject<Record<string, z.ZodType>>;

interface Operation {
  readonly method: 'get' | 'post';
  /** Hono's form of the path (`:id`); the document writes `{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly query?: Query;
  readonly body?: { readonly json: z.ZodType; readonly others: readonly string[] };
  readonly ok: {
    readonly status: 200 | 201;
    readonly schema?: z.ZodType;
    readonly mediaTypes?: readonly string[];
  };
  readonly errors: readonly (keyof typeof errorCodes)[];
}

const common = ['request/invalid-query', 'internal/error', 'store/unavailable'] as const;

export const operations: readonly Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Whether the service and its store answer, with counts',
    ok: { status: 200, schema: healthBody },
    errors: ['store/unavailable'],
  },
  {
    method: 'get',
    path: '/api/stories',
    summary: 'Stories, newest first, with counts of sources, independent sources, facts and conflicts',
    query: pageQuery,
    ok: { status: 200, schema: storyListBody },
    errors: [...common],
  },
  {
    method: 'get',
    path: '/api/stories/:id',
    summary:
      'One story in the JSON contract: articles, independence groups, reuse, facts, conflicts, timeline',
    ok: { status: 200, schema: storyBody },
    errors: ['request/invalid-parameter', 'story/not-found', ...common],
  },
  {
    method: 'get',
    path: '/api/stories/:id/brief',
    summary: `The story's brief in one of: ${briefFormats.join(', ')}`,
    query: briefQuery,
    ok: {
      status: 200,
      mediaTypes: ['application/json', 'text/html', 'text/plain', 'text/markdown', 'application/ld+json'],
    },
    errors: ['request/invalid-parameter', 'story/not-found', ...common],
  },
  {
    method: 'get',
    path: '/api/articles',
    summary: 'Stored articles, newest first',
    query: pageQuery,
    ok: { status: 200, schema: articleListBody },
    errors: [...common],
  },
  {
    method: 'get',
    path: '/api/articles/:id',
    summary:
      'One article in the JSON contract, with its stories and the spans used as evidence (highlights); ' +
      'story, fact and conflict mark the highlights in focus',
    query: focusQuery,
    ok: { status: 200, schema: articleBody },
    errors: ['request/invalid-parameter', 'article/not-found', ...common],
  },
  {
    method: 'get',
    path: '/api/articles/:id/versions',
    summary:
      'The versions of a fetched article (any version’s id), oldest first, each with what it changed ' +
      '(title, numbers, names, paragraphs); an article read from a file has none',
    ok: { status: 200, schema: versionsBody },
    errors: ['request/invalid-parameter', 'article/not-found', ...common],
  },
  {
    method: 'post',
    path: '/api/articles',
    summary:
      'Add articles: JSON (one article, an array or {articles}), plain text, HTML, RSS/Atom, JSONL or WARC. ' +
      'The same content is stored once (201 when something was added, 200 when all was known already).',
    body: { json: articlesBody, others: uploadMediaTypes.filter((t) => t !== 'application/json') },
    ok: { status: 201, schema: addResultBody },
    errors: [
      'request/invalid-json',
      'request/invalid-body',
      'request/empty-body',
      'request/too-large',
      'request/unsupported-media-type',
      'request/cross-site',
      'input/rejected',
      'internal/error',
      'store/unavailable',
    ],
  },
];

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
};

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

export function openApiDocument(maxBodyBytes: number) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const pathParams = [...op.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string', maxLength: 200 },
    }));
    const queryParams = op.query
      ? Object.entries(op.query.shape).map(([name, schema]) => ({
          name,
          in: 'query',
          required: false,
          schema: jsonSchema(schema, 'input'),
        }))
      : [];
    const errors = Object.fromEntries(
      [...new Set(op.errors.map((code) => errorCodes[code]))].map((status) => [
        String(status),
        {
          description: `Error: ${op.errors.filter((code) => errorCodes[code] === status).join(', ')}`,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      ]),
    );
    const okContent = op.ok.schema
      ? { 'application/json': { schema: jsonSchema(op.ok.schema, 'output') } }
      : Object.fromEntries((op.ok.mediaTypes ?? []).map((type) => [type, { schema: { type: 'string' } }]));
    paths[openApiPath(op.path)] = {
      ...paths[openApiPath(op.path)],
      [op.method]: {
        summary: op.summary,
        parameters: [...pathParams, ...queryParams],
        ...(op.body
          ? {
              requestBody: {
                required: true,
                description: `At most ${maxBodyBytes} bytes.`,
                content: {
                  'application/json': { schema: jsonSchema(op.body.json, 'input') },
                  ...Object.fromEntries(op.body.others.map((type) => [type, { schema: { type: 'string' } }])),
                },
              },
            }
          : {}),
        responses: {
          [String(op.ok.status)]: { description: 'Success', content: okContent },
          ...(op.method === 'post'
            ? { '200': { description: 'Every article was already stored', content: okContent } }
            : {}),
          ...errors,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Corroborate',
      version: '1',
      description:
        'Stories, reuse and cross-checks of a collection of news articles. Errors are JSON ' +
        '{error: {code, message, issues?}}; every code: ' +
        Object.keys(errorCodes).join(', '),
    },
    paths,
    components: { schemas: { Error: jsonSchema(errorBody, 'output') } },
  };
}
