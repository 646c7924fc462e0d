// Svelte 5 with runes; TypeScript in components is handled by the Vite plugin's default preprocessing.
export default {
  compilerOptions: { runes: true },
};
