import * as z from 'zod';
import type { Identity } from '../../platform/auth/identity.ts';
import { cursorJson, cursorOf } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { invalidCursor } from '../../platform/paging/paging-errors.ts';
import { listingsFor, offerOpenTo } from '../domain/offer-audience.ts';
import { toInternshipOption, type InternshipOption } from '../internship-offer-schema.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';
import { ownApplicationAtOfferStage } from './own-application.ts';

/** Where a walk over several listings stands: which listing, and the store's cursor inside it. */
const walkCursorSchema = z.strictObject({ listing: z.int().min(0).max(20), inner: z.string().max(2048).optional() });

const decodeWalk = (cursor: string | undefined, listings: number): z.infer<typeof walkCursorSchema> => {
  if (cursor === undefined) return { listing: 0 };
  const parsed = walkCursorSchema.safeParse(cursorJson(cursor));
  if (!parsed.success || parsed.data.listing >= listings) throw invalidCursor();
  return parsed.data;
};

/**
 * The approved offers the caller's application may rank (domain/offer-audience.ts): its stage's
 * levels for its track and role, narrowed by the level it preferred, in its region where the
 * programme limits regional offers to the applicant's own, open to its track. One listing after
 * another (a level, its region), each a prefix of the season's list. A page may hold fewer than
 * `limit` (offers closed to the track drop out): follow `nextCursor`.
 */
export const listInternshipOptions = async (
  deps: Pick<InternshipDependencies, 'store' | 'subjects'>,
  identity: Identity,
  applicationId: string,
  page: PageRequest,
): Promise<Page<InternshipOption>> => {
  const subject = await ownApplicationAtOfferStage(deps, identity, applicationId);
  const listings = listingsFor(subject.programme.settings, subject.application);
  if (listings.length === 0) return { items: [], nextCursor: undefined };
  const walk = decodeWalk(page.cursor, listings.length);
  const listing = listings[walk.listing];
  if (listing === undefined) throw invalidCursor();
  const track = subject.application.track?.track;
  const found = await deps.store.offers(
    subject.application.seasonId,
    { status: 'approved', level: listing.level, region: listing.region, openToTrack: track ?? null },
    { limit: page.limit, cursor: walk.inner },
  );
  const next =
    found.nextCursor !== undefined
      ? cursorOf({ listing: walk.listing, inner: found.nextCursor })
      : walk.listing + 1 < listings.length
        ? cursorOf({ listing: walk.listing + 1 })
        : undefined;
  return {
    items: found.items.filter((offer) => offerOpenTo(offer, listings, track)).map(toInternshipOption),
    nextCursor: next,
  };
};
