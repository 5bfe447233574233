/**
 * How much storage one applicant can have promised at a time, and how fast they can ask for it.
 * An upload form promises up to its requirement's size (500 MB for a video) until it expires, so
 * forms are bounded twice: outstanding ones per requirement and per application (a form stops
 * counting once its upload is confirmed, or when it expires, so nobody is locked out for longer
 * than a form lives), and the forms one caller may ask for per window, whatever they ask them for.
 */
export interface UploadLimits {
  /** Forms issued for one requirement of an application and neither confirmed nor expired. */
  readonly pendingPerRequirement: number;
  /** The same, over all the application's requirements. */
  readonly pendingPerApplication: number;
  /** Forms one caller may ask for in one window, granted or refused… */
  readonly formsPerWindow: number;
  /** …of this many seconds (fixed windows, aligned to the epoch). */
  readonly windowSeconds: number;
}

/**
 * Three per requirement leave room to retry an upload the browser lost; six per application cover
 * every document a template asks for at once. Ten forms a minute is more than a person filling in
 * an application asks for, and a script asking for hundreds a second is refused after ten.
 */
export const UPLOAD_LIMITS: UploadLimits = {
  pendingPerRequirement: 3,
  pendingPerApplication: 6,
  formsPerWindow: 10,
  windowSeconds: 60,
};

export interface UploadWindow {
  /** When the window began, in epoch seconds: the window's name. */
  readonly start: number;
  readonly seconds: number;
  /** Whole seconds until the next window, at least 1: what a refused caller is told to wait. */
  readonly secondsLeft: number;
}

/** The fixed window `at` falls in. */
export const uploadWindowAt = (at: Date, seconds: number): UploadWindow => {
  const now = at.getTime() / 1000;
  const start = Math.floor(now / seconds) * seconds;
  return { start, seconds, secondsLeft: Math.max(1, Math.ceil(start + seconds - now)) };
};
