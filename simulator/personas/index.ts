export { generatePersonas, SYNTHETIC_USER_PREFIX } from './generate-personas.js'
export { SHOPPER_ARCHETYPES, type ShopperArchetype } from './shopper-archetypes.js'
