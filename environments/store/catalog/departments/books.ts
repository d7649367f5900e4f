import { defineDepartment } from './department-spec.js'

/** Books read differently: the "brand" is the author, specs are invented titles, styles are formats. */
const FORMATS = [
  ['Paperback', 0],
  ['Hardcover', 9],
  ['Kindle Edition', -4],
  ['Audiobook', 5],
] as const

export const books = defineDepartment({
  slug: 'books',
  name: 'Books',
  glyph: 'book',
  hue: 20,
  brands: [
    'Miriam Hale',
    'Jonah Whitlock',
    'Priya Sandoval',
    'Elliot Marsh',
    'Ada Finnegan',
    'Tomas Reyes',
    'Clara Winslow',
    'Owen Bradley',
  ],
  titles: ['{spec}: {f1} {noun} by {brand} ({use})', '{spec}: A {noun} ({use}) by {brand}'],
  types: [
    {
      noun: 'Mystery Novel',
      synonyms: ['Thriller', 'Crime Fiction'],
      specs: [
        ['The Lantern Keeper', 'Silent Harbor', 'The Glass Orchard', 'A Murder in Fenwick', 'Cold River'],
      ],
      features: [
        ['Gripping', 'keeps the twists coming until the last chapter'],
        ['Award Winning', 'won a regional crime writing prize'],
        ['Page-Turning', 'is built from short chapters that end on a hook'],
      ],
      uses: ['Book 1 of the Harbor Series', 'A Detective Story', 'Standalone Novel'],
      price: [9, 28],
      styles: FORMATS,
    },
    {
      noun: 'Cookbook',
      synonyms: ['Recipe Book', 'Cooking Book'],
      specs: [
        ['Weeknight Feasts', 'One Pan Suppers', 'The Bread Table', 'Plants on a Plate', 'Sunday Roasts'],
      ],
      features: [
        ['Easy', 'keeps every recipe to ten ingredients or fewer'],
        ['Illustrated', 'has a color photo for each dish'],
        ['Family Friendly', 'marks recipes that children can help make'],
      ],
      uses: ['100 Simple Recipes', 'Healthy Meals for Busy Cooks', 'Recipes for Every Season'],
      price: [14, 35],
      styles: FORMATS,
    },
    {
      noun: "Children's Picture Book",
      synonyms: ['Kids Book', 'Bedtime Story'],
      specs: [['Milo and the Moon', 'The Very Busy Fox', 'Where the Puddles Go', 'Goodnight, Little Boat']],
      features: [
        ['Beautifully Illustrated', 'has full-page paintings on every spread'],
        ['Read Aloud', 'has a rhythm that makes bedtime reading easy'],
        ['Sturdy', 'is printed on thick pages for small hands'],
      ],
      uses: ['for Ages 3-5', 'for Toddlers and Preschool', 'Bedtime Story for Kids'],
      price: [7, 19],
      styles: [
        ['Hardcover', 0],
        ['Board Book', -2],
        ['Paperback', -3],
      ],
    },
    {
      noun: 'Self-Help Book',
      synonyms: ['Personal Development Book', 'Productivity Book'],
      specs: [['Small Steps, Big Days', 'The Calm Desk', 'Habits That Stick', 'Think in Seasons']],
      features: [
        ['Practical', 'ends every chapter with exercises to try that week'],
        ['Bestselling', 'has been translated into twelve languages'],
        ['Research Based', 'draws on studies of habit and attention'],
      ],
      uses: ['How to Build Better Habits', 'A Guide to Focus and Calm', 'Change Your Routine'],
      price: [11, 29],
      styles: FORMATS,
    },
    {
      noun: 'Science Fiction Novel',
      synonyms: ['Sci-Fi Book', 'Space Opera'],
      specs: [['Orbit of Ash', 'The Last Relay', 'Starfall Station', 'Tidewater Protocol']],
      features: [
        ['Epic', 'spans three generations of a colony ship'],
        ['Thought-Provoking', 'asks what we owe to the machines we build'],
        ['Fast-Paced', 'opens with a heist and never slows down'],
      ],
      uses: ['Book 2 of the Relay Trilogy', 'A Novel', 'Standalone Science Fiction'],
      price: [9, 27],
      styles: FORMATS,
    },
  ],
})
