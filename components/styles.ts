/**
 * The one stylesheet of every surface. Each surface renders inside a shadow root (`:host { all: initial }`)
 * and injects this string itself, so nothing here may rely on inherited page styles: font, colour,
 * line-height and box-sizing are set explicitly on `.dvc`.
 *
 * Theming: a host page (the town site) sets --dvc-accent, --dvc-font, --dvc-radius, --dvc-bg, --dvc-fg
 * on the element; the private --_x variables add our defaults, which change in dark mode.
 * Defaults meet WCAG AA: #0b0c0c on #fff, #1d70b8 on #fff 5.2:1, #505a5f on #fff 7:1; dark likewise.
 */
/** What every surface needs, the portal overlay's step card included. */
export const coreStyles = `
.dvc{--_bg:var(--dvc-bg,#ffffff);--_fg:var(--dvc-fg,#0b0c0c);--_ac:var(--dvc-accent,#1d70b8);--_on:#ffffff;--_mu:#505a5f;--_ln:#b1b4b6;--_wa:#d4351c;--_tip:#f3f2f1;--_r:var(--dvc-radius,6px);
display:block;box-sizing:border-box;margin:0;color:var(--_fg);background:var(--_bg);font:400 var(--dvc-size,16px)/1.5 var(--dvc-font,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif);text-align:left;letter-spacing:normal;word-spacing:normal;text-transform:none;-webkit-text-size-adjust:100%}
.dvc--large{--dvc-size:20px}
.dvc *,.dvc *::before,.dvc *::after{box-sizing:border-box}
.dvc :where(p,ul,ol,dl,dd,h2,h3,h4,table,details){margin:0 0 .75em}
.dvc :where(ul,ol){padding-left:1.5em}
.dvc :where(h2,h3,h4),.dvc .dvc-h{font-size:1.2em;line-height:1.3;font-weight:700}
.dvc .dvc-h3{font-size:1.05em}
.dvc a{color:var(--_ac);text-decoration:underline;text-underline-offset:.15em}
.dvc a:hover{text-decoration-thickness:3px}
.dvc :focus-visible{outline:3px solid var(--_fg);outline-offset:2px;box-shadow:0 0 0 5px var(--_bg)}
.dvc [hidden]{display:none!important}
.dvc-vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.dvc-muted{color:var(--_mu)}
.dvc-line{display:block}
.dvc-rt>:last-child{margin-bottom:0}
.dvc-btn{display:inline-flex;align-items:center;min-height:44px;padding:.4em .9em;font:inherit;font-weight:600;color:var(--_ac);background:var(--_bg);border:2px solid var(--_ac);border-radius:var(--_r);cursor:pointer;transition:background-color .15s}
.dvc-btn:hover{background:var(--_tip)}
.dvc-btn--primary{color:var(--_on);background:var(--_ac)}
.dvc-btn--primary:hover{background:var(--_ac);text-decoration:underline}
.dvc-btn--quiet{border-color:transparent}
.dvc-btn:disabled{opacity:.45;cursor:not-allowed}
.dvc-link-btn{padding:.25em 0;font:inherit;color:var(--_ac);background:none;border:0;text-decoration:underline;cursor:pointer}
.dvc-label{display:block}
.dvc-tip{margin:0 0 .75em;padding:.5em .75em;background:var(--_tip);border-radius:var(--_r)}
.dvc-warn{margin:0 0 .75em;padding:.5em .75em;border-left:5px solid var(--_wa)}
.dvc-notice{margin:0 0 .75em;padding:.5em .75em;border:2px solid var(--_wa);border-radius:var(--_r);font-weight:600}
.dvc-links{list-style:none;padding:0}
.dvc-cost,.dvc-step__opt{color:var(--_mu);font-weight:400}
.dvc-card{display:flex;flex-direction:column;max-width:28em;padding:1em;border:1px solid var(--_ln);border-radius:var(--_r);box-shadow:0 6px 24px rgba(0,0,0,.25)}
.dvc-card__head{flex:none}
.dvc-card__body{flex:1 1 auto;min-height:0;overflow:auto;margin:0 -.25em;padding:0 .25em}
.dvc-card__body:focus-visible{outline:3px solid var(--_fg)}
.dvc-card__count{margin:0;color:var(--_mu);font-weight:600}
.dvc-card__tools{flex:none;display:flex;flex-wrap:wrap;gap:.25em;margin-top:.5em}
.dvc-card__title:focus{outline:0}
.dvc-card__title:focus-visible{outline:3px solid var(--_fg)}
.dvc-card__nav{flex:none;display:flex;flex-wrap:wrap;gap:.5em;margin-top:.75em}
.dvc-help__hotline{font-size:1.1em;font-weight:700}
.dvc-help__contacts{list-style:none;padding:0}
.dvc-help__contacts li{margin-bottom:.5em}
.dvc-faq{border-bottom:1px solid var(--_ln);padding:.25em 0}
.dvc-faq summary{color:var(--_ac);cursor:pointer;font-weight:600}
@media (prefers-color-scheme:dark){.dvc{--_bg:var(--dvc-bg,#17191c);--_fg:var(--dvc-fg,#f3f2f1);--_ac:var(--dvc-accent,#8cbcf5);--_on:#0b0c0c;--_mu:#c2c5c7;--_ln:#6f777b;--_wa:#f4775e;--_tip:#26292d}}
@media (prefers-reduced-motion:reduce){.dvc *{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
`;

