/** Why a shared link or an imported file cannot be opened (English); loaded with the code that reads them. */
export const sharedStateEn = {
  'state.notPodScope': 'this is not a PodScope saved state',
  'state.version': 'the saved state has version {version}; this PodScope reads version 1',
  'state.scenario': 'the saved state names no valid scenario',
  'state.unknownScenario': 'the saved state names an unknown scenario "{id}"',
  'state.seed': 'the saved state has no valid seed',
  'state.time': 'the saved state has an invalid time',
  'state.timeTooFar': "the saved state's time is past one virtual day ({max} ms)",
  'state.noLog': 'the saved state has no action log',
  'state.logTooLong': 'the action log is longer than {max} actions',
  'state.entryShape': 'action #{n} is not [time, action]',
  'state.entryTime': 'action #{n} has a time that is not a number in order',
  'state.entryTooFar': 'action #{n} is timed past one virtual day ({max} ms)',
  'state.entryType': 'action #{n} has an unknown type {type}',
  'state.notJson': 'the saved state is not valid JSON (truncated or corrupted)',
  'state.unreadable': "the shared link's state cannot be read (truncated or corrupted)",
  'state.inflatesTooFar': "the shared link's state is larger than {max} bytes when decompressed",
  'share.linkTooLong':
    "This session is too long for a link: the link's state has {length} characters and PodScope opens at most {max}. Use Export JSON to keep it.",
} as const;
