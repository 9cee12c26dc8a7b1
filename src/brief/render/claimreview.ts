import type { Brief, BriefDispute } from '../build.ts';
import { excerpt, plain } from './shared.ts';

/**
 * schema.org ClaimReview (the markup fact-checkers publish) for each dispute: the minority's
 * claim, where it appeared, and a rating that says how it fares against the other sources.
 */

interface Rating {
  readonly value: number;
  readonly name: string;
}

function ratingOf(dispute: BriefDispute): Rating {
  if (dispute.kind === 'stale-media') return { value: 2, name: 'Out of context: media from another event' };
  if (dispute.kind === 'self-contradiction') return { value: 2, name: 'Contradicts itself' };
  if (!dispute.majority) return { value: 3, name: 'Disputed: sources split' };
  return { value: 2, name: 'Contradicted by better-supported sources' };
}

export function claimReviews(brief: Brief): object[] {
  const sourceOf = new Map(brief.sources.map((s) => [s.key, s] as const));
  return brief.disputed.map((dispute) => {
    const rating = ratingOf(dispute);
    const claimEvidence = dispute.evidence.filter((e) => dispute.minority.sources.includes(e.source));
    const appearances = dispute.minority.sources.flatMap((key) => {
      const source = sourceOf.get(key);
      if (!source) return [];
      return [
        {
          '@type': 'CreativeWork',
          ...(source.url ? { url: source.url } : {}),
          ...(source.title ? { headline: plain(source.title) } : {}),
          ...(source.published ? { datePublished: source.published } : {}),
          ...(source.outlet ? { publisher: { '@type': 'Organization', name: plain(source.outlet) } } : {}),
        },
      ];
    });
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      name: plain(dispute.topic),
      claimReviewed: excerpt(claimEvidence[0]?.text ?? dispute.minority.value, 300),
      itemReviewed: { '@type': 'Claim', appearance: appearances },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating.value,
        bestRating: 5,
        worstRating: 1,
        alternateName: rating.name,
      },
      reviewBody: plain(`${dispute.summary} ${dispute.reasons.join('; ')}`),
      author: { '@type': 'Organization', name: 'Corroborate' },
    };
  });
}

export const renderClaimReview = (brief: Brief): string =>
  `${JSON.stringify(claimReviews(brief), null, 2)}\n`;
