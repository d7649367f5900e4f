export {
  CUSTOMER_R1_DEFAULTS,
  type CustomerR1Options,
  customerR1Reward,
  scoreCustomerR1,
} from './customer-r1.js'
