/**
 * The side panel and options page styles, on top of baseStyles: compact for a 360–400 px panel, GOV.UK
 * task-list rows (status as text in a tag, never colour alone), form fields with visible labels.
 */
export const workspaceStyles = `
html,body{margin:0;padding:0}
.dvc-ws{min-height:100vh;padding:.75em .75em 2em;font-size:15px}
.dvc-ws h1{font-size:1.25em;line-height:1.3;margin:0 0 .5em}
.dvc-ws h2{font-size:1.15em;margin:1em 0 .5em}
.dvc-ws h3{font-size:1.05em;margin:1em 0 .4em}
.dvc-ws__nav{display:flex;flex-wrap:wrap;gap:.25em;margin:0 0 .75em;padding:0 0 .5em;border-bottom:1px solid var(--_ln);list-style:none}
.dvc-ws__nav .dvc-btn{min-height:36px;padding:.2em .6em}
.dvc-ws__nav [aria-current="page"]{color:var(--_on);background:var(--_ac)}
.dvc-ws__bar{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:0 0 .75em}
.dvc-field{margin:0 0 .9em}
.dvc-field>label,.dvc-field>legend,.dvc-field__label{display:block;font-weight:700;margin:0 0 .2em}
.dvc-field__hint{display:block;color:var(--_mu);font-size:.93em;margin:0 0 .25em}
.dvc-field__error{display:block;color:var(--_wa);font-weight:700;margin:0 0 .25em}
.dvc-input{display:block;width:100%;min-height:40px;padding:.3em .45em;font:inherit;color:var(--_fg);background:var(--_bg);border:2px solid var(--_fg);border-radius:0}
.dvc-input--short{max-width:10em}
.dvc-input:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px var(--_fg)}
textarea.dvc-input{min-height:5em;resize:vertical}
fieldset.dvc-field{border:0;padding:0;min-width:0}
.dvc-choice{display:flex;gap:.5em;align-items:flex-start;padding:.2em 0}
.dvc-choice input{width:1.35em;height:1.35em;margin:.1em 0 0;flex:none;accent-color:var(--_ac)}
.dvc-choice--inline{display:inline-flex;margin-right:1em}
.dvc-tasks{list-style:none;margin:0 0 1em;padding:0;border-top:1px solid var(--_ln)}
.dvc-task{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.15em .5em;padding:.5em 0;border-bottom:1px solid var(--_ln)}
.dvc-task__main{flex:1 1 12em;min-width:0}
.dvc-task__name{display:inline;padding:0;font:inherit;font-weight:700;color:var(--_ac);background:none;border:0;text-align:left;text-decoration:underline;cursor:pointer;overflow-wrap:anywhere}
.dvc-task__hint{display:block;color:var(--_mu);font-size:.93em}
.dvc-status{display:inline-block;align-self:flex-start;padding:.05em .45em;font-weight:700;font-size:.9em;border:1px solid currentColor;white-space:nowrap}
.dvc-status--not-started{color:var(--_mu)}
.dvc-status--in-progress{color:var(--_ac)}
.dvc-status--action-needed,.dvc-status--overdue{color:var(--_wa)}
.dvc-status--done{color:var(--_fg)}
.dvc-error{margin:0 0 .75em;padding:.6em .75em;border:3px solid var(--_wa)}
.dvc-error h2{margin:0 0 .25em;font-size:1.05em}
.dvc-error p{margin:0 0 .4em}
.dvc-ok{margin:0 0 .75em;padding:.5em .75em;border-left:5px solid #00703c}
.dvc-summary{display:grid;grid-template-columns:auto 1fr;gap:.15em .75em;margin:0 0 .75em}
.dvc-summary dt{font-weight:700}
.dvc-summary dd{margin:0}
.dvc-table-wrap{overflow-x:auto;margin:0 0 .75em}
.dvc-table{border-collapse:collapse;width:100%;font-size:.92em}
.dvc-table caption{text-align:left;font-weight:700;margin:0 0 .3em}
.dvc-table :is(th,td){padding:.3em .4em .3em 0;border-bottom:1px solid var(--_ln);text-align:left;vertical-align:top}
.dvc-table td.dvc-num,.dvc-table th.dvc-num{text-align:right;font-variant-numeric:tabular-nums}
/* A column as narrow as its numbers would stack the header one word a line: two lines at most, the wrap scrolls. */
.dvc-table thead th{min-width:7.5em}
.dvc-bars{margin:0 0 1em}
.dvc-bars__row{display:grid;grid-template-columns:5.5em 1fr;gap:.1em .4em;align-items:center;margin:0 0 .3em;font-size:.88em}
.dvc-bars__track{display:flex;flex-direction:column;gap:2px}
.dvc-bars__bar{height:.65em;min-width:1px;background:var(--_ac)}
.dvc-bars__key{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;background:var(--_ac)}
.dvc-bars__bar--1{background:var(--_fg)}
.dvc-bars__bar--2{background:var(--_mu)}
.dvc-bars__legend{display:flex;flex-wrap:wrap;gap:.75em;font-size:.88em;margin:0 0 .4em}
.dvc-steps-check{list-style:none;margin:0 0 1em;padding:0}
.dvc-steps-check li{padding:.35em 0;border-bottom:1px solid var(--_ln)}
.dvc-steps-check .dvc-step__status{margin:.1em 0 0 1.85em;font-size:.9em}
.dvc-confirm{margin:0 0 .75em;padding:.6em .75em;border:2px solid var(--_wa)}
.dvc-ws .dvc-docs{background:transparent}
`;
