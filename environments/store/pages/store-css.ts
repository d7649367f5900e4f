/**
 * The store's one stylesheet, served at /static/store.css. Class names follow amazon's markup (the
 * recipes rely on the markup, not on this CSS); the look is our own: dark nav bar, white cards,
 * yellow buttons, a buybox on the right.
 */
export const STORE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 14px; }
body { margin: 0; font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #0f1111; background: #fff; line-height: 1.4; }
body.page-home, body.page-cart, body.page-checkout, body.page-orders, body.page-order { background: #e3e6e6; }
a { color: #2162a1; text-decoration: none; }
a:hover { color: #c7511f; text-decoration: underline; }
h1, h2, h3, h4 { margin: 0 0 8px; font-weight: 700; }
ul { margin: 0; padding: 0; }
img { display: block; }
.a-container { max-width: 1500px; margin: 0 auto; padding: 0 18px; }
.aok-offscreen, .a-offscreen { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.aok-inline-block { display: inline-block; }
.a-nostyle { list-style: none; }
.a-color-secondary { color: #565959; }
.a-color-tertiary { color: #565959; }
.a-color-success { color: #007600; }
.a-color-price { color: #b12704; }
.a-color-state { color: #c45500; }
.a-color-link { color: #2162a1; }
.a-text-bold { font-weight: 700; }
.a-text-italic { font-style: italic; }
.a-text-right { text-align: right; }
.a-size-small { font-size: 12px; }
.a-size-mini { font-size: 12px; }
.a-size-base { font-size: 14px; }
.a-size-base-plus { font-size: 16px; }
.a-size-medium { font-size: 18px; }
.a-size-medium-plus { font-size: 20px; }
.a-size-large { font-size: 24px; font-weight: 400; }
.a-divider-normal { border: 0; border-top: 1px solid #e7e7e7; margin: 12px 0; }
.a-spacing-small { margin-bottom: 8px; }
.a-spacing-base { margin-bottom: 12px; }
.a-spacing-medium { margin-bottom: 18px; }
.a-letter-space { display: inline-block; width: 4px; }

/* nav bar */
#navbar-main { position: relative; z-index: 20; }
#nav-belt { display: flex; align-items: center; gap: 12px; background: #131921; color: #fff; height: 60px; padding: 0 12px; }
#nav-belt .nav-left { display: flex; align-items: center; gap: 14px; }
#nav-logo-sprites { color: #fff; font-size: 24px; font-weight: 800; letter-spacing: -0.5px; padding: 6px 8px; border: 1px solid transparent; border-radius: 2px; }
#nav-logo-sprites:hover { border-color: #fff; text-decoration: none; }
.nav-logo-locale { font-size: 14px; font-weight: 400; color: #febd69; }
#nav-global-location-slot { display: flex; flex-direction: column; font-size: 12px; color: #ccc; line-height: 1.2; }
#nav-global-location-slot .nav-line-2 { color: #fff; font-weight: 700; font-size: 14px; }
#nav-fill-search { flex: 1; min-width: 200px; }
#nav-search { position: relative; }
#nav-search-bar-form { display: flex; height: 40px; border-radius: 6px; overflow: visible; }
#nav-search-bar-form .nav-left { display: flex; }
#searchDropdownBox { height: 40px; max-width: 140px; border: 0; border-radius: 6px 0 0 6px; background: #e6e6e6; color: #555; padding: 0 8px; font-size: 12px; }
#nav-search-bar-form .nav-fill { flex: 1; position: relative; }
#twotabsearchtextbox { width: 100%; height: 40px; border: 0; padding: 0 10px; font-size: 15px; outline: none; }
#nav-search-bar-form:focus-within { box-shadow: 0 0 0 3px #febd69; border-radius: 6px; }
#nav-search-submit-button { height: 40px; width: 46px; border: 0; border-radius: 0 6px 6px 0; background: #febd69; cursor: pointer; font-weight: 700; color: #111; }
#nav-search-submit-button:hover { background: #f3a847; }
.nav-flyout { position: absolute; top: 40px; left: 0; right: 0; background: #fff; color: #111; box-shadow: 0 4px 10px rgba(0,0,0,.25); display: none; z-index: 30; }
.nav-flyout.nav-flyout-open { display: block; }
.s-suggestion-container { border-bottom: 1px solid #eee; }
.s-suggestion { display: block; padding: 6px 12px; color: #111; font-weight: 700; }
.s-suggestion:hover { background: #eee; text-decoration: none; color: #111; }
#nav-tools { display: flex; align-items: center; gap: 4px; }
#nav-tools .nav-a { display: flex; flex-direction: column; color: #fff; padding: 6px 8px; border: 1px solid transparent; border-radius: 2px; line-height: 1.2; }
#nav-tools .nav-a:hover { border-color: #fff; text-decoration: none; }
#nav-tools .nav-line-1 { font-size: 12px; }
#nav-tools .nav-line-2 { font-size: 14px; font-weight: 700; }
#nav-cart { flex-direction: row !important; align-items: flex-end; gap: 2px; }
#nav-cart-count-container { position: relative; display: inline-block; width: 38px; height: 30px; }
#nav-cart-count { position: absolute; left: 14px; top: -4px; color: #f08804; font-weight: 700; font-size: 16px; }
.nav-cart-icon { position: absolute; left: 0; bottom: 0; width: 36px; height: 22px; border: 3px solid #fff; border-top: 0; border-radius: 0 0 6px 6px; }
#nav-main { background: #232f3e; padding: 0 12px; overflow: hidden; height: 39px; }
#nav-xshop .nav-ul { display: flex; list-style: none; gap: 2px; white-space: nowrap; }
#nav-xshop .nav-a { display: block; color: #fff; padding: 10px 8px; font-size: 14px; border: 1px solid transparent; }
#nav-xshop .nav-a:hover { border-color: #fff; text-decoration: none; }

/* footer */
#navFooter { margin-top: 40px; background: #232f3e; color: #ddd; font-size: 13px; }
#navBackToTop { display: block; background: #37475a; color: #fff; text-align: center; padding: 14px; }
.navFooterVerticalColumn { display: flex; justify-content: center; gap: 80px; padding: 30px 0; }
.navFooterColHead { color: #fff; font-weight: 700; margin-bottom: 8px; }
.navFooterLinkCol ul { list-style: none; }
.navFooterLinkCol a { color: #ddd; line-height: 2; }
.navFooterLine { background: #131a22; text-align: center; padding: 16px; color: #999; }

/* prices, stars, badges */
.a-price { display: inline-flex; align-items: flex-start; color: #0f1111; font-size: 28px; line-height: 1; }
.a-price-symbol, .a-price-fraction { font-size: 13px; position: relative; top: 3px; }
.a-price-decimal { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.a-price.a-text-price { font-size: 14px; color: #565959; text-decoration: line-through; }
.a-icon { display: inline-block; vertical-align: middle; font-style: normal; }
.a-icon .a-icon-alt { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.a-icon-star, .a-icon-star-mini, .a-icon-star-medium { --pct: 0%; line-height: 1; }
.a-icon-star::before, .a-icon-star-mini::before, .a-icon-star-medium::before {
  content: "\\2605\\2605\\2605\\2605\\2605"; letter-spacing: 1px; font-size: 17px;
  background: linear-gradient(90deg, #ffa41c var(--pct), #d5d9d9 var(--pct)); -webkit-background-clip: text; background-clip: text; color: transparent;
}
.a-icon-star-mini::before { font-size: 14px; }
.a-star-0, .a-star-mini-0 { --pct: 0%; } .a-star-0-5, .a-star-mini-0-5 { --pct: 10%; }
.a-star-1, .a-star-mini-1, .a-star-medium-1 { --pct: 20%; } .a-star-1-5, .a-star-mini-1-5 { --pct: 30%; }
.a-star-2, .a-star-mini-2, .a-star-medium-2 { --pct: 40%; } .a-star-2-5, .a-star-mini-2-5 { --pct: 50%; }
.a-star-3, .a-star-mini-3, .a-star-medium-3 { --pct: 60%; } .a-star-3-5, .a-star-mini-3-5 { --pct: 70%; }
.a-star-4, .a-star-mini-4, .a-star-medium-4 { --pct: 80%; } .a-star-4-5, .a-star-mini-4-5 { --pct: 90%; }
.a-star-5, .a-star-mini-5 { --pct: 100%; }
.a-icon-prime { width: 44px; height: 14px; background: #00a8e1; border-radius: 3px; position: relative; }
.a-icon-prime::after { content: "prime"; position: absolute; inset: 0; color: #fff; font-size: 10px; font-weight: 700; font-style: italic; text-align: center; line-height: 14px; }
.a-icon-popover::before { content: "\\25BE"; color: #565959; margin-left: 2px; }

/* buttons */
.a-button { position: relative; display: inline-block; border-radius: 20px; background: #fff; border: 1px solid #d5d9d9; cursor: pointer; vertical-align: middle; }
.a-button:hover { background: #f7fafa; }
.a-button-inner { display: block; position: relative; }
.a-button .a-button-input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; padding: 0; opacity: 0; cursor: pointer; z-index: 1; border: 0; }
.a-button-text { display: block; padding: 6px 14px; text-align: center; color: #0f1111; font-size: 13px; }
a.a-button:hover, a.a-button-text:hover { text-decoration: none; }
.a-button-primary { background: #ffd814; border-color: #fcd200; }
.a-button-primary:hover { background: #f7ca00; }
.a-button-oneclick { background: #ffa41c; border-color: #ff8f00; }
.a-button-oneclick:hover { background: #fa8900; }
.a-button-primary .a-button-input:not([class*=a-button-input]), .sc-checkout-form .a-button { width: 100%; }
input[type=submit].a-color-link { background: none; border: 0; padding: 0 6px; color: #2162a1; cursor: pointer; font-size: 12px; }
input[type=submit].a-color-link:hover { text-decoration: underline; color: #c7511f; }
.a-dropdown-container select, select.a-native-dropdown { border: 1px solid #d5d9d9; border-radius: 8px; background: #f0f2f2; padding: 5px 8px; box-shadow: 0 2px 5px rgba(15,17,17,.15); font-size: 13px; }

/* search page */
div.s-desktop-toolbar { display: flex; justify-content: space-between; align-items: center; padding: 8px 18px; border-bottom: 1px solid #ddd; box-shadow: 0 2px 4px rgba(0,0,0,.06); margin: 0 -18px 14px; }
div.s-desktop-toolbar h1 { font-size: 14px; font-weight: 400; margin: 0; }
.s-sort-form { display: flex; align-items: center; gap: 6px; }
.s-sort-form label { font-size: 13px; margin-right: 4px; }
.s-desktop-content { display: flex; gap: 24px; align-items: flex-start; }
.s-refinements-col { flex: 0 0 230px; }
.s-main-col { flex: 1; min-width: 0; }
#s-refinements { font-size: 14px; }
.s-refinement-group { margin-bottom: 18px; }
.s-refinement-group [role=heading] { font-weight: 700; margin-bottom: 4px; }
.s-refinement-group li { margin: 3px 0; }
.s-navigation-item { display: flex; align-items: center; gap: 6px; color: #0f1111; }
.s-navigation-item:hover { color: #c7511f; text-decoration: none; }
.s-navigation-item-selected .a-size-base { font-weight: 700; }
.s-navigation-checkbox input { pointer-events: none; margin: 0; width: 15px; height: 15px; accent-color: #2162a1; }
.s-navigation-checkbox .a-icon-checkbox { display: none; }
.s-navigation-clear-link { font-size: 12px; }
.s-price-range-form { display: flex; gap: 6px; align-items: center; margin-top: 6px; }
.s-price-range-form input[type=number] { width: 68px; padding: 4px 6px; border: 1px solid #888c8c; border-radius: 4px; }
.s-price-range-form .a-button-text, .s-price-go { font-size: 12px; }
.s-price-range-form .a-button { padding: 4px 12px; }
.s-price-range-form .a-button .a-button-input { position: static; opacity: 1; background: none; font-size: 12px; }
.s-spell-correction { font-size: 16px; margin: 0 0 12px; }
.s-no-results { padding: 12px 0 24px; }
.s-did-you-mean .s-suggestion { display: inline-block; padding: 4px 10px; margin: 6px 6px 0 0; border: 1px solid #d5d9d9; border-radius: 16px; font-weight: 400; color: #2162a1; }
.s-main-slot { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 16px; }
.s-result-item { background: #fff; border: 1px solid #e3e6e6; border-radius: 8px; overflow: hidden; display: flex; }
.s-result-item .sg-col-inner, .s-card-container { display: flex; flex-direction: column; width: 100%; }
.s-product-image-container { background: #f7f8f8; padding: 16px; display: flex; justify-content: center; }
/* The link fills the column, so the picture has its size before it loads (an image's width of 100% of a
   shrink-to-fit link is 0 until then, and the cards below it would move when it arrives). */
.s-product-image-container > a { display: flex; justify-content: center; width: 100%; }
.s-image { width: 100%; max-width: 220px; height: auto; aspect-ratio: 1; object-fit: contain; mix-blend-mode: multiply; }
.s-card-body { padding: 10px 12px 14px; display: flex; flex-direction: column; gap: 4px; flex: 1; }
.s-title-instructions-style h2 { font-size: 15px; font-weight: 400; line-height: 1.35; margin: 0; color: #0f1111; display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
.s-title-instructions-style a:hover h2 { color: #c7511f; }
.s-rating-row { display: flex; align-items: center; gap: 4px; }
.s-price-row { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin-top: 4px; }
.s-price-row a:hover { text-decoration: none; }
.s-list-price { font-size: 12px; }
.udm-delivery-block { font-size: 13px; display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.puis-atcb-container { margin-top: auto; padding-top: 6px; }
.s-add-to-cart { background: #ffd814; border: 1px solid #fcd200; border-radius: 20px; padding: 6px 14px; cursor: pointer; font-size: 13px; }
.s-add-to-cart:hover { background: #f7ca00; }
.s-see-options .a-button-text { font-size: 13px; }
.s-pagination-container { display: flex; justify-content: center; margin: 28px 0 10px; }
.s-pagination-strip { display: inline-flex; border: 1px solid #d5d9d9; border-radius: 8px; overflow: hidden; background: #fff; }
.s-pagination-item { padding: 10px 16px; color: #0f1111; border-right: 1px solid #d5d9d9; font-size: 14px; }
.s-pagination-item:last-child { border-right: 0; }
a.s-pagination-item:hover { background: #f7fafa; text-decoration: none; }
.s-pagination-selected { border: 2px solid #0f1111; font-weight: 700; }
.s-pagination-disabled { color: #999; }

/* product page */
#wayfinding-breadcrumbs_feature_div ul { display: flex; gap: 6px; list-style: none; padding: 12px 0; }
#ppd { display: grid; grid-template-columns: minmax(300px, 40%) 1fr 260px; gap: 28px; align-items: start; }
#imageBlock { display: flex; gap: 12px; position: sticky; top: 10px; }
#altImages ul { list-style: none; }
#altImages img { border: 1px solid #d5d9d9; border-radius: 6px; }
#altImages .selected img { box-shadow: 0 0 0 2px #e77600; border-color: #e77600; }
/* The picture's column takes the room beside the thumbnails before the picture arrives (see .s-product-image-container > a). */
#main-image-container { flex: 1; }
#imgTagWrapperId { flex: 1; display: flex; justify-content: center; }
#landingImage { width: 100%; max-width: 440px; height: auto; aspect-ratio: 1; }
#productTitle { font-size: 24px; line-height: 1.3; font-weight: 400; }
#bylineInfo { font-size: 14px; }
#averageCustomerReviews { display: flex; align-items: center; gap: 4px; margin: 4px 0; font-size: 14px; }
#acrPopover { position: relative; }
.a-popover-details > summary { list-style: none; cursor: pointer; display: inline-flex; align-items: center; gap: 4px; }
.a-popover-details > summary::-webkit-details-marker { display: none; }
.a-popover-details[open] > .a-popover { position: absolute; z-index: 15; top: 28px; left: 0; width: 320px; background: #fff; border: 1px solid #d5d9d9; border-radius: 8px; box-shadow: 0 6px 16px rgba(0,0,0,.2); padding: 16px; }
.savingsPercentage { color: #cc0c39; font-weight: 300; font-size: 28px; margin-right: 8px; }
#corePriceDisplay_desktop_feature_div .a-price { font-size: 32px; }
#selectedOptionsSummary { margin-top: 6px; }
.inline-twister-row { margin: 14px 0; }
.dimension-text { margin-bottom: 6px; font-size: 14px; }
.a-button-list { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; }
.a-button-toggle { border-radius: 8px; border: 1px solid #888c8c; background: #fff; }
.a-button-toggle .a-button-text { display: flex; align-items: center; gap: 6px; padding: 7px 12px; font-size: 14px; }
.a-button-toggle.a-button-selected { border: 2px solid #2162a1; background: #edfdff; box-shadow: 0 0 0 1px #bbe7ec inset; }
.a-button-toggle.a-button-unavailable { border-style: dashed; color: #8d9096; background: #fafafa; }
.a-button-toggle.a-button-unavailable .a-button-text { color: #8d9096; text-decoration: line-through; }
.swatch-color-chip { width: 18px; height: 18px; border-radius: 50%; border: 1px solid rgba(0,0,0,.25); display: inline-block; }
.twister-option-form { display: contents; }
#feature-bullets h1 { font-size: 16px; margin-bottom: 6px; }
#feature-bullets ul { padding-left: 18px; }
#feature-bullets li { margin-bottom: 6px; }
#rightCol { position: sticky; top: 10px; }
#buybox .a-box { border: 1px solid #d5d9d9; border-radius: 8px; padding: 18px; }
#buybox #corePrice_feature_div .a-price { font-size: 28px; }
#buybox .a-button-stack { margin-top: 10px; }
#buybox .a-button-stack .a-button { display: block; width: 100%; }
#buybox .a-button-stack .a-button-text { padding: 9px 14px; font-size: 14px; }
#selectQuantity select { width: 100%; }
.offer-display-features { margin-top: 14px; font-size: 12px; }
.offer-display-feature-row { display: grid; grid-template-columns: 80px 1fr; gap: 4px; margin-bottom: 2px; }
#similarities_feature_div, #productDetails_feature_div, #reviewsMedley { border-top: 1px solid #e7e7e7; margin-top: 28px; padding-top: 20px; }
.prodDetTable { border-collapse: collapse; min-width: 480px; }
.prodDetTable th, .prodDetTable td { text-align: left; padding: 8px 12px; border-bottom: 1px solid #e7e7e7; font-weight: 400; }
.prodDetTable th { background: #f3f3f3; width: 220px; }
#customerReviews { display: grid; grid-template-columns: 320px 1fr; gap: 40px; }
.cr-ratings-histogram li { margin: 6px 0; }
.histogram-row { display: grid; grid-template-columns: 52px 1fr 40px; align-items: center; gap: 10px; color: #2162a1; }
.a-meter { display: block; height: 20px; background: #f0f2f2; border-radius: 4px; border: 1px solid #e3e6e6; overflow: hidden; }
.a-meter-bar { display: block; height: 100%; background: #de7921; }
.review { border-bottom: 1px solid #eee; padding: 14px 0; }
.a-profile { display: flex; align-items: center; gap: 8px; }
.a-profile-avatar { width: 32px; height: 32px; border-radius: 50%; background: #d5dbdb; color: #fff; display: flex; align-items: center; justify-content: center; font-weight: 700; }
.review-title { color: #0f1111; display: inline-flex; align-items: center; gap: 6px; margin: 6px 0 2px; }
.review-date { display: block; font-size: 13px; }
.review-format-strip { display: flex; gap: 10px; font-size: 12px; margin: 4px 0; }
.review-text { display: block; margin: 6px 0; }
.cr-vote-text { font-size: 13px; }
.a-pagination { display: flex; gap: 12px; list-style: none; margin: 16px 0; align-items: center; }
.a-pagination .a-disabled { color: #999; }
.cr-product-header { display: flex; gap: 16px; align-items: center; margin: 20px 0; }
.cr-reviews-layout { display: grid; grid-template-columns: 320px 1fr; gap: 40px; }

/* carousels */
.a-carousel-container { margin: 12px 0 20px; }
.gw-carousels .a-carousel-container { background: #fff; padding: 18px; }
.a-carousel-header-row { display: flex; justify-content: space-between; align-items: baseline; }
.a-carousel-heading { font-size: 21px; }
.a-carousel-page-count { font-size: 13px; color: #565959; }
.a-carousel-row-inner { display: flex; align-items: center; gap: 8px; }
.a-carousel-col.a-carousel-center { flex: 1; min-width: 0; }
.a-carousel { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 14px; list-style: none; padding: 0; margin: 0; }
.a-carousel-card { font-size: 13px; }
.a-carousel-card img { width: 100%; max-width: 160px; height: auto; margin: 0 auto 6px; }
.p13n-sc-truncate { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; color: #2162a1; }
.a-carousel-card .a-price { font-size: 18px; }
.a-carousel-button { width: 34px; height: 90px; border-radius: 8px; display: flex; align-items: center; justify-content: center; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.a-icon-previous::before { content: "\\2039"; font-size: 30px; color: #333; }
.a-icon-next::before { content: "\\203A"; font-size: 30px; color: #333; }

/* add-to-cart side sheet */
#attach-desktop-sideSheet { position: fixed; inset: 0; z-index: 50; display: flex; justify-content: flex-end; }
.attach-sidesheet-backdrop { position: absolute; inset: 0; background: rgba(15,17,17,.45); }
.a-sheet-web-container { position: relative; width: 380px; max-width: 90vw; height: 100%; overflow-y: auto; background: #fff; box-shadow: -4px 0 18px rgba(0,0,0,.3); padding: 16px 20px; }
.attach-sidesheet-header { display: flex; justify-content: flex-end; }
.attach-close { font-size: 26px; color: #565959; line-height: 1; }
#attach-added-to-cart-message { display: flex; gap: 12px; align-items: center; margin-bottom: 10px; }
.attach-sidesheet-buttons { display: flex; flex-direction: column; gap: 8px; margin: 12px 0 18px; }
.attach-sidesheet-buttons .a-button, .attach-checkout-form .a-button { display: block; width: 100%; }
.attach-checkout-form .a-button-input { position: static !important; opacity: 1 !important; width: 100%; padding: 8px; background: transparent; font-size: 14px; cursor: pointer; }
.ewc-item { display: flex; gap: 10px; padding: 10px 0; border-top: 1px solid #eee; }
.ewc-item-title { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; color: #0f1111; font-size: 13px; }

/* cart */
#sc-cart-layout { display: grid; grid-template-columns: 1fr 300px; gap: 20px; align-items: start; padding-top: 20px; }
.sc-card { background: #fff; padding: 20px 24px; margin-bottom: 20px; }
.sc-cart-header { border-bottom: 1px solid #ddd; padding-bottom: 8px; position: relative; }
.sc-cart-header h1 { font-size: 28px; font-weight: 400; }
.sc-price-heading { position: absolute; right: 0; bottom: 6px; font-size: 14px; }
.sc-list-item { border-bottom: 1px solid #ddd; padding: 14px 0; }
.sc-list-item-content { display: grid; grid-template-columns: 24px 140px 1fr 110px; gap: 14px; align-items: start; }
.sc-item-check-checkbox-selector input[type=checkbox] { width: 18px; height: 18px; margin-top: 50px; accent-color: #007185; }
.sc-item-check-checkbox-selector .a-icon-checkbox { display: none; }
.sc-select-update { font-size: 11px; }
.sc-product-title { font-size: 18px; color: #0f1111; }
.sc-product-link:hover .sc-product-title { color: #c7511f; }
.sc-product-variation { margin: 2px 0 6px; }
.sc-action-links { display: flex; align-items: center; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
.sc-quantity-stepper { display: inline-flex; align-items: center; border: 3px solid #ffd814; border-radius: 20px; overflow: hidden; }
.sc-stepper-button { border: 0; background: #fff; width: 34px; height: 28px; font-size: 18px; cursor: pointer; }
.sc-stepper-button:hover { background: #f0f2f2; }
.sc-stepper-button svg { width: 14px; height: 14px; vertical-align: middle; }
.sc-quantity-value { min-width: 28px; text-align: center; font-weight: 700; }
.sc-item-price-block { text-align: right; }
.sc-subtotal { text-align: right; padding-top: 10px; }
.sc-buy-box { position: sticky; top: 10px; }
.sc-checkout-form { margin-top: 10px; }
.sc-checkout-form .a-button { display: block; }
.sc-checkout-form .a-button-input { position: static !important; opacity: 1 !important; width: 100%; padding: 9px; background: transparent; font-size: 14px; cursor: pointer; }
.sc-saved-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 16px; }
.sc-saved-item { border: 1px solid #e3e6e6; border-radius: 8px; padding: 12px; display: flex; flex-direction: column; gap: 6px; }
.sc-saved-title { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; color: #0f1111; }
.sc-move-to-cart { background: #fff; border: 1px solid #d5d9d9; border-radius: 20px; padding: 5px 12px; cursor: pointer; margin-right: 6px; }
.sw-card { background: #fff; padding: 24px; margin-top: 20px; display: flex; justify-content: space-between; gap: 24px; flex-wrap: wrap; }
.sw-added { display: flex; gap: 16px; align-items: center; }
.sw-subtotal { display: flex; flex-direction: column; gap: 10px; min-width: 260px; }
.sw-subtotal .a-button { display: block; }
.sw-subtotal .a-button-input { position: static !important; opacity: 1 !important; width: 100%; padding: 8px; background: transparent; cursor: pointer; }

/* checkout and orders */
#checkout-page { display: grid; grid-template-columns: 1fr 300px; gap: 24px; padding-top: 20px; align-items: start; }
.checkout-section, .checkout-side, .order-card, #order-confirmation { background: #fff; border: 1px solid #d5d9d9; border-radius: 8px; padding: 18px 22px; margin-bottom: 14px; }
.checkout-items { list-style: none; }
.checkout-item { display: flex; gap: 14px; padding: 10px 0; border-top: 1px solid #eee; }
.checkout-item-title { color: #0f1111; font-weight: 700; }
#spc-form .a-button { display: block; width: 100%; }
#spc-form .a-button-input { position: static !important; opacity: 1 !important; width: 100%; padding: 9px; background: transparent; font-size: 14px; cursor: pointer; }
.order-summary { width: 100%; margin-top: 12px; border-top: 1px solid #ddd; padding-top: 8px; font-size: 13px; }
.order-total td { border-top: 1px solid #ddd; padding-top: 8px; font-size: 17px; }
#order-confirmation { margin-top: 20px; }
.order-card-header { display: flex; gap: 30px; background: #f0f2f2; margin: -18px -22px 12px; padding: 12px 22px; border-radius: 8px 8px 0 0; font-size: 13px; }

/* home */
.gw-hero { margin: 0 -18px; background: linear-gradient(135deg, #232f3e 0%, #37475a 55%, #146eb4 100%); color: #fff; padding: 48px 40px 120px; }
.gw-hero h1 { font-size: 36px; }
.gw-hero p { font-size: 17px; color: #dfe7ef; }
.gw-hero-cta { margin-top: 10px; }
.gw-hero-cta .a-button-text { padding: 9px 22px; font-size: 15px; font-weight: 700; }
.gw-card-layout { display: grid; grid-template-columns: repeat(4, 1fr); gap: 20px; margin-top: -90px; position: relative; }
.gw-card { background: #fff; padding: 20px; display: flex; flex-direction: column; }
.gw-card h2 { font-size: 21px; }
.gw-card-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; flex: 1; }
.gw-card-link { color: #0f1111; font-size: 12px; }
.gw-card-link img { width: 100%; height: auto; background: #f7f8f8; }
.gw-see-more { margin-top: 12px; }
.gw-carousels { margin-top: 20px; }

/* errors */
.store-error { max-width: 760px; margin: 40px auto; background: #fff; padding: 30px 36px; border: 1px solid #d5d9d9; border-radius: 8px; }
.store-error h1 { font-size: 26px; font-weight: 400; }
#store-error-message { color: #b12704; }

@media (max-width: 1000px) {
  #ppd { grid-template-columns: 1fr; }
  .gw-card-layout { grid-template-columns: repeat(2, 1fr); }
  .s-refinements-col { display: none; }
  #sc-cart-layout, #checkout-page, #customerReviews, .cr-reviews-layout { grid-template-columns: 1fr; }
  .a-carousel { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  #nav-global-location-slot, #nav-link-accountList { display: none !important; }
}
`
