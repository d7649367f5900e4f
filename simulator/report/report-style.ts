/** The report's stylesheet, inlined in every page (no external files, so a page opens on its own). */
export const REPORT_CSS = `
:root { --gold: #1a7f37; --predicted: #d4620a; --muted: #667; --line: #d8dbe0; --bg-soft: #f5f6f8;
  --s0: #2f6fb0; --s1: #c9a227; --good: #1a7f37; --bad: #b42318; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 0; color: #1d2330; }
header.top { background: #1d2330; color: #fff; padding: 12px 24px; }
header.top a { color: #cfe0ff; }
header.top h1 { font-size: 18px; margin: 0; }
main { padding: 16px 24px 48px; max-width: 1400px; }
h2 { font-size: 17px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 15px; margin: 0; }
h4 { font-size: 13px; margin: 12px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--bg-soft); padding: 8px; margin: 4px 0; }
.note { color: var(--muted); font-size: 12px; }
.charts { display: flex; flex-wrap: wrap; gap: 16px 32px; align-items: flex-start; }
figure.chart { margin: 0; }
figure.chart figcaption { font-weight: 600; font-size: 13px; margin-bottom: 2px; }
svg.chart text { font: 11px system-ui, sans-serif; fill: #1d2330; }
svg.chart .axis { stroke: #99a; stroke-width: 1; }
svg.chart .grid { stroke: #e4e6ea; stroke-width: 1; }
svg.chart .bar.s0, .swatch.s0 { fill: var(--s0); background: var(--s0); }
svg.chart .bar.s1, .swatch.s1 { fill: var(--s1); background: var(--s1); }
svg.chart .whisker { stroke: #1d2330; stroke-width: 2; }
svg.chart .dot { fill: var(--s0); }
svg.chart .cell { fill: var(--s0); }
svg.chart .cell-frame { fill: none; stroke: #e4e6ea; }
svg.chart text.on-dark { fill: #fff; }
.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; font-weight: 600; color: #fff; }
.badge.correct, .badge.exact, .badge.success { background: var(--good); }
.badge.wrong, .badge.miss, .badge.failure { background: var(--bad); }
.badge.unscored, .badge.none { background: #889; }
.filters { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; margin: 8px 0; }
.filters label { font-weight: 600; }
nav.steps { display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 0 16px; }
nav.steps a { padding: 1px 6px; border: 1px solid var(--line); border-radius: 4px; text-decoration: none; }
nav.steps a.exact { border-color: var(--good); color: var(--good); }
nav.steps a.miss { border-color: var(--bad); color: var(--bad); }
section.step { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 16px 0; scroll-margin-top: 8px; }
section.step:target { box-shadow: 0 0 0 3px #9cc3ff; }
section.step > header { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
section.step > header .links { margin-left: auto; font-size: 12px; }
.url { color: var(--muted); font-size: 12px; word-break: break-all; margin: 2px 0 8px; }
.step-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; }
@media (max-width: 900px) { .step-body { grid-template-columns: 1fr; } }
figure.shot { position: relative; margin: 0; border: 1px solid var(--line); background: var(--bg-soft); }
figure.shot img { display: block; width: 100%; height: auto; }
figure.shot svg.boxes { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; }
svg.boxes rect { fill: none; stroke-width: 3; vector-effect: non-scaling-stroke; }
svg.boxes rect.gold { stroke: var(--gold); }
svg.boxes rect.predicted { stroke: var(--predicted); stroke-dasharray: 6 4; }
.legend .gold { color: var(--gold); font-weight: 600; }
.legend .predicted { color: var(--predicted); font-weight: 600; }
iframe.page { width: 100%; height: 480px; border: 1px solid var(--line); background: #fff; }
dl.persona { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 4px 0; }
dl.persona dt { color: var(--muted); }
dl.persona dd { margin: 0; }
`
