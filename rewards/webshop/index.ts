export { type WebshopPurchase, type WebshopScore, type WebshopTask, webshopReward } from './webshop.js'
