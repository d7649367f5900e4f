import { defineDepartment } from './department-spec.js'
import { APPAREL_SIZES } from './palettes.js'

export const petSupplies = defineDepartment({
  slug: 'pet-supplies',
  name: 'Pet Supplies',
  glyph: 'paw',
  hue: 190,
  brands: [
    'Pawsome',
    'Whiskerwell',
    'Tailtide',
    'Furrbright',
    'Barkley & Co',
    'Kibblecraft',
    'Snoutsy',
    'Purrfield',
  ],
  types: [
    {
      noun: 'Dog Bed',
      synonyms: ['Orthopedic Dog Bed', 'Pet Bed'],
      specs: [['Memory Foam', 'Bolster', 'Donut']],
      features: [
        ['Orthopedic', 'supports older joints with egg-crate foam'],
        ['Removable Cover', 'unzips and goes in the washing machine'],
        ['Non-Slip Bottom', 'stays in place on hard floors'],
      ],
      uses: ['for Large Dogs', 'for Medium and Small Dogs', 'for Crate and Home'],
      price: [25, 99],
      colors: ['Gray', 'Brown', 'Navy Blue', 'Beige'],
      sizes: [
        ['Small', 0],
        ['Medium', 10],
        ['Large', 20],
        ['X-Large', 30],
      ],
    },
    {
      noun: 'Cat Tree',
      synonyms: ['Cat Tower', 'Cat Condo'],
      specs: [['36 Inch', '54 Inch', '72 Inch']],
      features: [
        ['Sisal Scratching Posts', 'saves the sofa from sharp claws'],
        ['Cozy Condo', 'gives a hiding spot for naps'],
        ['Stable Base', 'does not wobble when cats leap on it'],
      ],
      uses: ['for Indoor Cats', 'for Large Cats', 'for Multiple Cats'],
      price: [29, 129],
      colors: ['Gray', 'Beige', 'Dark Gray'],
    },
    {
      noun: 'Dog Leash',
      synonyms: ['Rope Leash', 'Training Lead'],
      specs: [['5 FT', '6 FT', '10 FT']],
      features: [
        ['Reflective', 'shows up in headlights on evening walks'],
        ['Padded Handle', 'spares your hands when the dog pulls'],
        ['Heavy Duty Clip', 'locks onto the collar and will not twist'],
      ],
      uses: ['for Medium and Large Dogs', 'for Walking and Training', 'for Puppies'],
      price: [8, 29],
      colors: ['Red', 'Black', 'Blue', 'Orange', 'Purple'],
    },
    {
      noun: 'Cat Litter Box',
      synonyms: ['Litter Pan', 'Covered Litter Box'],
      specs: [['Hooded', 'Top Entry', 'Open']],
      features: [
        ['Odor Control', 'has a carbon filter in the lid'],
        ['Easy to Clean', 'has a smooth nonstick surface'],
        ['Scoop Included', 'comes with a scoop that clips to the side'],
      ],
      uses: ['for Cats', 'for Large Cats', 'for Small Spaces'],
      price: [19, 69],
      colors: ['Gray', 'White', 'Blue'],
    },
    {
      noun: 'Dog Harness',
      synonyms: ['No Pull Harness', 'Vest Harness'],
      specs: [['No Pull', 'Step In', 'Front Clip']],
      features: [
        ['No Choke', 'spreads pressure across the chest'],
        ['Adjustable', 'has four points of adjustment for a snug fit'],
        ['Easy On and Off', 'slips over the head and buckles in seconds'],
      ],
      uses: ['for Small Dogs', 'for Large Dogs', 'for Walking and Training'],
      price: [12, 39],
      colors: ['Black', 'Red', 'Blue', 'Pink', 'Orange'],
      sizes: APPAREL_SIZES.slice(1, 5),
    },
  ],
})
