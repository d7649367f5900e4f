import { defineDepartment } from './department-spec.js'
import { BRIGHT_COLORS } from './palettes.js'

export const toys = defineDepartment({
  slug: 'toys',
  name: 'Toys & Games',
  glyph: 'block',
  hue: 48,
  brands: ['Playvana', 'Brickbee', 'Wonderkit', 'Tinkertown', 'Jollyjam', 'Zoomzee', 'Cubbly', 'Puzzlepeak'],
  types: [
    {
      noun: 'Building Blocks Set',
      synonyms: ['Building Bricks', 'Construction Toy'],
      specs: [['500 Pieces', '1000 Pieces', '250 Pieces']],
      features: [
        ['Compatible with Major Brands', 'fits the bricks kids already own'],
        ['Storage Box', 'comes in a box that keeps every piece together'],
        ['STEM Learning', 'builds spatial thinking and patience'],
      ],
      uses: ['for Kids Ages 6-12', 'Gift for Boys and Girls', 'for Creative Play'],
      price: [15, 69],
      colors: ['Classic', 'Pastel', 'Space'],
    },
    {
      noun: 'Jigsaw Puzzle',
      synonyms: ['Puzzle for Adults', 'Puzzle'],
      specs: [['1000 Piece', '500 Piece', '1500 Piece']],
      features: [
        ['Thick Pieces', 'are cut from 2 mm board and snap firmly together'],
        ['Poster Included', 'shows the full picture for reference'],
        ['Anti-Glare Finish', 'keeps the picture easy to see under lamps'],
      ],
      uses: ['for Adults and Families', 'for Game Night', 'Gift for Puzzle Lovers'],
      price: [12, 29],
      styles: [
        ['Mountain Lake', 0],
        ['City at Night', 0],
        ['Garden Birds', 0],
        ['Vintage Map', 2],
      ],
    },
    {
      noun: 'Remote Control Car',
      synonyms: ['RC Car', 'RC Truck'],
      specs: [
        ['1:16 Scale', '1:18 Scale', '1:12 Scale'],
        ['20 MPH', '30 MPH'],
      ],
      features: [
        ['All Terrain', 'climbs grass, gravel and sand'],
        ['2 Batteries', 'doubles the playtime to about 40 minutes'],
        ['2.4GHz Remote', 'lets several cars race without interference'],
      ],
      uses: ['for Kids and Adults', 'for Boys Ages 8-12', 'for Outdoor Play'],
      price: [25, 99],
      colors: BRIGHT_COLORS,
    },
    {
      noun: 'Board Game',
      synonyms: ['Family Game', 'Strategy Game'],
      specs: [['2-4 Players', '2-6 Players', '3-8 Players']],
      features: [
        ['Quick to Learn', 'takes ten minutes to teach'],
        ['30 Minute Games', 'fits into a weeknight'],
        ['Replayable', 'plays differently every time'],
      ],
      uses: ['for Family Game Night', 'for Adults and Teens', 'for Kids 8 and Up'],
      price: [14, 49],
    },
    {
      noun: 'Plush Toy',
      synonyms: ['Stuffed Animal', 'Soft Toy'],
      specs: [['12 Inch', '16 Inch', '24 Inch']],
      features: [
        ['Super Soft', 'is filled with hypoallergenic fiber'],
        ['Machine Washable', 'comes clean in a gentle wash'],
        ['Embroidered Eyes', 'has no small parts to come loose'],
      ],
      uses: ['for Kids and Toddlers', 'Gift for Birthday', 'for Nursery'],
      price: [9, 35],
      styles: [
        ['Bear', 0],
        ['Bunny', 0],
        ['Dinosaur', 2],
        ['Unicorn', 2],
      ],
    },
  ],
})
