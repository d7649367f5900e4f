import { defineDepartment } from './department-spec.js'

export const beauty = defineDepartment({
  slug: 'beauty',
  name: 'Beauty & Personal Care',
  glyph: 'drop',
  hue: 300,
  brands: ['Glowra', 'Petalune', 'Dermaly', 'Silkwell', 'Aurelle', 'Botaniq', 'Lushcove', 'Purelis'],
  types: [
    {
      noun: 'Face Moisturizer',
      synonyms: ['Face Cream', 'Daily Moisturizer'],
      specs: [['1.7 oz', '2.5 oz', '3.4 oz']],
      features: [
        ['Hyaluronic Acid', 'pulls moisture into the skin and holds it there all day'],
        ['Fragrance Free', 'suits sensitive skin'],
        ['Non-Greasy', 'sinks in fast and works under makeup'],
        ['SPF 30', 'adds broad-spectrum sun protection'],
      ],
      uses: ['for Dry and Sensitive Skin', 'for Women and Men', 'for Day and Night'],
      price: [9, 49],
      sizes: [
        ['1.7 oz', 0],
        ['3.4 oz', 9],
      ],
    },
    {
      noun: 'Hair Dryer',
      synonyms: ['Blow Dryer', 'Ionic Hair Dryer'],
      specs: [['1875W', '1600W', 'Travel Size']],
      features: [
        ['Ionic', 'cuts frizz and leaves hair smooth'],
        ['3 Heat Settings', 'adapts to fine or thick hair'],
        ['Diffuser Included', 'defines curls without heat damage'],
        ['Foldable Handle', 'packs small for trips'],
      ],
      uses: ['for Women', 'for Home and Travel', 'for Curly Hair'],
      price: [19, 99],
      colors: ['Black', 'Rose Pink', 'White'],
    },
    {
      noun: 'Shampoo and Conditioner Set',
      synonyms: ['Shampoo', 'Hair Care Set'],
      specs: [['16 fl oz', '25 fl oz', '33.8 fl oz']],
      features: [
        ['Sulfate Free', 'cleans gently without stripping color'],
        ['Argan Oil', 'adds shine and softness'],
        ['Color Safe', 'keeps dyed hair vivid longer'],
      ],
      uses: ['for Dry Damaged Hair', 'for All Hair Types', 'for Women and Men'],
      price: [12, 39],
      styles: [
        ['Moisture', 0],
        ['Volume', 0],
        ['Repair', 2],
      ],
    },
    {
      noun: 'Electric Toothbrush',
      synonyms: ['Sonic Toothbrush', 'Rechargeable Toothbrush'],
      specs: [['5 Modes', '3 Modes']],
      features: [
        ['Sonic Cleaning', 'makes 40,000 strokes a minute'],
        ['2 Minute Timer', 'pulses every 30 seconds to move to the next quadrant'],
        ['Long Battery Life', 'lasts about a month per charge'],
        ['8 Brush Heads', 'comes with two years of replacement heads'],
      ],
      uses: ['for Adults', 'for Travel', 'for Sensitive Teeth'],
      price: [19, 89],
      colors: ['White', 'Black', 'Rose Pink', 'Midnight Blue'],
    },
    {
      noun: 'Nail Polish Set',
      synonyms: ['Gel Nail Polish', 'Nail Kit'],
      specs: [['6 Colors', '12 Colors', '20 Colors']],
      features: [
        ['Long Lasting', 'stays chip-free for up to two weeks'],
        ['Quick Dry', 'sets in about a minute'],
        ['Top and Base Coat', 'comes with both coats included'],
      ],
      uses: ['for Women and Girls', 'for Home Manicure', 'Gift Set'],
      price: [9, 35],
      styles: [
        ['Nudes', 0],
        ['Brights', 0],
        ['Glitter', 3],
      ],
    },
  ],
})
