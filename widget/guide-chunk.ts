/**
 * What showing a guide needs and the catalog does not: the guide view and the validator (its own file,
 * ./guide-check.ts). Loaded from the script's folder when a guide is asked for, at the same time as the
 * guide file (no extra round trip).
 */
export { validGuide } from './guide-check';
export { GuideView } from './GuideView';
