import { automotive } from './automotive.js'
import { baby } from './baby.js'
import { beauty } from './beauty.js'
import { books } from './books.js'
import { clothing } from './clothing.js'
import type { DepartmentSpec } from './department-spec.js'
import { electronics } from './electronics.js'
import { garden } from './garden.js'
import { grocery } from './grocery.js'
import { health } from './health.js'
import { homeKitchen } from './home-kitchen.js'
import { musicalInstruments } from './musical-instruments.js'
import { office } from './office.js'
import { petSupplies } from './pet-supplies.js'
import { sportsOutdoors } from './sports-outdoors.js'
import { tools } from './tools.js'
import { toys } from './toys.js'

/** Every department of the store, in the order the nav bar and the department dropdown list them. */
export const DEPARTMENTS: readonly DepartmentSpec[] = [
  electronics,
  homeKitchen,
  sportsOutdoors,
  clothing,
  beauty,
  toys,
  books,
  petSupplies,
  office,
  automotive,
  tools,
  garden,
  grocery,
  health,
  baby,
  musicalInstruments,
]

export type { DepartmentSpec, PricedValue, ProductTypeSpec } from './department-spec.js'
