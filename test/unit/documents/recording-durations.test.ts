import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { bufferSource } from '../../../shared/documents/domain/verification/byte-source.ts';
import { mp4DurationSeconds } from '../../../shared/documents/domain/verification/mp4-container.ts';
import { videoDurationSeconds } from '../../../shared/documents/domain/verification/video-duration.ts';
import { webmDurationSeconds } from '../../../shared/documents/domain/verification/webm-container.ts';
import { fixture } from '../../fixtures/documents/fixture-files.ts';
import { box, countingSource, ftyp, mdatHeader, moof, mvhd, sparseSource, trak, trex } from './byte-sources.ts';
import { ID, blockGroup, element, elementHeader, liveCluster, liveHead, simpleBlock, uintElement } from './ebml-sources.ts';

/**
 * Browser recordings state no duration up front: MediaRecorder's WebM has no Info ▸ Duration and
 * Safari's fragmented MP4 leaves mvhd at 0 without mehd. Their length is read from the last
 * cluster's timestamps (WebM) or the fragments' sample durations (MP4).
 */
/** Each fixture's length as ffprobe decodes it (see the fixtures' README) and its frame rate. */
const RECORDINGS = [
  { name: 'live.webm', seconds: 3, fps: 5, what: 'ffmpeg live WebM, known-size clusters' },
  { name: 'live-unknown-size.webm', seconds: 3, fps: 5, what: 'ffmpeg live WebM, unknown-size clusters' },
  { name: 'live-six-minutes.webm', seconds: 360, fps: 1, what: 'six minutes of unknown-size clusters' },
  { name: 'chrome-recording.webm', seconds: 2, fps: 5, what: 'Chromium MediaRecorder: BlockGroups in one unknown-size cluster' },
  { name: 'chrome-six-minutes.webm', seconds: 360, fps: 1, what: 'six minutes of Chromium MediaRecorder' },
  { name: 'fragmented.mp4', seconds: 3, fps: 5, what: 'ffmpeg fragmented MP4, one fragment' },
  { name: 'fragmented-short.mp4', seconds: 3, fps: 5, what: 'ffmpeg fragmented MP4, three fragments, default-base-is-moof' },
  { name: 'fragmented-six-minutes.mp4', seconds: 360, fps: 1, what: 'six minutes of fragments' },
  { name: 'chrome-recording-no-duration.mp4', seconds: 2, fps: 5, what: 'Chromium MediaRecorder MP4 with its stated durations zeroed' },
  {
    name: 'chrome-six-minutes.mp4',
    seconds: 361,
    fps: 1,
    what: 'Chromium MediaRecorder MP4: 21 fragments, mvhd 0, tfdt re-anchoring each',
  },
] as const;

describe('the length of a browser recording that states none', () => {
  for (const recording of RECORDINGS) {
    it(`${recording.name} (${recording.what}) is ${recording.seconds} s within one frame`, async () => {
      const format = recording.name.endsWith('.mp4') ? 'mp4' : 'webm';
      const measured = await videoDurationSeconds(format, bufferSource(fixture(recording.name)));
      assert.ok(measured !== undefined, 'no duration');
      assert.ok(Math.abs(measured - recording.seconds) <= 1 / recording.fps + 1e-9, `measured ${measured} s`);
    });
  }

  it('reads the MP4 a browser writes with its duration in mvhd as the duration it states', async () => {
    assert.equal(await mp4DurationSeconds(bufferSource(fixture('chrome-recording.mp4'))), 2.021);
  });
});

