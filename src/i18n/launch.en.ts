/**
 * What the app says when a link's parameters cannot all be honoured (English). Loaded only when that happens
 * (src/embed/launchMessages.ts): a good link does not pay for them.
 */
export const launchEn = {
  'url.invalid': 'URL parameter {name}={value} is not valid: expected {expected}.',
  'url.unknown': 'Unknown URL parameter "{name}" ignored (PodScope reads {known}).',
  'url.tooLong': 'URL parameter {name} has {length} characters: at most {max}.',
  'url.expect.lang': '"zh-CN" or "en"',
  'url.expect.theme': '"light", "dark" or "system"',
  'url.expect.controls': '"none", "minimal" or "full"',
  'url.expect.name': 'a lowercase name',
  'url.expect.oneOf': 'one of {values}',
  'url.expect.speed': 'a number from 0.25 to 20',
  'url.expect.time': 'a whole number of virtual ms from 0 to {max} (one day)',
  'url.expect.step': 'a step number from 1',
  'url.expect.origin': 'an origin such as https://docs.example.com',
  'url.unknownScenario': 'Unknown scenario "{id}": opened the default example instead.',
  'url.unknownLesson': 'Unknown lesson "{id}": the lesson menu lists the ones there are.',
  'url.stepPastEnd': 'Lesson "{id}" has {count} steps: opened the last one.',
  'url.unknownPod': 'There is no Pod "{name}" in this scene: nothing is selected.',
  'url.stateFailed': "This link's saved state could not be opened ({reason}); showing the default example.",
  'url.stateRefused': 'an action in it was refused: {message}',
} as const;
