// The library API: `import { openOperaDataset, writeOperaDataset, ... } from 'shopsim'`.
export * from './traces/index.js'
