// The dossier slides as one chunk, loaded when a screen first shows one (slides/Slide.tsx).
export { DossierResultsSlide } from './DossierResultsSlide';
export { DossiersReadySlide } from './DossiersReadySlide';
