import { defineDepartment } from './department-spec.js'
import { PACK_SIZES } from './palettes.js'

export const grocery = defineDepartment({
  slug: 'grocery',
  name: 'Grocery & Gourmet Food',
  glyph: 'apple',
  hue: 12,
  brands: [
    'Harvest Lane',
    'Pantry Row',
    'Goldleaf',
    'Meadowmill',
    'Orchard & Oak',
    'Sunmorrow',
    'Kettle Creek',
    'Brightfarm',
  ],
  types: [
    {
      noun: 'Ground Coffee',
      synonyms: ['Coffee Beans', 'Medium Roast Coffee'],
      specs: [['12 oz', '24 oz', '32 oz']],
      features: [
        ['Medium Roast', 'tastes of chocolate and toasted nuts'],
        ['100% Arabica', 'is grown at high altitude'],
        ['Fair Trade', 'pays farmers a fair price'],
      ],
      uses: ['for Drip and Pour Over', 'for French Press', 'for Cold Brew'],
      price: [8, 29],
      styles: [
        ['Medium Roast', 0],
        ['Dark Roast', 0],
        ['Decaf', 1],
      ],
      sizes: PACK_SIZES.slice(0, 3),
    },
    {
      noun: 'Mixed Nuts',
      synonyms: ['Trail Mix', 'Roasted Nuts'],
      specs: [['16 oz', '30 oz', '40 oz']],
      features: [
        ['Lightly Salted', 'has just enough salt to bring out the flavor'],
        ['Resealable', 'keeps nuts fresh after opening'],
        ['High Protein', 'makes a filling snack'],
      ],
      uses: ['Healthy Snack', 'for Snacking and Baking', 'for Office and Travel'],
      price: [9, 25],
      sizes: PACK_SIZES,
    },
    {
      noun: 'Green Tea',
      synonyms: ['Tea Bags', 'Herbal Tea'],
      specs: [['100 Count', '40 Count', '20 Count']],
      features: [
        ['Organic', 'is certified organic'],
        ['Individually Wrapped', 'keeps each bag fresh'],
        ['Naturally Caffeinated', 'gives a gentle lift'],
      ],
      uses: ['for Hot and Iced Tea', 'for Tea Lovers', 'for Office'],
      price: [5, 19],
      styles: [
        ['Classic', 0],
        ['Jasmine', 1],
        ['Matcha Blend', 3],
      ],
    },
    {
      noun: 'Protein Bars',
      synonyms: ['Snack Bars', 'Energy Bars'],
      specs: [['12 Count', '15 Count', '24 Count']],
      features: [
        ['20g Protein', 'keeps you full until the next meal'],
        ['Low Sugar', 'has only 2 grams of sugar'],
        ['Gluten Free', 'is made without wheat'],
      ],
      uses: ['for Snacking and Workouts', 'Healthy Snack', 'for Travel'],
      price: [14, 39],
      styles: [
        ['Chocolate Peanut Butter', 0],
        ['Cookie Dough', 0],
        ['Salted Caramel', 0],
        ['Variety Pack', 2],
      ],
    },
    {
      noun: 'Extra Virgin Olive Oil',
      synonyms: ['Olive Oil', 'Cooking Oil'],
      specs: [['500ml', '1 Liter', '2 Liter']],
      features: [
        ['Cold Pressed', 'keeps its peppery flavor'],
        ['Single Origin', 'comes from one grove'],
        ['Dark Glass Bottle', 'protects the oil from light'],
      ],
      uses: ['for Cooking and Salads', 'for Dipping Bread', 'for Mediterranean Cooking'],
      price: [9, 35],
    },
  ],
})
