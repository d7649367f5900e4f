export { type SelfCertainty, selfCertainty } from './self-certainty.js'
export { SHOP_R1_DEFAULTS, type ShopR1Options, scoreShopR1, shopR1Reward } from './shop-r1.js'
