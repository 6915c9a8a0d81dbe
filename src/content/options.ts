import type { Settings } from '../shared/settings';
import type { DetectorOptions } from '../engine';

/** The engine's options from the guardian's settings. */
export function detectorOptions(settings: Settings): DetectorOptions {
  return {
    categories: settings.categories,
    languages: settings.languages,
    sensitivity: settings.sensitivity,
    extraPhrases: settings.extraPhrases,
  };
}
