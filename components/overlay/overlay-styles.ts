/**
 * Styles for the portal overlay's own layout (offer, floating card, spotlight, launcher). They live in
 * the shadow root with the shared component styles; `:host` resets whatever the portal sets on custom
 * elements, and nothing here reaches the page (contract 1).
 */
export const overlayStyles = `
:host{all:initial!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;z-index:2147483646!important;display:block!important}
.dvc-float{position:fixed;left:auto;right:12px;top:12px;width:min(360px,calc(100vw - 24px));max-height:calc(100vh - 24px);display:flex;flex-direction:column;overflow:hidden;z-index:2;border-radius:var(--dvc-radius,8px);box-shadow:0 8px 28px rgba(0,0,0,.28)}
.dvc-float[style*="left"]{right:auto}
.dvc-float>div{display:flex;flex-direction:column;flex:1 1 auto;min-height:0}
.dvc-float .dvc-card{flex:1 1 auto;min-height:0;max-width:none;box-shadow:none}
.dvc-float .dvc-card__nav .dvc-btn{padding-left:.6em;padding-right:.6em}
.dvc-marker{position:fixed;z-index:2;width:26px;height:26px;border-radius:50%;pointer-events:none;background:var(--dvc-accent,#b3261e);color:#fff;font:700 14px/26px system-ui,sans-serif;text-align:center;box-shadow:0 0 0 2px #fff}
.dvc-marker[hidden]{display:none}
.dvc-spotlight{position:fixed;pointer-events:none;z-index:1;border-radius:6px;outline:3px solid var(--dvc-accent,#b3261e);outline-offset:0;box-shadow:0 0 0 6px rgba(255,212,0,.55)}
.dvc-spotlight[hidden]{display:none}
.dvc-offer{position:fixed;right:12px;bottom:12px;width:min(340px,calc(100vw - 24px));padding:16px;border-radius:var(--dvc-radius,8px);box-shadow:0 8px 28px rgba(0,0,0,.28)}
.dvc-offer__lead{margin:0 0 4px;font-size:.9em}
.dvc-offer__title{margin:0 0 12px;font-weight:700}
.dvc-offer__actions{display:flex;gap:8px;flex-wrap:wrap}
.dvc-launcher{position:fixed;right:12px;bottom:12px;box-shadow:0 4px 16px rgba(0,0,0,.3)}
.dvc-problem{position:fixed;left:12px;bottom:12px;max-width:360px;padding:12px;border-radius:var(--dvc-radius,8px);border-left:6px solid #b3261e}
.dvc-btn--tool{padding:4px 8px;font-size:.85em}
.dvc-card__routes{margin-top:.75em}
.dvc-card__routes p{margin:0}
.dvc-card__routes .dvc-link-btn{display:block;text-align:left}
@media (prefers-reduced-motion:no-preference){.dvc-float{transition:left .12s ease-out,top .12s ease-out}}
`;
