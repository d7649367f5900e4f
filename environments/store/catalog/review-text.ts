/**
 * Words for written reviews, by star level. Placeholders: {noun} (lower case), {brand}, {feature}
 * (a feature label, lower case), {use}, {variant} (the option bought, e.g. "black").
 */
export interface ReviewWords {
  titles: readonly string[]
  sentences: readonly string[]
}

export const REVIEW_WORDS: Record<'great' | 'good' | 'mixed' | 'bad', ReviewWords> = {
  great: {
    titles: [
      'Exactly what I needed',
      'Worth every penny',
      'Better than expected',
      'Five stars, would buy again',
      'Great quality for the price',
      'My new favorite',
      'Impressed!',
    ],
    sentences: [
      'I have used this {noun} every day for a month and it still works like new.',
      'The {feature} really lives up to the description.',
      'Bought the {variant} one and the color is exactly like the pictures.',
      'Setup took less than five minutes.',
      'I bought it {use} and it has been perfect.',
      'Already ordered a second one as a gift.',
      'Feels solid and well made, not cheap at all.',
      'Shipping was fast and the packaging was neat.',
      '{brand} clearly thought about the details.',
    ],
  },
  good: {
    titles: [
      'Solid choice',
      'Good, with one small gripe',
      'Does the job',
      'Happy with it overall',
      'Nice, but check the size',
    ],
    sentences: [
      'Does exactly what the listing promises.',
      'The {feature} works well, although it took a few days to get used to.',
      'I would have given five stars if the instructions were clearer.',
      'The {variant} finish shows fingerprints a little.',
      'Good value compared with the big-name brands.',
      'It is a bit bigger than I pictured, so check the dimensions.',
      'Customer service answered my question within a day.',
    ],
  },
  mixed: {
    titles: ['It is okay', 'Average', 'Mixed feelings', 'Fine for the price', 'Not bad, not great'],
    sentences: [
      'It works, but this {noun} feels cheaper than I expected.',
      'The {feature} is hit or miss.',
      'It arrived with a small scratch, nothing serious.',
      'For the price it is acceptable, but I would not buy it again.',
      'The {variant} color is duller than in the photos.',
      'It took longer to arrive than the estimate.',
    ],
  },
  bad: {
    titles: [
      'Stopped working after two weeks',
      'Disappointed',
      'Not as described',
      'Returned it',
      'Would not recommend',
    ],
    sentences: [
      'Mine stopped working after a couple of weeks.',
      'The {feature} did not work at all for me.',
      'It looks nothing like the pictures.',
      'I sent it back and bought a different brand.',
      'The {variant} one I received had a defect out of the box.',
      'Support from {brand} never replied to my emails.',
    ],
  },
}

export const REVIEWER_NAMES = [
  'Maria G.',
  'James T.',
  'Priya K.',
  'Daniel R.',
  'Sofia L.',
  'Kevin M.',
  'Aisha B.',
  'Tom W.',
  'Hannah S.',
  'Luis F.',
  'Chen W.',
  'Olivia P.',
  'Marcus J.',
  'Emma D.',
  'Noah H.',
  'Fatima A.',
  'Ryan O.',
  'Grace N.',
  'Ethan C.',
  'Zoe V.',
  'Amazon Customer',
  'happy shopper',
  'Weekend DIYer',
  'Coffee addict',
  'Busy mom of 3',
  'Retired teacher',
  'Trail runner',
  'J. Alvarez',
]
