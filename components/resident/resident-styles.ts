/**
 * The resident's pages (side panel finder, welcome page), on top of baseStyles: larger type than the
 * helper's workspace, big click targets, one column that reflows at 200 % zoom (no sideways scrolling).
 */
export const residentStyles = `
html,body{margin:0;padding:0}
.dvc-resident,.dvc-panel-settings{padding:.75em .9em;font-size:17px;overflow-wrap:break-word}
.dvc-resident h1{font-size:1.3em;line-height:1.3;margin:0 0 .5em}
.dvc-resident h2,.dvc-panel-settings h2{font-size:1.15em;margin:1em 0 .5em}
.dvc-panel-settings{border-top:1px solid var(--_ln);margin-top:1em}
.dvc-finder__search{margin:0 0 .5em}
.dvc-finder__label{display:block;font-weight:700;font-size:1.1em}
.dvc-finder__hint{display:block;margin:0 0 .3em}
.dvc-input{display:block;width:100%;min-height:44px;padding:.3em .5em;font:inherit;color:var(--_fg);background:var(--_bg);border:2px solid var(--_fg);border-radius:0}
.dvc-input:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px var(--_fg)}
.dvc-finder__list{list-style:none;padding:0;margin:0 0 1em}
.dvc-finder__item{padding:.5em 0;border-bottom:1px solid var(--_ln)}
.dvc-finder__btn{display:block;width:100%;min-height:44px;padding:.2em 0;font:inherit;font-weight:700;text-align:left;color:var(--_ac);background:none;border:0;text-decoration:underline;text-underline-offset:.15em;cursor:pointer}
.dvc-finder__btn:hover{text-decoration-thickness:3px}
.dvc-finder__summary{margin:0;color:var(--_mu)}
.dvc-fguide__open{font-size:1.05em}
.dvc-fguide__status:empty{display:none}
.dvc-facts__table{width:100%;max-width:100%}
.dvc-none{margin:1em 0;padding:.75em;border:2px solid var(--_ln);border-radius:var(--_r)}
.dvc-running{margin:0 0 1em;padding:.75em;border-left:5px solid var(--_ac);background:var(--_tip)}
.dvc-running__guide{font-weight:700}
.dvc-mode__row{display:flex;align-items:flex-start;gap:.6em}
.dvc-mode__input{flex:none;width:1.6em;height:1.6em;margin:.15em 0 0;accent-color:var(--_ac)}
.dvc-mode__label{font-weight:700;cursor:pointer}
.dvc-mode__hint{margin:.25em 0 .75em 2.2em}
.dvc-welcome{font-size:20px;line-height:1.6;max-width:72rem;margin:0 auto;padding:1.25em 1em 3em;overflow-wrap:break-word}
.dvc-welcome h1{font-size:1.6em;line-height:1.25;margin:0 0 .5em}
.dvc-welcome h2{font-size:1.25em;margin:1em 0 .5em}
.dvc-welcome__lead{font-size:1.1em}
.dvc-welcome__main{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26rem),1fr));gap:0 2.5em;align-items:start}
.dvc-welcome__privacy{padding:.6em .8em;border-left:6px solid var(--_ac);background:var(--_tip);font-weight:600}
.dvc-welcome__hotline{font-weight:700}
.dvc-welcome__lang{margin:0 0 1em;padding:0;border:0}
.dvc-welcome__lang legend{font-weight:700;padding:0;margin:0 0 .3em}
.dvc-welcome__radio{display:inline-flex;align-items:center;gap:.4em;min-height:44px;margin-right:1.5em;cursor:pointer}
.dvc-welcome__radio input{width:1.3em;height:1.3em;accent-color:var(--_ac)}
.dvc-welcome kbd{padding:0 .3em;border:1px solid var(--_fg);border-radius:3px;font:inherit;font-weight:700}
`;
