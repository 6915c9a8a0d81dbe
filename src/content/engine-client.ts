/**
 * The content script's door to the detector, which runs once per browser in
 * the background (src/background/detection.ts). Messages go out in order,
 * thread by thread, and come back as signals (categories, probabilities, rule
 * ids: no text); the tab keeps each thread's tracker itself, so nothing is
 * lost when the browser stops the background worker.
 *
 * Types come from the engine's own (`Pick<Detector, …>`), so a test's fake
 * cannot drift from what the background answers.
 */
import type { Detector, DetectorOptions } from '../engine/types';
import { CHECK_DRAFT, READ_MESSAGES, READ_BATCH } from '../background/messages';

type Read = Detector['read'];
export type ReadAnswer = ReturnType<Read>;
export type DraftAnswer = ReturnType<Detector['scanOutgoing']>;

/** What the content script asks of the detector. */
export interface EngineClient {
  /** Reads a thread's new messages in order (see Detector.read). */
  read(options: DetectorOptions, messages: Parameters<Read>[0], previous?: Parameters<Read>[1]): Promise<ReadAnswer>;
  /** Checks the teen's draft before it is sent (see Detector.scanOutgoing). */
  checkDraft(options: DetectorOptions, text: string): Promise<DraftAnswer>;
  /**
   * Gets the detector ready before a message needs it: a chat tab that opens
   * or comes to the front starts a stopped worker and builds its detector,
   * so the next new message does not wait for both.
   */
  warm(options: DetectorOptions): Promise<void>;
}

/**
 * The background's detector, through runtime messages. A long run of
 * messages goes in batches of READ_BATCH, one after another (a move split
 * over two messages is read across a batch's edge).
 */
export function backgroundEngine(send: (message: unknown) => Promise<unknown>): EngineClient {
  return {
    async read(options, messages, previous) {
      const signals: ReadAnswer['signals'] = [];
      let carried = previous;
      for (let i = 0; i < messages.length; i += READ_BATCH) {
        const answer = (await send({
          type: READ_MESSAGES,
          options,
          messages: messages.slice(i, i + READ_BATCH).map((m) => ({ text: m.text, incoming: m.incoming, ...(m.at !== undefined ? { at: m.at } : {}) })),
          ...(carried ? { previous: carried } : {}),
        })) as ReadAnswer | undefined;
        if (!answer || !Array.isArray(answer.signals)) throw new Error('the background did not read the messages');
        signals.push(...answer.signals);
        carried = answer.previous;
      }
      return carried ? { signals, previous: carried } : { signals };
    },
    async checkDraft(options, text) {
      const answer = (await send({ type: CHECK_DRAFT, options, text })) as DraftAnswer | undefined;
      if (!answer || !Array.isArray(answer.categories)) throw new Error('the background did not check the draft');
      return answer;
    },
    async warm(options) {
      // An empty read: the background builds (or finds) the detector for these options and answers at once.
      await send({ type: READ_MESSAGES, options, messages: [] });
    },
  };
}

/** A detector in this same context (Node tests, the CLI): the same answers without messaging. */
export function localEngine(detectorFor: (options: DetectorOptions) => Pick<Detector, 'read' | 'scanOutgoing'>): EngineClient {
  return {
    read: async (options, messages, previous) => detectorFor(options).read(messages, previous),
    checkDraft: async (options, text) => detectorFor(options).scanOutgoing(text),
    warm: async (options) => void detectorFor(options),
  };
}
