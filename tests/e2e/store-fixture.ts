import { test } from '@playwright/test'
import { type Product, type Store, startStore } from '../../environments/store/index.js'

/**
 * Starts a store for the specs of one file (a smaller catalog than the default starts faster; these specs
 * look at pages, not at catalog size) and returns a getter, since the store exists only after beforeAll.
 */
export function useStore(seed: number): {
  store: () => Store
  findProduct: (predicate: (p: Product) => boolean) => Product
} {
  let current: Store | undefined
  test.beforeAll(async () => {
    current = await startStore({ seed, catalogSize: 600 })
  })
  test.afterAll(async () => {
    await current?.close()
  })
  const store = (): Store => {
    if (!current) throw new Error('the store starts in beforeAll')
    return current
  }
  return {
    store,
    findProduct(predicate) {
      const product = store().catalog.products.find(predicate)
      if (!product) throw new Error('no product matches')
      return product
    },
  }
}
