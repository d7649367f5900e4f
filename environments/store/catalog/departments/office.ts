import { defineDepartment } from './department-spec.js'
import { BRIGHT_COLORS, TECH_COLORS } from './palettes.js'

export const office = defineDepartment({
  slug: 'office',
  name: 'Office Products',
  glyph: 'clip',
  hue: 230,
  brands: ['Deskwell', 'Inkridge', 'Paperlyn', 'Notewise', 'Stapleton', 'Officio', 'Clearmark', 'Workloft'],
  types: [
    {
      noun: 'Gel Pens',
      synonyms: ['Ballpoint Pens', 'Rollerball Pens'],
      specs: [
        ['0.5mm', '0.7mm', '1.0mm'],
        ['12 Pack', '24 Pack', '36 Pack'],
      ],
      features: [
        ['Smooth Writing', 'glides without skipping'],
        ['Quick Drying', 'does not smear for left-handed writers'],
        ['Comfort Grip', 'has a rubber grip for long notes'],
      ],
      uses: ['for Journaling and Note Taking', 'for School and Office', 'for Bible Study'],
      price: [6, 22],
      colors: ['Black', 'Blue', 'Assorted Colors', 'Red'],
    },
    {
      noun: 'Spiral Notebook',
      synonyms: ['Notebook', 'Journal'],
      specs: [
        ['College Ruled', 'Wide Ruled', 'Dotted', 'Graph'],
        ['100 Sheets', '160 Sheets'],
      ],
      features: [
        ['Thick Paper', 'uses 100 gsm paper that stops ink bleeding through'],
        ['Pocket Dividers', 'keeps loose handouts with the notes'],
        ['Durable Cover', 'has a poly cover that survives a backpack'],
      ],
      uses: ['for School and Work', 'for College Students', 'for Journaling'],
      price: [5, 19],
      colors: BRIGHT_COLORS,
      styles: [
        ['1 Subject', 0],
        ['3 Subject', 3],
        ['5 Subject', 5],
      ],
    },
    {
      noun: 'Desk Organizer',
      synonyms: ['Desktop Organizer', 'Pen Holder'],
      specs: [['Mesh', 'Bamboo', 'Acrylic']],
      features: [
        ['Multiple Compartments', 'sorts pens, sticky notes and clips'],
        ['Drawer', 'hides the clutter away'],
        ['Sturdy', 'holds a stack of files without tipping'],
      ],
      uses: ['for Home Office', 'for Desk Accessories', 'for Office Supplies'],
      price: [12, 39],
      colors: ['Black', 'White', 'Natural', 'Rose Gold'],
    },
    {
      noun: 'Office Chair',
      synonyms: ['Desk Chair', 'Ergonomic Chair'],
      specs: [['Mesh', 'Leather', 'Fabric']],
      features: [
        ['Lumbar Support', 'supports the lower back through long days'],
        ['Adjustable Height', 'fits desks from 28 to 32 inches'],
        ['Quiet Wheels', 'rolls on carpet and hardwood without scratching'],
        ['Flip-Up Arms', 'tucks under the desk'],
      ],
      uses: ['for Home Office', 'for Work and Gaming', 'for Study'],
      price: [69, 299],
      colors: TECH_COLORS.slice(0, 4),
    },
    {
      noun: 'Label Maker',
      synonyms: ['Label Printer', 'Labeling Machine'],
      specs: [['Bluetooth', 'Handheld']],
      features: [
        ['Inkless Printing', 'uses thermal tape and never needs ink'],
        ['App Control', 'designs labels on your phone'],
        ['Rechargeable', 'charges over USB C'],
      ],
      uses: ['for Home Organization', 'for Office and Pantry', 'for Small Business'],
      price: [19, 79],
      colors: ['White', 'Black', 'Blue'],
    },
  ],
})
