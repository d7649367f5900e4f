export * from './errors.js'
export * from './opera/index.js'
export * from './schema/index.js'
