import { defineDepartment } from './department-spec.js'

export const musicalInstruments = defineDepartment({
  slug: 'musical-instruments',
  name: 'Musical Instruments',
  glyph: 'note',
  hue: 280,
  brands: [
    'Tonecraft',
    'Fretwell',
    'Rock Stack',
    'Harmonix Lane',
    'Bluestage',
    'Reverbia',
    'Chordia',
    'Ampersand',
  ],
  types: [
    {
      noun: 'Guitar Patch Cables',
      synonyms: ['Pedal Cables', 'Instrument Cables'],
      specs: [['Pack of 3', 'Pack of 6', 'Pack of 10']],
      features: [
        ['Low Noise', 'uses oxygen-free copper and double shielding'],
        ['Right Angle Plugs', 'save space on a crowded pedalboard'],
        ['Gold Plated', 'resist corrosion for a clean signal'],
      ],
      uses: ['for Guitar Effect Pedals', 'for Pedalboard', 'for Bass and Guitar'],
      price: [9, 29],
      sizes: [
        ['2 Inches', 0],
        ['4 Inches', 1],
        ['6 Inches', 2],
        ['12 Inches', 4],
      ],
      styles: [
        ['S-Shape', 0],
        ['C-Shape', 0],
      ],
    },
    {
      noun: 'Acoustic Guitar',
      synonyms: ['Guitar for Beginners', 'Dreadnought Guitar'],
      specs: [['Full Size', '3/4 Size', 'Cutaway']],
      features: [
        ['Spruce Top', 'gives a bright, balanced tone'],
        ['Starter Kit', 'comes with a gig bag, strap, picks and tuner'],
        ['Low Action', 'is easy on beginner fingers'],
      ],
      uses: ['for Beginners and Adults', 'for Kids and Teens', 'Bundle'],
      price: [79, 349],
      colors: ['Natural', 'Black', 'Sunburst', 'Blue'],
    },
    {
      noun: 'Digital Piano Keyboard',
      synonyms: ['Keyboard Piano', 'Electric Piano'],
      specs: [['61 Key', '88 Key']],
      features: [
        ['Weighted Keys', 'feel like an acoustic piano'],
        ['Built-in Speakers', 'fill a room without an amplifier'],
        ['Headphone Jack', 'lets you practice quietly'],
      ],
      uses: ['for Beginners', 'with Stand and Bench', 'for Home Practice'],
      price: [99, 499],
      colors: ['Black', 'White'],
    },
    {
      noun: 'Guitar Strings',
      synonyms: ['Electric Guitar Strings', 'Acoustic Strings'],
      specs: [['Light 10-46', 'Regular 10-46', 'Medium 11-52']],
      features: [
        ['Coated', 'last three times longer than plain strings'],
        ['Bright Tone', 'ring clearly through a mix'],
        ['3 Sets', 'come three sets to a pack'],
      ],
      uses: ['for Electric Guitar', 'for Acoustic Guitar', 'for Gigging'],
      price: [6, 25],
    },
    {
      noun: 'Clip-On Tuner',
      synonyms: ['Guitar Tuner', 'Chromatic Tuner'],
      specs: [['Chromatic', 'Rechargeable']],
      features: [
        ['Accurate', 'tunes to within one cent'],
        ['Color Display', 'reads easily on a dark stage'],
        ['360 Degree Clip', 'turns to face you from any headstock'],
      ],
      uses: ['for Guitar, Bass, Ukulele and Violin', 'for All Instruments', 'for Beginners'],
      price: [7, 29],
      colors: ['Black', 'Red', 'Blue'],
    },
  ],
})
