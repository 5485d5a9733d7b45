/**
 * Styles of the printed leaflet (inside its own shadow root) and of the page while it prints (outside:
 * everything but the leaflet is hidden, so no part of the town page or the side panel prints).
 * Sizes in pt and mm: this is paper.
 */
export const LEAFLET_ATTR = 'data-dvc-leaflet';

export const leafletStyles = `
.lf{box-sizing:border-box;color:#000;background:#fff;font:10.5pt/1.35 system-ui,"Segoe UI",Roboto,Arial,sans-serif;text-align:left}
.lf h1{margin:0 0 2mm;font-size:17pt;line-height:1.2}
.lf h2{margin:3mm 0 1.5mm;font-size:11.5pt;border-bottom:.5pt solid #000;padding-bottom:.5mm;break-after:avoid}
.lf p{margin:0 0 1.2mm}
.lf-kicker{font-size:9pt;text-transform:uppercase;letter-spacing:.04em}
.lf-head{border-bottom:1.5pt solid #000;padding-bottom:2mm}
.lf-docs,.lf-steps{margin:0;padding:0;list-style:none}
.lf-docs li,.lf-steps li{margin:0 0 1mm;break-inside:avoid}
.lf-box{font-size:13pt;line-height:1}
.lf-n{display:inline-block;min-width:5mm;font-weight:700}
.lf-or{padding-left:5mm}
.lf-or .lf-n{font-weight:400;font-style:italic}
.lf-note{font-size:9pt}
.lf-fees{border-collapse:collapse;width:100%;font-size:9.5pt}
.lf-fees th,.lf-fees td{border:.5pt solid #000;padding:.8mm 1.5mm;text-align:left;vertical-align:top}
.lf-qrs{display:flex;gap:6mm;margin-top:3mm;break-inside:avoid;border-top:.5pt solid #000;padding-top:2mm}
.lf-qr{display:flex;gap:2.5mm;align-items:flex-start;margin:0;flex:1 1 0}
.dvc-qr{width:30mm;height:30mm;flex:none}
.lf-qr figcaption{font-size:9pt}
.lf-url{display:block;word-break:break-all;font-size:8pt}
.lf-foot{margin-top:3mm;font-size:8.5pt;border-top:.5pt solid #000;padding-top:1mm}
.lf-body{column-count:2;column-gap:7mm}
.lf-body section{break-inside:avoid-column}
.lf-body section.lf-steps-sec{break-inside:auto}
.lf-qrs{column-span:all}
.lf--a5 .lf-body{column-gap:20mm}
.lf--a5 .lf-qrs{gap:20mm}
.lf--a5{font-size:8.5pt}
.lf--a5 h1{font-size:13pt}
.lf--a5 h2{font-size:10pt;margin:2mm 0 1mm}
.lf--a5 .lf-note,.lf--a5 .lf-fees,.lf--a5 .lf-qr figcaption{font-size:8pt}
.lf--a5 .dvc-qr{width:24mm;height:24mm}
`;

/** On the page around the leaflet (document level, outside every shadow root). */
export function pageStyles(format: 'a4' | 'a5'): string {
  const size = format === 'a5' ? 'A4 landscape' : 'A4';
  return `
@media screen{[${LEAFLET_ATTR}]{display:none!important}}
@media print{
@page{size:${size};margin:${format === 'a5' ? '7mm' : '10mm'}}
html,body{margin:0!important;padding:0!important;background:#fff!important;min-height:0!important;height:auto!important}
body>:not([${LEAFLET_ATTR}]){display:none!important}
[${LEAFLET_ATTR}]{display:block!important}
}
`;
}
