import type { Stage } from '../pipeline/index.ts';
import { buildPipeline, type Pipeline } from '../pipeline/index.ts';
import { tokenize } from '../text/tokens.ts';
import { findClaims } from './claims/index.ts';
import { findDates } from './dates/index.ts';
import type { EntityRecogniser } from './entities/index.ts';
import { loadRecogniser } from './entities/index.ts';
import { findNumbers } from './numbers/index.ts';
import { groupPeople } from './people/index.ts';
import { creditOrganisations, institutionNames, withOrganisations } from './people/organisations.ts';
import { findQuotes } from './quotes/index.ts';
import { findSentences } from './sentences/index.ts';

/**
 * The extraction stages, in the order they run. Each is a pure function of the article and the
 * layers before it; the entity recogniser is passed in, so a better one can replace it.
 */
export function extractionStages(recogniser: EntityRecogniser): Stage[] {
  return [
    {
      // Made once for every stage that reads words (the tagger and people), not once per stage.
      name: '0-tokens',
      needs: [],
      makes: ['tokens'],
      run: (article) => ({ layers: { tokens: tokenize(article.text) } }),
    },
    {
      name: '1-sentences',
      needs: [],
      makes: ['sentences'],
      run: (article) => ({ layers: { sentences: findSentences(article.text, article.blocks) } }),
    },
    {
      name: '2-entities',
      needs: ['tokens', 'sentences'],
      makes: ['entityMentions'],
      run: (article, { tokens, sentences }) => ({
        layers: {
          entityMentions: recogniser.recognise(
            article.text,
            sentences!.map((s) => s.span),
            tokens,
          ),
        },
      }),
    },
    {
      name: '3-people',
      needs: ['tokens', 'sentences', 'entityMentions'],
      makes: ['people', 'organizations', 'places'],
      run: (article, { tokens, sentences, entityMentions }) => ({
        layers: groupPeople(
          article.text,
          sentences!,
          withOrganisations(
            entityMentions!,
            creditOrganisations(article.text, article.blocks),
            institutionNames(
              article.text,
              sentences!.map((s) => s.span),
            ),
          ),
          tokens,
        ),
      }),
    },
    {
      name: '4-dates',
      needs: ['sentences'],
      makes: ['dates'],
      run: (article, { sentences }) => ({
        layers: { dates: findDates(article.text, sentences!, article.published) },
      }),
    },
    {
      name: '5-numbers',
      needs: ['sentences', 'dates'],
      makes: ['numbers'],
      run: (article, { sentences, dates }) => ({
        layers: { numbers: findNumbers(article.text, sentences!, dates!) },
      }),
    },
    {
      name: '6-quotes',
      needs: ['sentences', 'people', 'organizations', 'places'],
      makes: ['quotes'],
      run: (article, { sentences, people, organizations, places }) => {
        const { quotes, diagnostics } = findQuotes(
          article.text,
          article.blocks,
          sentences!,
          people!,
          organizations!,
          places!,
        );
        return { layers: { quotes }, diagnostics };
      },
    },
    {
      name: '7-claims',
      needs: ['sentences', 'people', 'organizations', 'places', 'dates', 'quotes'],
      makes: ['claims'],
      run: (article, layers) => ({
        layers: {
          claims: findClaims(article.text, article.id, article.blocks, layers.sentences!, {
            people: layers.people!,
            organizations: layers.organizations!,
            places: layers.places!,
            dates: layers.dates!,
            quotes: layers.quotes!,
          }),
        },
      }),
    },
  ];
}

/** The extraction pipeline with the project's trained entity recogniser. */
export function createExtractionPipeline(recogniser: EntityRecogniser = loadRecogniser()): Pipeline {
  return buildPipeline(extractionStages(recogniser));
}
