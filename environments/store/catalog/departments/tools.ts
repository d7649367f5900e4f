import { defineDepartment } from './department-spec.js'
import { APPAREL_SIZES } from './palettes.js'

export const tools = defineDepartment({
  slug: 'tools',
  name: 'Tools & Home Improvement',
  glyph: 'wrench',
  hue: 36,
  brands: [
    'Forgeline',
    'Boltwright',
    'Ironcrest',
    'Tradesmith',
    'Rivetra',
    'Hammerfield',
    'Voltmark',
    'Sawyer & Pike',
  ],
  types: [
    {
      noun: 'Cordless Drill',
      synonyms: ['Drill Driver', 'Power Drill'],
      specs: [
        ['20V', '12V'],
        ['1/2 Inch Chuck', '3/8 Inch Chuck'],
      ],
      features: [
        ['2 Batteries', 'keeps one charging while the other works'],
        ['Variable Speed', 'starts slow for screws and spins fast for drilling'],
        ['LED Work Light', 'lights up dark corners'],
        ['Brushless Motor', 'runs cooler and lasts longer'],
      ],
      uses: ['with Battery and Charger', 'for Home and DIY', 'Drill Set'],
      price: [39, 179],
      colors: ['Yellow', 'Orange', 'Blue', 'Black'],
      styles: [
        ['Tool Only', 0],
        ['Kit with 1 Battery', 30],
        ['Kit with 2 Batteries', 50],
      ],
    },
    {
      noun: 'Screwdriver Set',
      synonyms: ['Precision Screwdriver Kit', 'Bit Set'],
      specs: [['32 Piece', '64 Piece', '120 Piece']],
      features: [
        ['Magnetic Tips', 'hold small screws in place'],
        ['Hardened Steel', 'resists stripping'],
        ['Carrying Case', 'keeps every bit in its slot'],
      ],
      uses: ['for Electronics and Repair', 'for Home and Auto', 'for Laptop and Phone'],
      price: [9, 45],
    },
    {
      noun: 'LED Light Bulbs',
      synonyms: ['Light Bulbs', 'LED Bulbs'],
      specs: [
        ['60W Equivalent', '100W Equivalent', '40W Equivalent'],
        ['A19', 'BR30'],
      ],
      features: [
        ['Energy Saving', 'uses 85% less energy than incandescent bulbs'],
        ['Dimmable', 'works with most dimmer switches'],
        ['Long Life', 'lasts about 15,000 hours'],
      ],
      uses: ['for Home', 'for Living Room and Bedroom', 'for Kitchen'],
      price: [8, 35],
      styles: [
        ['Soft White 2700K', 0],
        ['Daylight 5000K', 0],
      ],
      sizes: [
        ['4 Pack', 0],
        ['8 Pack', 7],
        ['16 Pack', 15],
      ],
    },
    {
      noun: 'Tape Measure',
      synonyms: ['Measuring Tape', 'Tape Rule'],
      specs: [['25 Foot', '16 Foot', '30 Foot']],
      features: [
        ['Magnetic Hook', 'grabs steel studs for one-person measuring'],
        ['Auto Lock', 'holds the blade until you release it'],
        ['Shock Absorbent', 'survives drops from a ladder'],
      ],
      uses: ['for Construction and DIY', 'for Home', 'for Woodworking'],
      price: [7, 25],
      colors: ['Yellow', 'Black', 'Orange'],
    },
    {
      noun: 'Work Gloves',
      synonyms: ['Safety Gloves', 'Gardening Gloves'],
      specs: [['Leather', 'Nitrile Coated', 'Cut Resistant']],
      features: [
        ['Touchscreen Compatible', 'works with phones without taking them off'],
        ['Breathable', 'keeps hands dry on hot days'],
        ['Firm Grip', 'holds wet and oily tools'],
      ],
      uses: ['for Men and Women', 'for Construction and Mechanics', 'for Yard Work'],
      price: [8, 29],
      sizes: APPAREL_SIZES.slice(1, 5),
    },
  ],
})
