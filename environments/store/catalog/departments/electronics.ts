import { defineDepartment } from './department-spec.js'
import { TECH_COLORS } from './palettes.js'

export const electronics = defineDepartment({
  slug: 'electronics',
  name: 'Electronics',
  glyph: 'bolt',
  hue: 212,
  brands: ['Voltix', 'Anchorline', 'Pixelpeak', 'Nuvora', 'Kestrel Audio', 'Brightwave', 'Ohmic', 'Zephra'],
  types: [
    {
      noun: 'Portable Charger',
      synonyms: ['Power Bank', 'Battery Pack', 'Phone Charger'],
      specs: [
        ['10000mAh', '20000mAh', '26800mAh', '5000mAh'],
        ['22.5W', '30W', '45W', '65W'],
      ],
      features: [
        ['Fast Charging', 'refills most phones to half in about 30 minutes over USB C PD'],
        ['Slim', 'is thinner than a deck of cards and slips into a jeans pocket'],
        ['Built-in Cables', 'carries its own USB C and Lightning cables, so there is nothing to forget'],
        ['LED Display', 'shows the remaining charge as an exact percentage'],
        ['3 Outputs', 'charges a phone, earbuds and a watch at the same time'],
        ['Airline Approved', 'stays under the 100Wh carry-on limit for flights'],
      ],
      uses: [
        'for iPhone 16, Samsung Galaxy and Pixel',
        'for Travel and Camping',
        'Compatible with iPhone and Android Phones',
        'for Phones, Tablets and Earbuds',
      ],
      price: [14, 69],
      colors: TECH_COLORS,
      styles: [
        ['Standard', 0],
        ['With Wall Plug', 8],
      ],
    },
    {
      noun: 'Wireless Earbuds',
      synonyms: ['Bluetooth Headphones', 'Earphones'],
      specs: [
        ['Bluetooth 5.3', 'Bluetooth 5.4'],
        ['40H Playtime', '50H Playtime', '60H Playtime'],
      ],
      features: [
        ['Active Noise Cancelling', 'lowers the drone of trains and planes by up to 35 dB'],
        ['IPX7 Waterproof', 'shrugs off sweat and rain during workouts'],
        ['Deep Bass', 'uses 10 mm drivers tuned for a full low end'],
        ['Touch Control', 'lets you skip tracks and take calls with a tap'],
        ['Clear Calls', 'has four microphones that pick out your voice from wind and traffic'],
      ],
      uses: ['for iPhone and Android', 'for Running and Gym', 'for Work and Travel'],
      price: [19, 129],
      colors: TECH_COLORS,
    },
    {
      noun: 'Bluetooth Speaker',
      synonyms: ['Portable Speaker', 'Wireless Speaker'],
      specs: [
        ['20W', '30W', '40W'],
        ['24H Playtime', '30H Playtime'],
      ],
      features: [
        ['Loud Stereo Sound', 'fills a living room or a campsite without distortion'],
        ['IP67 Waterproof', 'floats in the pool and survives a drop in the sand'],
        ['Party Pairing', 'links with a second speaker for true stereo'],
        ['Built-in Mic', 'doubles as a speakerphone for hands-free calls'],
      ],
      uses: ['for Home, Outdoor and Beach', 'for Camping and Travel', 'for Shower and Pool'],
      price: [25, 149],
      colors: TECH_COLORS,
    },
    {
      noun: 'USB C Cable',
      synonyms: ['Charging Cable', 'Charger Cord'],
      specs: [
        ['3ft', '6ft', '10ft'],
        ['60W', '100W', '240W'],
      ],
      features: [
        ['Braided Nylon', 'survives more than 25,000 bends without fraying'],
        ['Fast Charging', 'carries up to 100W for laptops as well as phones'],
        ['Data Sync', 'moves files at 480 Mbps between devices'],
        ['Reinforced Connectors', 'has aluminium housings that resist bending at the plug'],
      ],
      uses: ['for iPhone 16, iPad and MacBook', 'for Samsung Galaxy and Pixel', 'for Laptops and Tablets'],
      price: [6, 25],
      colors: ['Black', 'White', 'Space Gray'],
      sizes: [
        ['3 Feet', 0],
        ['6 Feet', 2],
        ['10 Feet', 4],
      ],
      styles: [
        ['1 Pack', 0],
        ['2 Pack', 5],
        ['3 Pack', 9],
      ],
    },
    {
      noun: 'Wireless Mouse',
      synonyms: ['Computer Mouse', 'Bluetooth Mouse'],
      specs: [
        ['2.4G', 'Bluetooth'],
        ['1600 DPI', '2400 DPI', '4000 DPI'],
      ],
      features: [
        ['Silent Click', 'makes almost no noise, good for shared offices and late nights'],
        ['Ergonomic', 'is shaped to keep the wrist in a neutral position'],
        ['Rechargeable', 'runs for about 70 days on a single USB C charge'],
        ['Multi-Device', 'switches between three computers with one button'],
      ],
      uses: ['for Laptop, PC and Mac', 'for Home Office', 'for Windows and Chromebook'],
      price: [9, 59],
      colors: TECH_COLORS,
    },
    {
      noun: 'Smart Watch',
      synonyms: ['Fitness Tracker', 'Activity Tracker'],
      specs: [['1.8 Inch', '1.96 Inch', '1.43 Inch AMOLED']],
      features: [
        ['Heart Rate Monitor', 'tracks heart rate around the clock and warns about unusual readings'],
        ['Sleep Tracking', 'breaks each night into light, deep and REM sleep'],
        ['100 Sport Modes', 'recognises walks, runs and rides automatically'],
        ['7-Day Battery', 'lasts a full week between charges'],
        ['Answer Calls', 'lets you take calls from the wrist over Bluetooth'],
      ],
      uses: ['for Men and Women', 'for iPhone and Android Phones', 'for Running and Swimming'],
      price: [29, 199],
      colors: ['Black', 'Silver', 'Rose Pink', 'Midnight Blue'],
      sizes: [
        ['41mm', 0],
        ['45mm', 20],
      ],
    },
  ],
})
