import { defineDepartment } from './department-spec.js'

export const baby = defineDepartment({
  slug: 'baby',
  name: 'Baby',
  glyph: 'bottle',
  hue: 260,
  brands: [
    'Littlenest',
    'Cuddlebee',
    'Tinytoes',
    'Babybloom',
    'Snugglet',
    'Lullabay',
    'Wee Haven',
    'Cradlewell',
  ],
  types: [
    {
      noun: 'Baby Monitor',
      synonyms: ['Video Baby Monitor', 'Baby Camera'],
      specs: [['5 Inch Screen', '4.3 Inch Screen', 'WiFi']],
      features: [
        ['Night Vision', 'shows the crib clearly in a dark room'],
        ['Two Way Talk', 'lets you soothe the baby from another room'],
        ['Long Range', 'works up to 1000 feet away'],
        ['Temperature Sensor', 'warns when the nursery gets too warm'],
      ],
      uses: ['for Newborns and Toddlers', 'for Nursery', 'No WiFi Needed'],
      price: [39, 179],
      colors: ['White', 'Gray'],
    },
    {
      noun: 'Swaddle Blankets',
      synonyms: ['Muslin Swaddle', 'Receiving Blankets'],
      specs: [['4 Pack', '3 Pack', '2 Pack']],
      features: [
        ['Breathable Muslin', 'keeps babies from overheating'],
        ['Extra Large', 'measures 47 by 47 inches'],
        ['Gets Softer', 'softens with every wash'],
      ],
      uses: ['for Newborn Boys and Girls', 'Baby Shower Gift', 'for Nursery'],
      price: [14, 39],
      styles: [
        ['Neutral Prints', 0],
        ['Animal Prints', 0],
        ['Floral', 0],
      ],
    },
    {
      noun: 'Baby Bottles',
      synonyms: ['Anti-Colic Bottles', 'Feeding Bottles'],
      specs: [
        ['4 oz', '8 oz', '9 oz'],
        ['3 Pack', '4 Pack', '6 Pack'],
      ],
      features: [
        ['Anti-Colic', 'vents air away from the milk'],
        ['BPA Free', 'is made from food-safe plastic'],
        ['Easy to Clean', 'has a wide neck for brushes'],
      ],
      uses: ['for Newborns', 'for Breastfed Babies', 'for Infants 0-6 Months'],
      price: [12, 39],
      colors: ['Clear', 'Blue', 'Pink'],
    },
    {
      noun: 'Diaper Bag Backpack',
      synonyms: ['Diaper Bag', 'Baby Bag'],
      specs: [['Large Capacity', 'Compact']],
      features: [
        ['Insulated Pockets', 'keep bottles warm or cold'],
        ['Changing Pad', 'folds into its own pocket'],
        ['Stroller Straps', 'clip the bag onto any stroller'],
      ],
      uses: ['for Mom and Dad', 'for Travel', 'Baby Registry Must Have'],
      price: [25, 79],
      colors: ['Black', 'Gray', 'Beige', 'Navy Blue'],
    },
    {
      noun: 'Baby Wipes',
      synonyms: ['Unscented Wipes', 'Sensitive Wipes'],
      specs: [['720 Count', '480 Count', '960 Count']],
      features: [
        ['99% Water', 'is gentle on newborn skin'],
        ['Fragrance Free', 'suits sensitive skin'],
        ['Thick', 'cleans in one wipe'],
      ],
      uses: ['for Sensitive Skin', 'for Newborns', 'Travel Packs'],
      price: [12, 35],
    },
  ],
})