describe('WebM without Info ▸ Duration: the end of the last block', () => {
  const webmSeconds = (parts: readonly (Uint8Array | number)[]) => webmDurationSeconds(sparseSource(parts));

  it('reads a 100 MB recording from its last megabyte', async () => {
    // 200 clusters of 10 frames of 50 KB at 5 fps: the last frame starts at 199 × 2000 + 9 × 200 ms.
    const parts: (Uint8Array | number)[] = [liveHead()];
    for (let cluster = 0; cluster < 200; cluster++)
      parts.push(...liveCluster(cluster * 2000, Array.from({ length: 10 }, (_, frame) => simpleBlock(frame * 200, 50 * 1024)).flat()));
    const counted = countingSource(sparseSource(parts));
    assert.ok(counted.size > 100_000_000);
    assert.equal(await webmDurationSeconds(counted), 399.8);
    assert.ok(counted.bytesRead() < 1.1 * 1024 * 1024, `read ${counted.bytesRead()} bytes`);
  });

  it('searches back past the last megabyte for a long last cluster, reading only that cluster', async () => {
    // 10 clusters of 10 frames of 1 MB each: the last cluster alone is 10 MB.
    const parts: (Uint8Array | number)[] = [liveHead()];
    for (let cluster = 0; cluster < 10; cluster++)
      parts.push(...liveCluster(cluster * 10_000, Array.from({ length: 10 }, (_, frame) => simpleBlock(frame * 1000, 1024 * 1024)).flat()));
    const counted = countingSource(sparseSource(parts));
    assert.equal(await webmDurationSeconds(counted), 99);
    assert.ok(counted.bytesRead() < 12 * 1024 * 1024, `read ${counted.bytesRead()} bytes of ${counted.size}`);
  });

  it('passes over the Cluster ID’s bytes inside a frame', async () => {
    const frame = Buffer.from([0x1f, 0x43, 0xb6, 0x75, 0x00, 0xe7, 0x81, 0x00, 0x1f, 0x43, 0xb6, 0x75, 0x81]);
    const parts = [
      liveHead(),
      ...liveCluster(0, [...simpleBlock(0, 100), ...simpleBlock(40, 100)]),
      ...liveCluster(80, [...simpleBlock(0, 100), ...simpleBlock(40, frame)]),
    ];
    assert.equal(await webmSeconds(parts), 0.12);
  });

  it('adds the BlockDuration of a BlockGroup and skips what follows the clusters', async () => {
    const cluster = Buffer.concat([uintElement(ID.timecode, 1000), blockGroup(0, 10, 40), blockGroup(40, 10, 40)]);
    const cues = element(ID.cues, Buffer.alloc(20));
    assert.equal(await webmSeconds([liveHead(), element(ID.cluster, cluster), cues]), 1.08);
  });

  it('counts in the file’s TimecodeScale', async () => {
    // Ticks of 100 µs: 20,000 + 10,000 ticks are 3 s.
    assert.equal(await webmSeconds([liveHead(100_000), ...liveCluster(20_000, simpleBlock(10_000, 10))]), 3);
  });

  it('counts the latest block, not the last written (audio and video interleave)', async () => {
    assert.equal(await webmSeconds([liveHead(), ...liveCluster(0, [...simpleBlock(500, 10), ...simpleBlock(480, 10)])]), 0.5);
  });

  for (const [what, parts] of [
    ['no cluster at all', [liveHead()]],
    ['clusters without blocks', [liveHead(), ...liveCluster(0, []), ...liveCluster(1000, [])]],
    ['bytes after the last cluster that are no elements', [liveHead(), ...liveCluster(0, simpleBlock(0, 10)), Buffer.alloc(16)]],
    [
      'a block before the cluster’s Timestamp',
      [liveHead(), elementHeader(ID.cluster, 'unknown'), ...simpleBlock(0, 10), uintElement(ID.timecode, 0)],
    ],
    ['a last block cut short', [liveHead(), ...liveCluster(0, simpleBlock(0, 100)).slice(0, -1), 50]],
  ] as const) {
    it(`finds no duration with ${what}`, async () => {
      assert.equal(await webmSeconds(parts), undefined);
    });
  }
});

