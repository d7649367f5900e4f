import { colorHex } from '../catalog/colors.js'
import {
  DIMENSION_LABELS,
  type OptionSelection,
  type Product,
  type ProductOption,
} from '../catalog/product.js'
import { html, type SafeHtml } from './html.js'

/**
 * One option button in amazon's twister markup: `span.a-button` (`.a-button-selected`,
 * `.a-button-unavailable`) holding an invisible `input.a-button-input` over the whole button and the
 * visible `.a-button-text`. The input submits a tiny GET form that carries the other dimensions'
 * choices, so choosing loads `/dp/<asin>?color=...&size=...` with no JavaScript.
 */
function optionButton(
  product: Product,
  option: ProductOption,
  index: number,
  selection: OptionSelection,
): SafeHtml {
  const value = option.values[index]
  if (!value) return html``
  const selected = selection[option.dimension] === value.label
  const id = `${option.dimension}_name_${index}`
  const others = product.options.filter((o) => o.dimension !== option.dimension)
  const classes = [
    'a-button',
    'a-button-toggle',
    'text-swatch-button',
    selected ? 'a-button-selected' : '',
    value.available ? '' : 'a-button-unavailable',
  ].join(' ')
  const chip =
    option.dimension === 'color'
      ? html`<span class="swatch-color-chip" style="background:${colorHex(value.label)}" aria-hidden="true"></span>`
      : ''
  return html`<li class="swatch-list-item-text inline-twister-swatch" data-asin="${product.asin}"
  data-csa-c-slot-id="twister-desktop-twister-swatch-${value.available ? 'swatchAvailable' : 'swatchUnavailable'}">
<span class="a-list-item"><span id="${id}" class="${classes}" role="radio" aria-checked="${selected ? 'true' : 'false'}">
  <span class="a-button-inner">
    <form class="twister-option-form" method="get" action="/dp/${product.asin}">
      ${others.map((o) => {
        const chosen = selection[o.dimension]
        return chosen === undefined
          ? ''
          : html`<input type="hidden" name="${o.dimension}" value="${chosen}" />`
      })}
      <input class="a-button-input" type="submit" name="${option.dimension}" value="${value.label}" aria-labelledby="${id}-announce" />
    </form>
    <span id="${id}-announce" class="a-button-text">${chip}<span class="swatch-title-text-display">${value.label}</span></span>
  </span>
</span></span>
</li>`
}

function dimensionRow(product: Product, option: ProductOption, selection: OptionSelection): SafeHtml {
  const key = `${option.dimension}_name`
  const label = DIMENSION_LABELS[option.dimension]
  const current = selection[option.dimension] ?? ''
  return html`<div id="inline-twister-row-${key}" class="a-section a-spacing-none inline-twister-row">
  <div id="inline-twister-expander-header-${key}" class="a-section a-spacing-none dimension-heading" aria-label="Selected ${label} is ${current}.">
    <div id="inline-twister-dim-title-${key}" class="a-section a-spacing-none dimension-text">
      <span class="a-size-base a-color-secondary">${label}:</span>
      <span id="inline-twister-expanded-dimension-text-${key}" class="a-size-base a-color-base inline-twister-dim-title-value a-text-bold">${current}</span>
    </div>
  </div>
  <div id="inline-twister-expander-content-${key}" class="a-section a-spacing-none dimension-expander-content" aria-label="There are ${option.values.length} options.">
    <ul class="a-unordered-list a-nostyle a-button-list a-button-toggle-group a-horizontal" role="radiogroup" aria-label="${label}">
      ${option.values.map((_, i) => optionButton(product, option, i, selection))}
    </ul>
  </div>
</div>`
}

/** `#twister_feature_div`: one `inline-twister-row-<dimension>_name` per option of the product. */
export function twister(product: Product, selection: OptionSelection): SafeHtml {
  if (product.options.length === 0) return html``
  return html`<div id="twister_feature_div" class="celwidget" data-feature-name="twister">
  <div id="twister-plus-inline-twister-container" class="a-cardui-deck">
    <div id="twister-plus-inline-twister" class="a-section">
      ${product.options.map((option) => dimensionRow(product, option, selection))}
    </div>
  </div>
</div>`
}
