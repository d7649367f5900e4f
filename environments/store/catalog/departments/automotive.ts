import { defineDepartment } from './department-spec.js'

export const automotive = defineDepartment({
  slug: 'automotive',
  name: 'Automotive',
  glyph: 'car',
  hue: 0,
  brands: ['Roadwise', 'Torqline', 'Gearhaus', 'Motorvane', 'Drivestar', 'Autoplume', 'Tirehaven', 'Pitcrew'],
  types: [
    {
      noun: 'Car Phone Mount',
      synonyms: ['Phone Holder for Car', 'Dashboard Mount'],
      specs: [['Magnetic', 'Vent Clip', 'Dashboard', 'Windshield']],
      features: [
        ['One Hand Operation', 'grips the phone with a single press'],
        ['360 Degree Rotation', 'turns between portrait and landscape'],
        ['Strong Suction', 'holds on over bumpy roads'],
      ],
      uses: ['for iPhone and Android', 'for Cars and Trucks', 'Hands Free Mount'],
      price: [9, 39],
      colors: ['Black', 'Silver'],
    },
    {
      noun: 'Tire Inflator',
      synonyms: ['Portable Air Compressor', 'Air Pump'],
      specs: [
        ['150 PSI', '120 PSI'],
        ['12V', 'Cordless'],
      ],
      features: [
        ['Auto Shut-Off', 'stops at the pressure you set'],
        ['Digital Gauge', 'reads pressure to a tenth of a PSI'],
        ['LED Light', 'helps with roadside flats at night'],
      ],
      uses: ['for Car, Bike and Motorcycle', 'for Car Tires', 'for Emergencies'],
      price: [25, 89],
      colors: ['Black', 'Orange', 'Yellow'],
    },
    {
      noun: 'Car Seat Covers',
      synonyms: ['Seat Protector', 'Seat Cushion'],
      specs: [['Full Set', 'Front Pair']],
      features: [
        ['Waterproof', 'keeps spills and muddy paws off the seats'],
        ['Universal Fit', 'fits most cars, SUVs and trucks'],
        ['Airbag Compatible', 'has side seams that split open'],
      ],
      uses: ['for Cars, SUV and Truck', 'for Pets and Kids', 'for Sedans'],
      price: [29, 99],
      colors: ['Black', 'Gray', 'Beige'],
    },
    {
      noun: 'Dash Cam',
      synonyms: ['Car Camera', 'Dashboard Camera'],
      specs: [['1080P', '2K', '4K']],
      features: [
        ['Night Vision', 'reads plates clearly after dark'],
        ['Loop Recording', 'overwrites the oldest clips when the card is full'],
        ['Parking Mode', 'wakes when someone bumps the parked car'],
      ],
      uses: ['for Cars', 'Front and Rear', 'with 64GB Card'],
      price: [39, 159],
      styles: [
        ['Front Only', 0],
        ['Front and Rear', 30],
      ],
    },
    {
      noun: 'Microfiber Towels',
      synonyms: ['Car Drying Towel', 'Cleaning Cloths'],
      specs: [['12 Pack', '24 Pack', '6 Pack']],
      features: [
        ['Scratch Free', 'will not mark clear coat'],
        ['Super Absorbent', 'holds seven times its weight in water'],
        ['Lint Free', 'leaves glass streak-free'],
      ],
      uses: ['for Car Detailing', 'for Cars and Home', 'for Washing and Waxing'],
      price: [9, 29],
      colors: ['Blue', 'Gray', 'Yellow'],
    },
  ],
})
