import type { LikertKey } from '../../traces/schema/index.js'

/** A kind of shopper: where its answers to OPeRA's 12 statements centre (1-5), and how it tends to shop. */
export interface ShopperArchetype {
  id: string
  likert: Record<LikertKey, number>
  /** How often it shops online, as an index into SHOPPING_FREQUENCIES (0 = most often). */
  frequency: number
  /** Typical monthly online spend in dollars. */
  monthlySpendUsd: number
  /** The habit a self-description names, finishing "Shops online ... and ...". */
  habit: string
}

/** Five contrasting shoppers, so a handful of personas already behave differently in the heuristic shopper. */
export const SHOPPER_ARCHETYPES: readonly ShopperArchetype[] = [
  {
    id: 'careful-researcher',
    likert: {
      shopsMoreOnHolidays: 3,
      adsAreInformative: 2,
      researchesBeforeBuying: 5,
      prioritizesDelivery: 3,
      valuesQuality: 5,
      prefersExpensiveBrands: 3,
      choiceOverload: 3,
      shopsQuickly: 1,
      brandLoyal: 3,
      triesNewBrands: 3,
      enjoysShopping: 3,
      seeksValue: 4,
    },
    frequency: 2,
    monthlySpendUsd: 180,
    habit: 'reads the reviews closely before buying anything',
  },
  {
    id: 'hurried-pragmatist',
    likert: {
      shopsMoreOnHolidays: 2,
      adsAreInformative: 2,
      researchesBeforeBuying: 2,
      prioritizesDelivery: 5,
      valuesQuality: 3,
      prefersExpensiveBrands: 2,
      choiceOverload: 2,
      shopsQuickly: 5,
      brandLoyal: 4,
      triesNewBrands: 2,
      enjoysShopping: 1,
      seeksValue: 3,
    },
    frequency: 1,
    monthlySpendUsd: 250,
    habit: 'usually buys the first product that looks good enough',
  },
  {
    id: 'bargain-hunter',
    likert: {
      shopsMoreOnHolidays: 5,
      adsAreInformative: 4,
      researchesBeforeBuying: 4,
      prioritizesDelivery: 2,
      valuesQuality: 3,
      prefersExpensiveBrands: 1,
      choiceOverload: 3,
      shopsQuickly: 2,
      brandLoyal: 2,
      triesNewBrands: 4,
      enjoysShopping: 4,
      seeksValue: 5,
    },
    frequency: 1,
    monthlySpendUsd: 120,
    habit: 'hunts for the best value for money and waits for sales',
  },
  {
    id: 'brand-loyalist',
    likert: {
      shopsMoreOnHolidays: 3,
      adsAreInformative: 2,
      researchesBeforeBuying: 3,
      prioritizesDelivery: 4,
      valuesQuality: 5,
      prefersExpensiveBrands: 4,
      choiceOverload: 2,
      shopsQuickly: 4,
      brandLoyal: 5,
      triesNewBrands: 1,
      enjoysShopping: 2,
      seeksValue: 2,
    },
    frequency: 3,
    monthlySpendUsd: 300,
    habit: 'sticks with the brands they already trust',
  },
  {
    id: 'recreational-browser',
    likert: {
      shopsMoreOnHolidays: 4,
      adsAreInformative: 4,
      researchesBeforeBuying: 3,
      prioritizesDelivery: 3,
      valuesQuality: 4,
      prefersExpensiveBrands: 3,
      choiceOverload: 4,
      shopsQuickly: 2,
      brandLoyal: 2,
      triesNewBrands: 5,
      enjoysShopping: 5,
      seeksValue: 3,
    },
    frequency: 0,
    monthlySpendUsd: 220,
    habit: 'enjoys browsing and trying new products just for fun',
  },
]
