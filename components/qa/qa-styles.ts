/** Styles of the Q&A view (added to its root when it first shows: components/adopt-styles.ts). */
export const qaStyles = `
.dvc-qa__list{list-style:none;margin:0;padding:0}
.dvc-qa__item{padding:.75em 0;border-bottom:1px solid var(--_ln)}
.dvc-qa__q{margin:0 0 .35em;font-size:1.05em}
.dvc-qa__where{margin:.35em 0 0;color:var(--_mu)}
.dvc-qa__where .dvc-link-btn{min-height:44px}
`;
