import { defineDepartment } from './department-spec.js'
import { NATURAL_COLORS } from './palettes.js'

export const garden = defineDepartment({
  slug: 'garden',
  name: 'Patio, Lawn & Garden',
  glyph: 'leaf',
  hue: 100,
  brands: [
    'Greenhollow',
    'Bloomstead',
    'Terrafield',
    'Sproutly',
    'Mossgate',
    'Sunpatch',
    'Fernway',
    'Yardhaven',
  ],
  types: [
    {
      noun: 'Garden Hose',
      synonyms: ['Expandable Hose', 'Water Hose'],
      specs: [['50 FT', '75 FT', '100 FT']],
      features: [
        ['Kink Free', 'lies flat without twisting'],
        ['Spray Nozzle', 'comes with a 10-pattern nozzle'],
        ['Lightweight', 'weighs a third of a rubber hose'],
      ],
      uses: ['for Garden and Yard', 'for Car Washing', 'for Lawn Watering'],
      price: [19, 69],
      colors: ['Green', 'Blue', 'Black'],
      sizes: [
        ['50 Feet', 0],
        ['75 Feet', 8],
        ['100 Feet', 15],
      ],
    },
    {
      noun: 'Solar Lights',
      synonyms: ['Outdoor Solar Lights', 'Pathway Lights'],
      specs: [['8 Pack', '12 Pack', '4 Pack']],
      features: [
        ['Auto On at Dusk', 'turns on by itself at sunset'],
        ['Waterproof', 'is rated IP65 for rain and snow'],
        ['Warm White', 'glows like a lantern rather than a streetlight'],
      ],
      uses: ['for Pathway, Yard and Patio', 'for Garden Decor', 'for Walkway and Driveway'],
      price: [15, 59],
      styles: [
        ['Warm White', 0],
        ['Color Changing', 4],
      ],
    },
    {
      noun: 'Raised Garden Bed',
      synonyms: ['Planter Box', 'Garden Planter'],
      specs: [['4x2 FT', '6x3 FT', '8x4 FT']],
      features: [
        ['Galvanized Steel', 'will not rot like wood'],
        ['Tool Free Assembly', 'snaps together in minutes'],
        ['Open Base', 'lets roots reach the soil below'],
      ],
      uses: ['for Vegetables and Flowers', 'for Outdoor Garden', 'for Patio and Balcony'],
      price: [35, 129],
      colors: NATURAL_COLORS,
    },
    {
      noun: 'Pruning Shears',
      synonyms: ['Garden Clippers', 'Hand Pruners'],
      specs: [['Bypass', 'Anvil', 'Ratchet']],
      features: [
        ['Sharp Blades', 'cut branches up to 3/4 inch cleanly'],
        ['Safety Lock', 'keeps the blades closed in a pocket'],
        ['Ergonomic Handles', 'ease strain through long sessions'],
      ],
      uses: ['for Gardening', 'for Roses and Shrubs', 'for Trees and Hedges'],
      price: [9, 39],
      colors: ['Red', 'Orange', 'Green'],
    },
    {
      noun: 'Patio Furniture Set',
      synonyms: ['Outdoor Furniture', 'Bistro Set'],
      specs: [['3 Piece', '5 Piece', '7 Piece']],
      features: [
        ['Weather Resistant', 'uses powder-coated steel and all-weather wicker'],
        ['Cushions Included', 'comes with washable seat cushions'],
        ['Easy Assembly', 'goes together in about an hour'],
      ],
      uses: ['for Porch, Deck and Balcony', 'for Backyard', 'for Outdoor Dining'],
      price: [129, 599],
      colors: ['Gray', 'Brown', 'Black', 'Beige'],
    },
  ],
})
