import { defineDepartment } from './department-spec.js'
import { COUNT_SIZES } from './palettes.js'

export const health = defineDepartment({
  slug: 'health',
  name: 'Health & Household',
  glyph: 'cross',
  hue: 170,
  brands: ['Vitaleaf', 'Wellvane', 'Nutrisol', 'Clearbody', 'Healora', 'Freshnest', 'Tidyhome', 'Purecrest'],
  types: [
    {
      noun: 'Vitamin D3 Supplement',
      synonyms: ['Vitamin D', 'Softgels'],
      specs: [['5000 IU', '2000 IU', '1000 IU']],
      features: [
        ['Immune Support', 'helps maintain a healthy immune system'],
        ['Easy to Swallow', 'comes as small softgels'],
        ['Third Party Tested', 'is checked for purity and potency'],
      ],
      uses: ['for Adults', 'for Bone and Immune Health', 'Daily Supplement'],
      price: [7, 29],
      sizes: COUNT_SIZES,
    },
    {
      noun: 'Paper Towels',
      synonyms: ['Kitchen Towels', 'Paper Towel Rolls'],
      specs: [['6 Double Rolls', '12 Rolls', '8 Family Rolls']],
      features: [
        ['Strong When Wet', 'does not tear while scrubbing'],
        ['Select-a-Size', 'tears off in half sheets'],
        ['Absorbent', 'soaks up spills fast'],
      ],
      uses: ['for Kitchen', 'for Home and Office', 'Household Essentials'],
      price: [9, 35],
    },
    {
      noun: 'Laundry Detergent Pods',
      synonyms: ['Laundry Pacs', 'Detergent'],
      specs: [['42 Count', '81 Count', '112 Count']],
      features: [
        ['Stain Fighting', 'lifts grass and food stains'],
        ['Free and Clear', 'has no dyes or perfumes'],
        ['Cold Water', 'works in cold washes and saves energy'],
      ],
      uses: ['for HE Washers', 'for Sensitive Skin', 'for Family Laundry'],
      price: [12, 39],
      styles: [
        ['Original Scent', 0],
        ['Free and Clear', 0],
        ['Spring Meadow', 1],
      ],
    },
    {
      noun: 'Digital Thermometer',
      synonyms: ['Forehead Thermometer', 'Fever Thermometer'],
      specs: [['Forehead', 'Oral', 'Ear']],
      features: [
        ['1 Second Reading', 'gives a reading in about a second'],
        ['Fever Alert', 'glows red above 100.4F'],
        ['Memory', 'stores the last 30 readings'],
      ],
      uses: ['for Adults and Kids', 'for Babies', 'for Home Use'],
      price: [12, 45],
    },
    {
      noun: 'First Aid Kit',
      synonyms: ['Emergency Kit', 'Medical Kit'],
      specs: [['100 Piece', '200 Piece', '300 Piece']],
      features: [
        ['Compact', 'fits in a glovebox or backpack'],
        ['Well Organized', 'has labeled pockets for each kind of supply'],
        ['Essentials Included', 'has bandages, gauze, wipes and tweezers'],
      ],
      uses: ['for Home, Car and Travel', 'for Camping and Hiking', 'for Office'],
      price: [14, 49],
      colors: ['Red', 'Black', 'Orange'],
    },
  ],
})
