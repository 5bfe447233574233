import type { PendingUpload } from '../domain/upload/pending-upload.ts';

/** Which cap refused a form: its requirement's or its application's. */
export type HoldOutcome = 'held' | 'requirement-full' | 'application-full';

export interface PendingUploadCaps {
  readonly perRequirement: number;
  readonly perApplication: number;
}

/**
 * The forms of each application that still count against its caps. Taking a place is one
 * conditional write, so however many requests race, no more forms are held than the caps allow.
 */
export interface PendingUploads {
  /** Counts the form, unless its requirement or its application already has `caps` forms that have not expired by `now`. */
  hold(form: PendingUpload, caps: PendingUploadCaps, now: Date): Promise<HoldOutcome>;
  /** The form stops counting (its upload was confirmed); releasing it again changes nothing. */
  release(form: PendingUpload): Promise<void>;
}