describe('fragmented MP4 without mehd: the sum of the fragments’ sample durations', () => {
  const VIDEO = 1;
  const AUDIO = 2;
  const emptyMoov = (...tracks: [trackId: number, timescale: number, trexDuration: number][]) =>
    box(
      'moov',
      Buffer.concat([
        mvhd(0, 1000, 0n),
        ...tracks.map(([trackId, timescale]) => trak(trackId, timescale)),
        box('mvex', Buffer.concat(tracks.map(([trackId, , duration]) => trex(trackId, duration)))),
      ]),
    );

  it('takes each sample’s duration from trun, else tfhd’s default, else trex’s', async () => {
    const file = Buffer.concat([
      ftyp(),
      emptyMoov([VIDEO, 15_360, 512]),
      moof(1, VIDEO, { samples: 30, durations: Array.from({ length: 30 }, () => 512) }),
      mdatHeader(0),
      moof(2, VIDEO, { samples: 30, defaultDuration: 1024 }),
      mdatHeader(0),
      moof(3, VIDEO, { samples: 30 }),
      mdatHeader(0),
    ]);
    assert.equal(await mp4DurationSeconds(bufferSource(file)), 4);
  });

  it('starts each fragment at its tfdt decode time, as Chrome needs (its last sample’s duration is a placeholder)', async () => {
    const file = Buffer.concat([
      ftyp(),
      emptyMoov([VIDEO, 30_000, 0]),
      moof(1, VIDEO, { samples: 3, durations: [30_000, 30_000, 999], decodeTime: 0 }),
      mdatHeader(0),
      moof(2, VIDEO, { samples: 3, durations: [30_000, 30_000, 999], decodeTime: 90_000 }),
      mdatHeader(0),
    ]);
    assert.equal(await mp4DurationSeconds(bufferSource(file)), (90_000 + 60_999) / 30_000);
  });

  it('reads the moofs of a 100 MB file and skips its mdats', async () => {
    const parts: (Uint8Array | number)[] = [ftyp(), emptyMoov([VIDEO, 90_000, 0])];
    for (let fragment = 1; fragment <= 50; fragment++)
      parts.push(moof(fragment, VIDEO, { samples: 60, defaultDuration: 3000 }), mdatHeader(2 * 1024 * 1024), 2 * 1024 * 1024);
    const counted = countingSource(sparseSource(parts));
    assert.equal(await mp4DurationSeconds(counted), 100);
    // Each moof is ~330 bytes (60 sample sizes); each mdat costs its 16-byte header read.
    assert.ok(counted.bytesRead() < 50 * 400, `read ${counted.bytesRead()} bytes of ${counted.size}`);
  });

  it('answers the longest track', async () => {
    const file = Buffer.concat([
      ftyp(),
      emptyMoov([VIDEO, 90_000, 3000], [AUDIO, 48_000, 1024]),
      moof(1, VIDEO, { samples: 30 }),
      moof(2, AUDIO, { samples: 94 }),
      mdatHeader(0),
    ]);
    assert.equal(await mp4DurationSeconds(bufferSource(file)), (94 * 1024) / 48_000);
  });

  it('still prefers mehd when the file has one', async () => {
    const mehd = Buffer.alloc(8);
    mehd.writeUInt32BE(7000, 4);
    const moov = box(
      'moov',
      Buffer.concat([mvhd(0, 1000, 0n), trak(VIDEO, 1000), box('mvex', Buffer.concat([box('mehd', mehd), trex(VIDEO, 1000)]))]),
    );
    assert.equal(await mp4DurationSeconds(bufferSource(Buffer.concat([ftyp(), moov, moof(1, VIDEO, { samples: 3 })]))), 7);
  });

  const unknownTrack = Buffer.concat([ftyp(), emptyMoov([VIDEO, 1000, 40]), moof(1, 9, { samples: 30 })]);
  const overrunTrun = Buffer.from(
    Buffer.concat([ftyp(), emptyMoov([VIDEO, 1000, 40]), moof(1, VIDEO, { samples: 3, durations: [40, 40, 40] })]),
  );
  // Claim a fourth sample the trun has no entry for: its sample count follows the box header and the version and flags.
  const trunAt = overrunTrun.indexOf('trun', 0, 'latin1') - 4;
  overrunTrun.writeUInt32BE(4, trunAt + 12);
  const truncatedMdat = Buffer.concat([
    ftyp(),
    emptyMoov([VIDEO, 1000, 40]),
    moof(1, VIDEO, { samples: 30 }),
    mdatHeader(1000),
    Buffer.alloc(10),
  ]);
  for (const [what, file] of [
    ['no fragments', Buffer.concat([ftyp(), emptyMoov([VIDEO, 1000, 40])])],
    ['a fragment of a track moov does not have', unknownTrack],
    ['a trun claiming more samples than it holds', overrunTrun],
    ['an mdat running past the end of the file', truncatedMdat],
  ] as const) {
    it(`finds no duration with ${what}`, async () => {
      assert.equal(await mp4DurationSeconds(bufferSource(file)), undefined);
    });
  }
});