/** The whole-guide views (step-by-step list, documents, procedure facts, print): widget and side panel. */
const listStyles = `
.dvc-steps__controls{margin-bottom:.5em}
.dvc-steps__list{list-style:none;margin:0;padding:0}
.dvc-step{position:relative;padding:0 0 1em 2.75em}
.dvc-step::before{content:"";position:absolute;left:1em;top:2em;bottom:0;border-left:2px solid var(--_ln)}
.dvc-step:last-child::before{display:none}
.dvc-step__heading{margin:0;font-size:1.05em}
.dvc-step__num{position:absolute;left:0;top:0;min-width:2.1em;height:2.1em;border:2px solid var(--_ln);border-radius:50%;background:var(--_bg);font-size:.95em;line-height:1.9em;text-align:center}
.dvc-step--or .dvc-step__num{border-color:transparent;font-weight:400}
.dvc-step__route{margin:0 0 .2em;color:var(--_mu);font-size:.9em}
.dvc-step--current .dvc-step__num{color:var(--_on);background:var(--_ac);border-color:var(--_ac)}
.dvc-step--done .dvc-step__num::after{content:" ✓"}
.dvc-step__toggle{display:block;width:100%;min-height:2em;padding:.2em 0;font:inherit;font-weight:700;color:var(--_ac);background:none;border:0;text-align:left;cursor:pointer}
.dvc-step__toggle::after{content:" ▾";font-weight:400}
.dvc-step__toggle[aria-expanded="true"]::after{content:" ▴"}
.dvc-step__status{margin:0 0 .25em;color:var(--_mu);font-weight:600}
.dvc-step--current .dvc-step__status{color:var(--_fg)}
.dvc-step__body{padding-top:.25em}
.dvc-docs__list{list-style:none;padding:0}
.dvc-doc{display:grid;grid-template-columns:auto 1fr;gap:0 .6em;padding:.5em 0;border-bottom:1px solid var(--_ln)}
.dvc-doc input{width:1.5em;height:1.5em;margin:.1em 0 0;accent-color:var(--_ac)}
.dvc-doc label{font-weight:600;cursor:pointer}
.dvc-doc__meta{grid-column:2;font-size:.95em}
.dvc-doc__meta>*{margin-bottom:.25em}
.dvc-tag{display:inline-block;padding:0 .4em;border:1px solid currentColor;border-radius:var(--_r);font-weight:600}
.dvc-doc--req .dvc-tag{color:var(--_fg)}
.dvc-docs__count{font-weight:600}
.dvc-facts__list{display:grid;grid-template-columns:auto 1fr;gap:.25em 1em}
.dvc-facts__list dt{font-weight:600}
.dvc-facts__list dd{margin:0}
.dvc-facts__table{width:100%;border-collapse:collapse}
.dvc-facts__table :is(th,td){padding:.35em .5em .35em 0;border-bottom:1px solid var(--_ln);text-align:left;vertical-align:top}
.dvc-leaflet-btn{display:flex;flex-wrap:wrap;gap:.25em 1em;align-items:center;margin:.5em 0 1em}
.dvc-leaflet-btn__a5{display:inline-flex;gap:.4em;align-items:center;min-height:44px}
@media print{.dvc{color:#000;background:#fff}.dvc button,.dvc .dvc-noprint{display:none!important}.dvc-card{box-shadow:none}.dvc-doc input{display:none}.dvc-doc label::before{content:"☐ "}.dvc-doc input:checked+label::before{content:"☑ "}.dvc a{color:#000}}
`;

export const baseStyles = coreStyles + listStyles;
