/**
 * Styles of the widget's shadow root, added after components/styles.ts.
 *
 * `:host { all: initial !important }`: inside a shadow root an !important declaration beats the page's,
 * so a theme's `* { all: unset }` or `dvc-guide { color: red }` cannot reach the widget through
 * inheritance. `all` leaves custom properties alone, which is exactly the theming channel we document:
 * --dvc-accent, --dvc-font, --dvc-radius, --dvc-bg, --dvc-fg, --dvc-size (set on the element or :root).
 * No rem units: a site's `html { font-size }` must not resize the widget.
 */
export const widgetStyles = `
:host{all:initial!important;display:block!important}
:host([hidden]){display:none!important}
.dvc-widget{padding:1em;border:1px solid var(--_ln);border-radius:var(--_r)}
.dvc-widget--compact{--dvc-size:15px;padding:.75em}
.dvc-widget .dvc{padding:0;border:0;box-shadow:none}
.dvc-widget section{margin:0 0 1.25em}
.dvc-input{display:block;width:100%;max-width:32em;min-height:44px;margin:.25em 0 .5em;padding:.4em .6em;font:inherit;color:var(--_fg);background:var(--_bg);border:2px solid var(--_fg);border-radius:var(--_r)}
.dvc-search__label{font-weight:700}
.dvc-results{list-style:none;margin:0;padding:0}
.dvc-result{padding:.5em 0;border-bottom:1px solid var(--_ln)}
.dvc-result__btn{display:block;min-height:44px;margin:0;padding:.3em 0;font:inherit;font-size:1.1em;font-weight:700;color:var(--_ac);background:none;border:0;text-align:left;text-decoration:underline;cursor:pointer}
.dvc-result__summary{margin:0}
.dvc-guide__title:focus{outline:0}
.dvc-guide__title:focus-visible{outline:3px solid var(--_fg)}
.dvc-quiet{color:var(--_mu);font-size:.95em;font-weight:400}
.dvc-notice .dvc-btn{margin-top:.25em}
.dvc-notice p{margin:0 0 .5em}
.dvc-print{display:none}
.dvc-print__list{list-style:none;padding:0}
.dvc-print__list li{margin:0 0 .5em}
@media print{.dvc-widget{border:0;padding:0}.dvc-screen{display:none!important}.dvc-print{display:block!important}}
`;
